// `kompas import trajectories` next to a running server: the server's outcomes show the imported
// records on the next read, without a restart (the engine reloads when an import was recorded).
//   KOMPAS_BIN, KOMPAS_URL (the SQLite server), KOMPAS_SERVER_DATA_DIR (its --data-dir)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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

    const after = await call('/api/outcomes/municipality/{code}', 'GET', path, 200, { as: admin });
    assert.ok(after.json.rows.length > before.json.rows.length, 'the new records are in the outcomes');
    const started = started2023(after.json);
    assert.ok(started.value === 15 || started.suppressed, 'the 15 starts of 2023, or their suppression');
});
