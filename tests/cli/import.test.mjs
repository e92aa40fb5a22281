// The command line against real files: imports are transactional and idempotent, errors name
// file, line and column, and a running server sees what the CLI imported without a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
const demo = join(root, 'data', 'demo', 'kwb-almere-2018-2025.csv');

function kompas(...args) {
  return spawnSync(bin, args, { encoding: 'utf8' });
}

// The whole content of a SQLite database as text, independent of page layout.
function dump(dataDir) {
  return execFileSync('sqlite3', [join(dataDir, 'kompas.db'), '.dump'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function observationCount(dataDir) {
  const status = kompas('db', 'status', '--data-dir', dataDir);
  assert.equal(status.status, 0, status.stderr);
  return Number(/observations: (\d+)/.exec(status.stdout)[1]);
}

// The first `rows` data lines of the demo file, with `edit` applied to the lines (0 = header).
function kwbSample(dir, name, rows, edit = (lines) => lines) {
  const lines = readFileSync(demo, 'utf8').split('\n').slice(0, rows + 1);
  const file = join(dir, name);
  writeFileSync(file, edit(lines).join('\n') + '\n');
  return file;
}

function freshDataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('importing the same file twice leaves the observation count equal', () => {
  const { dir, cleanup } = freshDataDir();
  try {
    const first = kompas('import', 'kwb', '--data-dir', dir, demo);
    assert.equal(first.status, 0, first.stderr);
    const count = observationCount(dir);
    assert.ok(count > 1000, `expected many observations, got ${count}`);
    const before = dump(dir);
    const second = kompas('import', 'kwb', '--data-dir', dir, demo);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /al eerder ingelezen/);
    assert.equal(observationCount(dir), count);
    assert.equal(dump(dir), before);
  } finally {
    cleanup();
  }
});

const malformed = [
  {
    name: 'wrong delimiter',
    make: (dir) => kwbSample(dir, 'comma.csv', 5, (lines) => lines.map((l) => l.replaceAll(';', ','))),
  },
  {
    name: 'text in a numeric column',
    make: (dir) =>
      kwbSample(dir, 'text.csv', 5, (lines) => {
        const fields = lines[3].split(';');
        fields[7] = 'veel'; // AantalInwoners_5
        lines[3] = fields.join(';');
        return lines;
      }),
    line: 4,
  },
  {
    name: 'a code that is no region',
    make: (dir) =>
      kwbSample(dir, 'region.csv', 5, (lines) => {
        const fields = lines[2].split(';');
        fields[2] = 'XX0034    ';
        lines[2] = fields.join(';');
        return lines;
      }),
    line: 3,
  },
  {
    name: 'a truncated line',
    make: (dir) =>
      kwbSample(dir, 'truncated.csv', 5, (lines) => {
        lines[5] = lines[5].slice(0, Math.floor(lines[5].length / 2));
        return lines;
      }),
    line: 6,
  },
];

for (const { name, make, line } of malformed) {
  test(`a malformed file (${name}) fails with file:line:column and changes nothing`, () => {
    const { dir, cleanup } = freshDataDir();
    try {
      assert.equal(kompas('import', 'kwb', '--data-dir', dir, demo).status, 0);
      const before = dump(dir);
      const file = make(dir);
      const result = kompas('import', 'kwb', '--data-dir', dir, file);
      assert.notEqual(result.status, 0, 'the import must fail');
      const where = new RegExp(`${file.replaceAll('.', '\\.')}:(\\d+):(\\d+)`);
      const match = where.exec(result.stderr);
      assert.ok(match, `error names file:line:column: ${result.stderr}`);
      if (line) assert.equal(Number(match[1]), line, result.stderr);
      assert.equal(dump(dir), before, 'the database content is unchanged');
    } finally {
      cleanup();
    }
  });
}

test('a generic long CSV imports, and its unknown value stays unknown', () => {
  const { dir, cleanup } = freshDataDir();
  try {
    const file = join(dir, 'eigen-bron.csv');
    writeFileSync(file, 'indicator,region,period,value,numerator,denominator\n' +
      'SchoolverzuimEigen,GM0034,2023JJ00,4.5,45,1000\nSchoolverzuimEigen,GM0034,2024JJ00,.,,\n');
    const result = kompas('import', 'csv', '--data-dir', dir, file);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(observationCount(dir), 2);
    const rows = execFileSync('sqlite3', [join(dir, 'kompas.db'),
      "SELECT period, coalesce(value,'NULL'), status FROM observations ORDER BY period"], { encoding: 'utf8' });
    assert.equal(rows, '2023JJ00|4.5|known\n2024JJ00|NULL|unknown\n');
  } finally {
    cleanup();
  }
});

test('the running server shows what the CLI imported, without a restart', { skip: !process.env.KOMPAS_SERVER_DATA_DIR }, async () => {
  const url = process.env.KOMPAS_URL ?? 'http://127.0.0.1:18080';
  const dir = mkdtempSync(join(tmpdir(), 'kompas-cli-'));
  try {
    const file = join(dir, 'live.csv');
    const value = 1 + (Date.now() % 100000) / 10;
    writeFileSync(file, `indicator,region,period,value\nLiveCheck,GM0034,2024JJ00,${value}\n`);
    // The server keeps a region's profile until the public data change: read it first, so that a
    // kept profile that missed the CLI's import would show below.
    const liveCheck = async () => {
      const profile = await fetch(`${url}/api/regions/GM0034/profile`);
      assert.equal(profile.status, 200);
      return (await profile.json()).entries.find((entry) => entry.indicator.key === 'LiveCheck');
    };
    const before = await liveCheck();
    const result = kompas('import', 'csv', '--data-dir', process.env.KOMPAS_SERVER_DATA_DIR, file);
    assert.equal(result.status, 0, result.stderr);
    const response = await fetch(`${url}/api/observations?region=GM0034&indicator=LiveCheck`);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.length, 1);
    assert.equal(body[0].value, value);
    assert.notEqual(before?.latest.value, value, 'the value is new to this server');
    const after = await liveCheck();
    assert.ok(after, 'the profile shows the indicator the CLI imported');
    assert.equal(after.latest.value, value);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
