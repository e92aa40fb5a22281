// The audit trail's hash chain from the command line: `kompas user add`, `kompas org add`, then
// `kompas audit verify` says the chain is intact; changing one field of one record or deleting a
// record in the middle makes it fail and name the record. The password given on stdin is never
// stored in the clear (the database file and its WAL are searched byte by byte).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');

function kompas(args, input) {
  const res = spawnSync(bin, args, { encoding: 'utf8', input: input ?? '' });
  return { ...res, output: `${res.stdout}\n${res.stderr}` };
}

function sql(dir, statement) {
  return execFileSync('sqlite3', [join(dir, 'kompas.db'), statement], { encoding: 'utf8' }).trim();
}

// Migration 0019's triggers refuse changes to audit_log; someone with the database file drops them
// first, and the hash chain must still tell.
const UNGUARD = 'DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ';

function copyDataDir(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'kompas-audit-copy-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

// A data directory with an administrator and two organisations made by the CLI.
function prepare() {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-audit-'));
  const pw = `Cli-${randomBytes(9).toString('base64url')}-wachtwoord`;
  const user = kompas(['user', 'add', '--admin', '--email', 'x@y.nl', '--name', 'X', '--data-dir', dir], `${pw}\n`);
  assert.equal(user.status, 0, `kompas user add failed:\n${user.output}`);
  assert.ok(!user.output.includes(pw), `kompas user add printed the password:\n${user.output}`);
  for (const name of ['Aanbieder Een', 'Aanbieder Twee']) {
    const org = kompas(['org', 'add', '--name', name, '--kind', 'provider', '--data-dir', dir]);
    assert.equal(org.status, 0, `kompas org add failed:\n${org.output}`);
  }
  return { dir, pw };
}

function verify(dir) {
  return kompas(['audit', 'verify', '--data-dir', dir]);
}

test('audit verify: an untouched chain is intact', () => {
  const { dir } = prepare();
  try {
    const count = Number(sql(dir, 'SELECT count(*) FROM audit_log'));
    assert.ok(count >= 3, `expected at least 3 audit records (user add, 2 × org add), found ${count}`);
    const res = verify(dir);
    assert.equal(res.status, 0, `audit verify on an untouched chain:\n${res.output}`);
    assert.match(res.output, /intact/i, res.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('audit verify: one changed field of record 2 fails and names record 2', () => {
  const { dir } = prepare();
  try {
    sql(dir, `${UNGUARD}UPDATE audit_log SET object_id='x' WHERE seq=2`);
    assert.equal(sql(dir, 'SELECT object_id FROM audit_log WHERE seq=2'), 'x');
    const res = verify(dir);
    assert.notEqual(res.status, 0, `audit verify accepted a changed record:\n${res.output}`);
    assert.match(res.output, /\brecord 2\b/i, `the output must name record 2:\n${res.output}`);
    assert.doesNotMatch(res.output, /\bintact\b/i, res.output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('audit verify: other single-field changes are caught too', () => {
  const { dir } = prepare();
  try {
    for (const [column, value] of [['action', "'delete'"], ['person_email', "'someone@else.nl'"], ['at', "'2020-01-01T00:00:00Z'"], ['result', "'denied'"]]) {
      const copy = copyDataDir(dir);
      try {
        sql(copy, `${UNGUARD}UPDATE audit_log SET ${column}=${value} WHERE seq=2`);
        const res = verify(copy);
        assert.notEqual(res.status, 0, `audit verify accepted a change of ${column}:\n${res.output}`);
        assert.match(res.output, /\brecord 2\b/i, `${column}: the output must name record 2:\n${res.output}`);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('audit verify: a deleted record in the middle fails and names the gap', () => {
  const { dir } = prepare();
  try {
    const max = Number(sql(dir, 'SELECT max(seq) FROM audit_log'));
    assert.ok(max >= 3, `need at least 3 records, found ${max}`);
    const middle = Math.min(max - 1, Math.max(2, Math.ceil(max / 2)));
    sql(dir, `${UNGUARD}DELETE FROM audit_log WHERE seq=${middle}`);
    const res = verify(dir);
    assert.notEqual(res.status, 0, `audit verify accepted a missing record ${middle}:\n${res.output}`);
    assert.match(res.output, new RegExp(`\\brecord (${middle}|${middle + 1})\\b`, 'i'),
      `the output must name the gap at ${middle} (or the record after it):\n${res.output}`);
    assert.match(res.output, /gap|missing|ontbreekt|verwijderd/i, `the output must say a record is missing:\n${res.output}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the password given on stdin appears nowhere in the database files', () => {
  const { dir, pw } = prepare();
  try {
    const files = readdirSync(dir).filter((f) => f.startsWith('kompas.db'));
    assert.ok(files.includes('kompas.db'), `no kompas.db in ${dir}: ${files}`);
    const needles = [Buffer.from(pw, 'utf8'), Buffer.from(pw, 'utf16le')];
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      for (const needle of needles) assert.equal(bytes.indexOf(needle), -1, `${f} contains the password in the clear`);
    }
    for (const extra of ['kompas.db-wal', 'kompas.db-journal']) {
      if (existsSync(join(dir, extra))) assert.ok(files.includes(extra));
    }
    // And not in any column of the whole dump either (e.g. as text in a log row).
    const dump = execFileSync('sqlite3', [join(dir, 'kompas.db'), '.dump'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.ok(!dump.includes(pw), 'the SQL dump contains the password');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// issue 13: the database refuses changes to the trail; `audit head` and `audit verify --head`.
test('the database refuses UPDATE and DELETE of audit records', () => {
  const { dir } = prepare();
  try {
    const before = sql(dir, 'SELECT group_concat(hash) FROM audit_log');
    assert.throws(() => sql(dir, "UPDATE audit_log SET object_id='x' WHERE seq=2"), /append-only/);
    assert.throws(() => sql(dir, 'DELETE FROM audit_log WHERE seq=3'), /append-only/);
    assert.equal(sql(dir, 'SELECT group_concat(hash) FROM audit_log'), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('audit head prints the newest seq and hash; verify --head finds records cut off after it', () => {
  const { dir } = prepare();
  try {
    const head = kompas(['audit', 'head', '--data-dir', dir]);
    assert.equal(head.status, 0, head.output);
    const [line] = head.stdout.trim().split('\n');
    const match = /^(\d+) ([0-9a-f]{64})$/.exec(line);
    assert.ok(match, `audit head prints "SEQ HASH":\n${head.output}`);
    assert.equal(match[1], sql(dir, 'SELECT max(seq) FROM audit_log'));
    assert.equal(match[2], sql(dir, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1'));
    assert.match(head.stderr, /buiten de database/, head.output);

    let res = kompas(['audit', 'verify', '--head', match[2], '--data-dir', dir]);
    assert.equal(res.status, 0, res.output);
    // The whole printed line is accepted too, and records after the head are fine.
    assert.equal(kompas(['org', 'add', '--name', 'Later', '--kind', 'provider', '--data-dir', dir]).status, 0);
    res = kompas(['audit', 'verify', '--head', line, '--data-dir', dir]);
    assert.equal(res.status, 0, res.output);
    assert.match(res.stdout, new RegExp(`kop is record ${match[1]}; daarna volgen nog 1 records`), res.output);

    // Cut off the newest record: the shorter chain is intact, the kept head is gone.
    const newest = kompas(['audit', 'head', '--data-dir', dir]).stdout.trim().split(' ')[1];
    const last = Number(sql(dir, 'SELECT max(seq) FROM audit_log'));
    sql(dir, `${UNGUARD}DELETE FROM audit_log WHERE seq=${last}`);
    res = verify(dir);
    assert.equal(res.status, 0, `without --head the cut is not visible:\n${res.output}`);
    res = kompas(['audit', 'verify', '--head', newest, '--data-dir', dir]);
    assert.notEqual(res.status, 0, `verify --head accepted a chain cut off before the head:\n${res.output}`);
    assert.match(res.stderr, /afgesneden/, res.output);
    assert.match(res.stderr, new RegExp(`eindigt bij record ${last - 1}\\b`), res.output);
    assert.ok(res.stderr.includes(newest), res.output);
    // The older head is still there.
    assert.equal(kompas(['audit', 'verify', '--head', match[2], '--data-dir', dir]).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
