// issue 13: the short chaos run of make test. bench/chaos/run kills the importer and the server with
// kill -9 during imports and uploads, 20 times on SQLite and, when KOMPAS_TEST_POSTGRES_URL is set,
// 20 times on PostgreSQL (a fresh database in that cluster, dropped after), and checks after every
// kill that every acknowledged import is whole, none is partial, the database is sound, the audit
// chain verifies, every stored upload is audited and no client data is left outside the database.
// The test asserts that kills really happened and that nothing failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
const pgUrl = process.env.KOMPAS_TEST_POSTGRES_URL;
const KILLS = 20;

test(`kill -9 chaos: ${KILLS} kills on SQLite${pgUrl ? ' and on PostgreSQL' : ''}, nothing lost, partial or left behind`, { timeout: 600_000 }, () => {
    const env = { ...process.env, KILLS: String(KILLS), KOMPAS_BIN: bin, PORT: '19118' };
    if (pgUrl) env.PG_URL = pgUrl;
    else env.PG = '0';
    const run = spawnSync('bash', [join(root, 'bench', 'chaos', 'run')], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const output = `${run.stdout}\n${run.stderr}`;
    const last = run.stdout.trim().split('\n').pop();
    const m = /^chaos: sqlite=(\d+) kills (\d+) failed(?:; postgresql=(\d+) kills (\d+) failed)?$/.exec(last);
    assert.ok(m, `no summary line from bench/chaos/run:\n${output.slice(-3000)}`);
    assert.equal(Number(m[1]), KILLS, `SQLite: expected ${KILLS} kills:\n${output.slice(-3000)}`);
    assert.equal(Number(m[2]), 0, `SQLite: failures after kills:\n${output.slice(-3000)}`);
    if (pgUrl) {
        assert.equal(Number(m[3]), KILLS, `PostgreSQL: expected ${KILLS} kills:\n${output.slice(-3000)}`);
        assert.equal(Number(m[4]), 0, `PostgreSQL: failures after kills:\n${output.slice(-3000)}`);
    }
    // Imports were acknowledged between the kills, so the whole-import check had something to check.
    for (const r of Array.from(output.matchAll(/^CHAOS_RESULT (.*)$/gm), (x) => JSON.parse(x[1]))) {
        assert.ok(r.acknowledged > 0, `${r.db}: no import was acknowledged`);
        assert.ok(r.sent > r.acknowledged, `${r.db}: no import was cut off by a kill`);
    }
    assert.equal(run.status, 0, output.slice(-3000));
});
