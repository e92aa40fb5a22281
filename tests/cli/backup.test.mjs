// issue 13: `kompas backup --to FILE` and `kompas restore FILE`. A data set made by the CLI is
// backed up, changed and damaged (bytes overwritten, a table dropped), restored, and compared
// table by table with what it was at the backup; `kompas audit verify` passes again. A damaged or
// cut-off backup file is refused before anything is touched. The pseudonym key is never in the
// backup, and the command says where it is. On SQLite always; on PostgreSQL when
// KOMPAS_TEST_POSTGRES_URL is set (a fresh database is made in that cluster and dropped after).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash, randomBytes } from 'node:crypto';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
const pgUrl = process.env.KOMPAS_TEST_POSTGRES_URL;

function kompas(args, input) {
  const res = spawnSync(bin, args, { encoding: 'utf8', input: input ?? '' });
  return { ...res, output: `${res.stdout}\n${res.stderr}` };
}

function ok(res, what) {
  assert.equal(res.status, 0, `${what} failed:\n${res.output}`);
  return res;
}

// Portable queries: the same text and the same "a|b" rows from sqlite3 and psql -At.
const SNAPSHOT = [
  'SELECT count(*) FROM organisations',
  'SELECT id, name, kind FROM organisations ORDER BY id',
  'SELECT count(*) FROM people',
  'SELECT id, email, name, organisation_id, platform_admin, password_hash FROM people ORDER BY id',
  'SELECT count(*) FROM audit_log',
  'SELECT seq, action, object_type, object_id, result, prev_hash, hash FROM audit_log ORDER BY seq',
  'SELECT version, name FROM schema_migrations ORDER BY version',
];

const sqlite = {
  name: 'SQLite',
  storage: (dir) => ['--data-dir', dir],
  query: (dir, statement) => execFileSync('sqlite3', [join(dir, 'kompas.db'), statement], { encoding: 'utf8', stdio: 'pipe' }).trim(),
};

function postgres(url) {
  return {
    name: 'PostgreSQL',
    storage: (dir) => ['--data-dir', dir, '--database', url],
    query: (_dir, statement) => execFileSync('psql', [url, '-XAtqc', statement], { encoding: 'utf8', stdio: 'pipe' }).trim(),
  };
}

function snapshot(db, dir) {
  return Object.fromEntries(SNAPSHOT.map((q) => [q, db.query(dir, q)]));
}

function snapshotOrError(db, dir) {
  try {
    return snapshot(db, dir);
  } catch (error) {
    return { error: String(error) };
  }
}

// An administrator and two organisations, and a pseudonym key file next to the database.
function prepare(db, dir) {
  const pw = `Cli-${randomBytes(9).toString('base64url')}-wachtwoord`;
  ok(kompas(['user', 'add', '--admin', '--email', 'beheer@brug.nl', '--name', 'Beheer', ...db.storage(dir)], `${pw}\n`), 'user add');
  for (const name of ['Aanbieder Een', 'Aanbieder Twee']) {
    ok(kompas(['org', 'add', '--name', name, '--kind', 'provider', ...db.storage(dir)]), 'org add');
  }
  const key = randomBytes(32);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pseudonym.key'), key, { mode: 0o600 });
  chmodSync(join(dir, 'pseudonym.key'), 0o600);
  return key;
}

// The header lines of a backup file and its payload.
function parseBackup(file) {
  const bytes = readFileSync(file);
  const end = bytes.indexOf('\n\n');
  assert.ok(end > 0, 'the backup has a header ending in an empty line');
  const lines = bytes.subarray(0, end).toString('utf8').split('\n');
  assert.equal(lines[0], 'KOMPAS-BACKUP 1');
  const header = Object.fromEntries(lines.slice(1).map((l) => l.split(': ')));
  return { header, payload: bytes.subarray(end + 2), bytes };
}

