// `kompas import trajectories` next to a running server: the server's outcomes show the imported
// records without a restart (the engine reloads when an import was recorded, on the next read, and
// publishes them once suppressed).
// And the import's last step: every municipality's suppression computed ahead and kept in the
// database (issue 10), unless --no-prepare.
//   KOMPAS_BIN, KOMPAS_URL (the SQLite server), KOMPAS_SERVER_DATA_DIR (its --data-dir)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminSession, call } from '../http/lib/accounts.mjs';
import { sampleDelivery, trajectoryCsv } from '../http/lib/trajectories.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
const dataDir = process.env.KOMPAS_SERVER_DATA_DIR;

test('the running server sees trajectories imported by the command line', { skip: !dataDir && 'KOMPAS_SERVER_DATA_DIR is not set' }, async () => {
    const municipality = `GM9${String(randomInt(0, 1000)).padStart(3, '0')}`; // not a real code: only this test's records
    const admin = await adminSession();
    const path = `/api/outcomes/municipality/${municipality}`;
    const before = await call('/api/outcomes/municipality/{code}', 'GET', path, 200, { as: admin });
    const started2023 = (json) => json.rows.find((r) => r.help_form === 'all' && r.period === '2023')?.started;

    const dir = mkdtempSync(join(tmpdir(), 'kompas-cli-outcomes-'));
    writeFileSync(join(dir, 'trajecten.csv'), trajectoryCsv(sampleDelivery(municipality)));
    const run = spawnSync(bin, ['import', 'trajectories', '--data-dir', dataDir, '--provider', '55555555', join(dir, 'trajecten.csv')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /15 trajecten ingelezen/);

    // The next read has the new table in; its figures across providers are published once every
    // municipality is suppressed again (`updating` until then: the figures of before the import).
    let after = await call('/api/outcomes/municipality/{code}', 'GET', path, 200, { as: admin });
    if (after.json.updating) assert.equal(after.json.rows.length, before.json.rows.length, 'the figures of before the import');
    for (let i = 0; i < 600 && after.json.updating; i++) {
        await new Promise((r) => setTimeout(r, 100));
        after = await call('/api/outcomes/municipality/{code}', 'GET', path, 200, { as: admin });
    }
    assert.equal(after.json.updating, false, 'published within a minute');
    assert.ok(after.json.rows.length > before.json.rows.length, 'the new records are in the outcomes');
    const started = started2023(after.json);
    assert.ok(started.value === 15 || started.suppressed, 'the 15 starts of 2023, or their suppression');
});

test('the import builds the table and computes each municipality\'s suppression ahead and keeps both; --no-prepare does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompas-cli-prepare-'));
    const data = join(dir, 'data');
    const kept = () => execFileSync('sqlite3', [join(data, 'kompas.db'),
        'SELECT municipality, length(fingerprint), length(statuses) > 0 FROM kept_suppression ORDER BY municipality'],
    { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    // The table's image: under which version, in how many parts.
    const table = () => execFileSync('sqlite3', [join(data, 'kompas.db'),
        'SELECT version, count(*), min(size) > 0 FROM kept_outcome_table GROUP BY version'],
    { encoding: 'utf8' }).trim();
    const version = () => execFileSync('sqlite3', [join(data, 'kompas.db'),
        "SELECT count(*) || '@' || max(imported_at) FROM imports WHERE format LIKE 'trajectories%' OR format = 'ijw'"],
    { encoding: 'utf8' }).trim();
    const rows = [...sampleDelivery('GM0034'), ...sampleDelivery('GM0363')];
    writeFileSync(join(dir, 'twee.csv'), trajectoryCsv(rows));
    const first = spawnSync(bin, ['import', 'trajectories', '--data-dir', data, '--provider', '55555555', join(dir, 'twee.csv')], { encoding: 'utf8' });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /30 trajecten ingelezen/);
    assert.match(first.stdout, /Tabel en onderdrukking van 2 gemeenten berekend en bewaard in [0-9.]+ s/);
    assert.deepEqual(kept(), ['GM0034|32|1', 'GM0363|32|1']);
    const prepared = version();
    assert.equal(table(), `${prepared}|1|1`);

    // The same file again stores nothing, so there is nothing to compute.
    const again = spawnSync(bin, ['import', 'trajectories', '--data-dir', data, '--provider', '55555555', join(dir, 'twee.csv')], { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /al eerder ingelezen/);
    assert.doesNotMatch(again.stdout, /onderdrukking/);
    assert.equal(table(), `${prepared}|1|1`);

    // --no-prepare: the new municipality's suppression is left to the server.
    writeFileSync(join(dir, 'almere.csv'), trajectoryCsv(sampleDelivery('GM0363').map((r) => ({ ...r, municipality: 'GM1680' }))));
    const skipped = spawnSync(bin, ['import', 'trajectories', '--no-prepare', '--data-dir', data, '--provider', '55555555', join(dir, 'almere.csv')], { encoding: 'utf8' });
    assert.equal(skipped.status, 0, skipped.stderr);
    assert.match(skipped.stdout, /15 trajecten ingelezen/);
    assert.doesNotMatch(skipped.stdout, /onderdrukking/);
    assert.deepEqual(kept(), ['GM0034|32|1', 'GM0363|32|1']);
    // The image kept is of the version before: a start passes it over and reads the records.
    assert.notEqual(version(), prepared);
    assert.equal(table(), `${prepared}|1|1`);
});
