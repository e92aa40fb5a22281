// `kompas import cbs --table ...` end to end against a local fake of the CBS OData API
// (tests/ingest/fake_cbs_odata.py), since test machines have no internet: pages are followed,
// the table lands in the store, and downloading it again changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
let fake;
let baseUrl;
let dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kompas-cbs-'));
  fake = spawn('python3', [join(root, 'tests', 'ingest', 'fake_cbs_odata.py'), '--root',
    join(root, 'tests', 'fixtures', 'ingest', 'odata'), '--port', '0', '--page-size', '3'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(fake.stdout, 'data');
  baseUrl = `http://127.0.0.1:${String(chunk).trim()}/odata`;
});

after(() => {
  fake?.kill();
  rmSync(dir, { recursive: true, force: true });
});

function sql(query) {
  return execFileSync('sqlite3', [join(dir, 'kompas.db'), query], { encoding: 'utf8' });
}

test('a CBS table is downloaded page by page and imported once', () => {
  const first = spawnSync(bin, ['import', 'cbs', '--table', '85098NED', '--base-url', baseUrl, '--data-dir', dir],
    { encoding: 'utf8' });
  assert.equal(first.status, 0, first.stderr);
  // The fixture has 10 rows served 3 at a time: every page must have been followed.
  const count = Number(sql('SELECT count(*) FROM observations').trim());
  assert.ok(count >= 10, `expected the rows of all pages, got ${count} observations`);
  assert.equal(sql("SELECT value FROM observations WHERE indicator='PercentageJongerenMetJeugdhulp' " +
    "AND region='NL01' AND period='2022JJ00'").trim(), '12.9');
  assert.match(sql("SELECT source FROM indicators WHERE key='PercentageJongerenMetJeugdhulp'"), /85098NED/);

  const again = spawnSync(bin, ['import', 'cbs', '--table', '85098NED', '--base-url', baseUrl, '--data-dir', dir],
    { encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /al eerder ingelezen/);
  assert.equal(Number(sql('SELECT count(*) FROM observations').trim()), count);
});

test('an unknown table fails with the table and the HTTP status in the message', () => {
  const result = spawnSync(bin, ['import', 'cbs', '--table', '99999NED', '--base-url', baseUrl, '--data-dir', dir],
    { encoding: 'utf8' });
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /99999NED/);
  assert.match(result.stderr, /404/);
});