function backupRestoreCompare(t, db, dir, damage) {
  const key = prepare(db, dir);
  const before = snapshot(db, dir);
  assert.ok(Number(before['SELECT count(*) FROM organisations']) >= 3, JSON.stringify(before));
  assert.ok(Number(before['SELECT count(*) FROM audit_log']) >= 3, JSON.stringify(before));

  const file = join(dir, '..', `${db.name}-${randomBytes(4).toString('hex')}.kompas-backup`);
  const made = ok(kompas(['backup', '--to', file, ...db.storage(dir)]), 'backup');
  assert.match(made.stdout, /pseudoniemsleutel zit NIET in deze back-up/, made.output);
  assert.ok(made.stdout.includes(join(dir, 'pseudonym.key')), `the key's place is named:\n${made.output}`);
  assert.match(made.stdout, /andere plek/, made.output);
  const { header, payload, bytes } = parseBackup(file);
  assert.equal(statSync(file).mode & 0o777, 0o600, 'the backup file is readable by others than its owner');
  assert.equal(header.database, db.name === 'SQLite' ? 'sqlite' : 'postgresql');
  assert.equal(Number(header.size), payload.length);
  assert.equal(header.sha256, createHash('sha256').update(payload).digest('hex'));
  assert.equal(bytes.indexOf(key), -1, 'the pseudonym key is in the backup');
  assert.equal(bytes.indexOf(key.toString('hex')), -1, 'the pseudonym key (as hex) is in the backup');
  ok(kompas(['restore', '--check', file]), 'restore --check');
  const again = kompas(['backup', '--to', file, ...db.storage(dir)]);
  assert.notEqual(again.status, 0, 'an existing backup file was overwritten');
  assert.match(again.stderr, /bestaat al/, again.output);

  // Changes after the backup, then damage.
  ok(kompas(['org', 'add', '--name', 'Na de back-up', '--kind', 'provider', ...db.storage(dir)]), 'org add after backup');
  damage(dir);
  assert.notDeepEqual(snapshotOrError(db, dir), before, 'the change and the damage did not show');

  const refused = kompas(['restore', file, ...db.storage(dir)]);
  assert.notEqual(refused.status, 0, `restore overwrote a non-empty database without --force:\n${refused.output}`);
  assert.match(refused.stderr, /niet leeg/, refused.output);
  assert.match(refused.stderr, /--force/, refused.output);

  const restored = ok(kompas(['restore', '--force', file, ...db.storage(dir)]), 'restore --force');
  assert.match(restored.stdout, /teruggezet/, restored.output);
  assert.match(restored.stdout, /chain intact/, restored.output);
  assert.deepEqual(snapshot(db, dir), before, 'the restored database differs from the backed-up one');
  const verified = ok(kompas(['audit', 'verify', ...db.storage(dir)]), 'audit verify after restore');
  assert.match(verified.stdout, /intact/, verified.output);
  t.diagnostic(`${db.name}: backup of ${payload.length} bytes restored; ${before['SELECT count(*) FROM audit_log']} audit records`);
  return file;
}

