// issue 13: a full disk. The data directory lies on a small tmpfs that a filler file makes full.
// Imports by the command line (trajectories and a long CSV) and an upload over HTTP then fail with
// a Dutch sentence that says the disk is full and nothing was saved (non-zero exit; HTTP 503 with a
// request id and without the database's words), and every table keeps its row count. The server
// goes on serving reads (health, a profile, a signed-in session, the front-end) and the audit chain
// verifies. After the filler is removed, the same imports succeed.
// Needs root (to mount a tmpfs); skipped with the reason otherwise. A port from the OS.
//   KOMPAS_BIN (default build/ci/kompas)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statfsSync, writeFileSync, writeSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { randomBsn, trajectoryCsv } from '../http/lib/trajectories.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
const ADMIN = { email: 'vol@kompas.local', password: 'schijf-vol-wachtwoord-2026!' };
const ROOM = 256 * 1024; // what the filler leaves free: far less than any of the imports below needs
const FULL = /schijf van de database is vol.*niets veranderd/s;

const work = mkdtempSync(join(tmpdir(), 'kompas-disk-full-'));
const mnt = join(work, 'mnt');
const data = join(mnt, 'data');
const filler = join(mnt, 'filler');

// Mount now, so that the tests can be skipped with the reason when that is not allowed here.
function mountTmpfs() {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'not root: cannot mount a small tmpfs';
  mkdirSync(mnt);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=40m', 'tmpfs', mnt], { encoding: 'utf8' });
  if (mounted.error || mounted.status !== 0) {
    return `mount -t tmpfs refused: ${mounted.error?.message ?? mounted.stderr.trim()}`;
  }
  return false;
}
const skip = mountTmpfs();
if (skip) {
  console.log(`# disk_full skipped: ${skip}`);
  rmSync(work, { recursive: true, force: true });
}