test('SQLite: backup, overwrite bytes of the database, restore, compare', (t) => {
  const top = mkdtempSync(join(tmpdir(), 'kompas-backup-'));
  try {
    const dir = join(top, 'data');
    backupRestoreCompare(t, sqlite, dir, (d) => {
      const fd = openSync(join(d, 'kompas.db'), 'r+');
      writeSync(fd, randomBytes(4096), 0, 4096, 0);  // the header and the first page
      closeSync(fd);
    });
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('SQLite: backup, drop a table, restore, compare; and into an empty data directory', (t) => {
  const top = mkdtempSync(join(tmpdir(), 'kompas-backup-'));
  try {
    const dir = join(top, 'data');
    const file = backupRestoreCompare(t, sqlite, dir, (d) => sqlite.query(d, 'PRAGMA foreign_keys=OFF; DROP TABLE people'));
    const fresh = join(top, 'fresh');
    ok(kompas(['restore', file, '--data-dir', fresh]), 'restore into an empty data directory');
    assert.deepEqual(snapshot(sqlite, fresh), snapshot(sqlite, dir));
    const told = kompas(['restore', file, '--data-dir', join(top, 'fresh2')]);
    assert.match(told.stdout, /pseudoniemsleutel ontbreekt/, `restore says the key is missing:\n${told.output}`);
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('SQLite: a backup while another connection holds an open write transaction', async () => {
  const top = mkdtempSync(join(tmpdir(), 'kompas-backup-'));
  const dir = join(top, 'data');
  prepare(sqlite, dir);
  // A writer like the server's, in the middle of a transaction that has not been committed.
  const writer = spawn('sqlite3', [join(dir, 'kompas.db')], { stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    let out = '';
    const held = new Promise((resolve, reject) => {
      writer.stdout.on('data', (chunk) => { out += chunk; if (out.includes('held')) resolve(); });
      writer.on('exit', () => reject(new Error(`sqlite3 ended: ${out}`)));
    });
    writer.stdin.write("BEGIN IMMEDIATE; INSERT INTO organisations (id, name, kind, created_at) VALUES ('org_open', 'Open transactie', 'provider', '2026-01-01T00:00:00Z'); SELECT 'held';\n");
    await held;
    const before = snapshot(sqlite, dir);
    const file = join(top, 'tijdens.kompas-backup');
    const started = Date.now();
    ok(kompas(['backup', '--to', file, '--data-dir', dir]), 'backup during a write transaction');
    assert.ok(Date.now() - started < 5000, 'the backup waited for the writer');
    const { payload } = parseBackup(file);
    assert.equal(payload.indexOf('Open transactie'), -1, 'the uncommitted row is in the backup');
    writer.stdin.write('COMMIT;\n');
    const fresh = join(top, 'fresh');
    ok(kompas(['restore', file, '--data-dir', fresh]), 'restore');
    assert.deepEqual(snapshot(sqlite, fresh), before);
  } finally {
    writer.stdin.end('.quit\n');
    await new Promise((resolve) => { if (writer.exitCode !== null) resolve(); else writer.on('exit', resolve); });
    rmSync(top, { recursive: true, force: true });
  }
});

test('a damaged or cut-off backup file is refused and nothing is restored', () => {
  const top = mkdtempSync(join(tmpdir(), 'kompas-backup-'));
  try {
    const dir = join(top, 'data');
    prepare(sqlite, dir);
    const file = join(top, 'goed.kompas-backup');
    ok(kompas(['backup', '--to', file, '--data-dir', dir]), 'backup');
    const { bytes, payload } = parseBackup(file);
    const headerLength = bytes.length - payload.length;

    const flipped = Buffer.from(bytes);
    flipped[headerLength + Math.floor(payload.length / 2)] ^= 0x01;
    const cut = bytes.subarray(0, bytes.length - 100);
    const noHeader = Buffer.from(payload);
    const cases = [['een omgedraaide bit', flipped, /controlesom klopt niet/], ['afgekapt', cut, /onvolledig/],
      ['zonder kop', noHeader, /geen bruikbare back-up/]];
    for (const [what, content, message] of cases) {
      const bad = join(top, 'slecht.kompas-backup');
      writeFileSync(bad, content);
      const checked = kompas(['restore', '--check', bad]);
      assert.notEqual(checked.status, 0, `${what}: --check accepted it`);
      assert.match(checked.stderr, message, `${what}:\n${checked.output}`);
      const target = join(top, `leeg-${randomBytes(3).toString('hex')}`);
      const res = kompas(['restore', bad, '--data-dir', target]);
      assert.notEqual(res.status, 0, `${what}: restore accepted it`);
      assert.match(res.stderr, message, `${what}:\n${res.output}`);
      assert.match(res.stderr, /niets teruggezet/, `${what}:\n${res.output}`);
      assert.ok(!existsSync(join(target, 'kompas.db')), `${what}: a database was written`);
      // And into the existing database, even with --force: it stays as it was.
      const before = snapshot(sqlite, dir);
      assert.notEqual(kompas(['restore', '--force', bad, '--data-dir', dir]).status, 0);
      assert.deepEqual(snapshot(sqlite, dir), before, `${what}: the existing database changed`);
    }
    if (pgUrl) {
      const wrongKind = kompas(['restore', file, '--database', pgUrl, '--data-dir', dir]);
      assert.notEqual(wrongKind.status, 0);
      assert.match(wrongKind.stderr, /sqlite-database/, wrongKind.output);
    }
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
});

test('PostgreSQL: backup with pg_dump, drop a table, restore with pg_restore, compare', { skip: !pgUrl && 'KOMPAS_TEST_POSTGRES_URL is not set' }, (t) => {
  const top = mkdtempSync(join(tmpdir(), 'kompas-backup-pg-'));
  const name = `kompas_backup_${randomBytes(4).toString('hex')}`;
  const admin = (statement) => execFileSync('psql', [pgUrl, '-XAtqc', statement], { encoding: 'utf8' });
  admin(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    const db = postgres(url.toString());
    const dir = join(top, 'data');
    backupRestoreCompare(t, db, dir, () => db.query(dir, 'DROP TABLE people CASCADE'));
    // The audit trail is append-only there as well.
    assert.throws(() => db.query(dir, 'DELETE FROM audit_log'), /append-only/);
  } finally {
    admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(top, { recursive: true, force: true });
  }
});