function kompas(...args) {
  return spawnSync(bin, args, { encoding: 'utf8', input: '' });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The row count of every table, read beside the running server. Of the audit trail only the
// records of changes that happened: a failed attempt may be recorded as `failed`.
function rowCounts() {
  const db = join(data, 'kompas.db');
  const tables = execFileSync('sqlite3', ['-readonly', db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"],
  { encoding: 'utf8' }).trim().split('\n');
  const query = tables.map((t) => `SELECT '${t}', count(*) FROM "${t}"${t === 'audit_log' ? " WHERE result = 'ok'" : ''}`)
    .join(' UNION ALL ');
  return execFileSync('sqlite3', ['-readonly', db, query], { encoding: 'utf8' });
}

function fillDisk() {
  const { bavail, bsize } = statfsSync(mnt);
  let left = bavail * bsize - ROOM;
  const fd = openSync(filler, 'a');
  const block = Buffer.alloc(1 << 20, 0x55);
  try {
    while (left > 0) {
      const n = Math.min(left, block.length);
      writeSync(fd, block, 0, n);
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
  const free = statfsSync(mnt).bavail * statfsSync(mnt).bsize;
  assert.ok(free <= ROOM + 64 * 1024, `the disk should be nearly full, ${free} bytes free`);
}

// Files big enough to need megabytes in the database: 24,000 observations of 2,400 new indicators,
// and 15,000 trajectories.
function longCsv(prefix) {
  const lines = ['indicator,region,period,value'];
  for (let i = 0; i < 2400; i++) {
    for (let year = 2015; year < 2025; year++) lines.push(`${prefix}_${i},GM0034,${year}JJ00,${(i % 97) + year / 1000}`);
  }
  return `${lines.join('\n')}\n`;
}
function trajectories() {
  const rows = [];
  for (let i = 0; i < 15_000; i++) {
    rows.push({ bsn: randomBsn(), municipality: 'GM0034', helpForm: '02', start: `2023-0${(i % 9) + 1}-1${i % 10}`, end: `2024-0${(i % 9) + 1}-2${i % 10}` });
  }
  return trajectoryCsv(rows);
}

describe('a full disk', { skip, timeout: 300_000 }, () => {
  let child;
  let output = '';
  let base;
  let cookie;
  let csrf;
  const files = {};

  before(async () => {
    files.csv = join(work, 'eigen.csv');
    writeFileSync(files.csv, longCsv('schijf_cli'));
    files.trajectories = join(work, 'trajecten.csv');
    writeFileSync(files.trajectories, trajectories());
    files.upload = longCsv('schijf_http');

    const added = spawnSync(bin, ['user', 'add', '--admin', '--email', ADMIN.email, '--name', 'Beheerder', '--data-dir', data],
      { input: `${ADMIN.password}\n`, encoding: 'utf8' });
    assert.equal(added.status, 0, added.stderr);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(bin, ['serve', '--port', String(port), '--address', '127.0.0.1', '--data-dir', data,
      '--web-dir', join(root, 'web', 'dist'), '--demo-dir', join(root, 'data', 'demo')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    for (let i = 0; i < 1200 && !/draait op/.test(output); i++) await sleep(100);
    assert.match(output, /draait op/, `server did not start: ${output}`);

    const res = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify(ADMIN),
    });
    const text = await res.text();
    assert.equal(res.status, 200, text);
    csrf = JSON.parse(text).csrf_token;
    cookie = res.headers.getSetCookie().find((c) => c.startsWith('kompas_session=')).split(';')[0];
  });

  after(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited; // its open files keep the tmpfs busy until then
    }
    let unmounted = spawnSync('umount', [mnt]);
    for (let i = 0; i < 50 && unmounted.status !== 0; i++) {
      await sleep(100);
      unmounted = spawnSync('umount', [mnt]);
    }
    assert.equal(unmounted.status, 0, `umount ${mnt}: ${unmounted.stderr}`);
    rmSync(work, { recursive: true, force: true });
  });

  const upload = () => fetch(`${base}/api/own-data/uploads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base, 'X-CSRF-Token': csrf, Cookie: cookie },
    body: JSON.stringify({ format: 'long-csv', filename: 'eigen.csv', content_base64: Buffer.from(files.upload).toString('base64') }),
  });

  async function readsWork(label) {
    const get = async (path) => {
      const res = await fetch(`${base}${path}`, { headers: { Cookie: cookie } });
      const text = await res.text();
      assert.equal(res.status, 200, `${label}: GET ${path}: ${res.status} ${text.slice(0, 300)}`);
      return text;
    };
    JSON.parse(await get('/api/health'));
    assert.equal(JSON.parse(await get('/api/regions/GM0034/profile')).region.code, 'GM0034');
    assert.equal(JSON.parse(await get('/api/session')).person.email, ADMIN.email);
    assert.match(await get('/'), /<div id="root">/);
    const verified = kompas('audit', 'verify', '--data-dir', data);
    assert.equal(verified.status, 0, `${label}: audit verify: ${verified.stdout}${verified.stderr}`);
  }

  test('imports on a full disk fail clearly and write nothing; reads go on; after freeing space they succeed', async () => {
    await readsWork('before');
    fillDisk();
    const before = rowCounts();

    const traj = kompas('import', 'trajectories', '--provider', '65656055', '--data-dir', data, files.trajectories);
    assert.equal(traj.status, 3, `trajectories on a full disk: ${traj.stdout}${traj.stderr}`);
    assert.match(traj.stderr, FULL, traj.stderr);
    assert.match(traj.stderr, /er is niets opgeslagen/);
    assert.equal(rowCounts(), before, 'trajectories: row counts after a failed import');

    const csv = kompas('import', 'csv', '--data-dir', data, files.csv);
    assert.equal(csv.status, 3, `long CSV on a full disk: ${csv.stdout}${csv.stderr}`);
    assert.match(csv.stderr, FULL, csv.stderr);
    assert.equal(rowCounts(), before, 'long CSV: row counts after a failed import');

    const res = await upload();
    const text = await res.text();
    assert.ok(res.status >= 500, `upload on a full disk: ${res.status} ${text}`);
    const body = JSON.parse(text);
    assert.equal(body.error.code, 'unavailable');
    assert.match(body.error.message, FULL);
    const id = res.headers.get('x-request-id');
    assert.equal(body.error.request_id, id);
    assert.ok(body.error.message.endsWith(`(verzoeknummer ${id})`), body.error.message);
    assert.doesNotMatch(body.error.message, /sqlite|disk|kompas\.db/i, 'the database\'s own words stay in the log');
    assert.match(output, new RegExp(`verzoek ${id}: POST /api/own-data/uploads -> 503: .*sqlite`), 'the log keeps the details');
    assert.equal(rowCounts(), before, 'upload: row counts after a failed upload');

    await readsWork('disk full');
    assert.equal(rowCounts(), before, 'reads changed nothing');

    rmSync(filler);
    const trajAgain = kompas('import', 'trajectories', '--provider', '65656055', '--data-dir', data, files.trajectories);
    assert.equal(trajAgain.status, 0, trajAgain.stderr);
    const csvAgain = kompas('import', 'csv', '--data-dir', data, files.csv);
    assert.equal(csvAgain.status, 0, csvAgain.stderr);
    assert.match(csvAgain.stdout, /24000 waarnemingen ingelezen/);
    const again = await upload();
    assert.equal(again.status, 201, await again.text());
    assert.notEqual(rowCounts(), before);
    await readsWork('after');
  });
});
