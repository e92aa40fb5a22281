// Privacy at the door (block 5): known BSNs and a name go in through every door — an upload to the
// running SQLite server, `kompas import trajectories`, `kompas import ijw`, and an import into
// PostgreSQL — and then every byte Kompas wrote is searched for them: the SQLite databases with
// their WAL and shared-memory files, the pseudonym keys, the PostgreSQL cluster (tables and WAL),
// the server logs and everything the commands printed.
//   KOMPAS_BIN, KOMPAS_URL (the SQLite server), KOMPAS_SERVER_DATA_DIR (its --data-dir),
//   KOMPAS_TEST_OUTPUT (where the server logs are), KOMPAS_TEST_POSTGRES_URL + KOMPAS_PG_DATA_DIR
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, signIn } from '../http/lib/accounts.mjs';
import { randomBsn, sampleDelivery, trajectoryCsv } from '../http/lib/trajectories.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared');
const bin = process.env.KOMPAS_BIN ?? join(root, 'build', 'ci', 'kompas');
const NAME = `Geheimnaam${SUFFIX}`;
const printed = [];

function kompas(...args) {
    const run = spawnSync(bin, args, { encoding: 'utf8' });
    printed.push(run.stdout ?? '', run.stderr ?? '');
    return run;
}

function* filesUnder(path) {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isFile()) { yield path; return; }
    if (!stat.isDirectory()) return;
    for (const entry of readdirSync(path)) yield* filesUnder(join(path, entry));
}

// Every needle found in any of the files, as "needle in file".
function search(paths, needles) {
    const found = [];
    let bytes = 0;
    for (const path of paths) {
        for (const file of filesUnder(path)) {
            const content = readFileSync(file);
            bytes += content.length;
            for (const needle of needles) if (content.includes(needle)) found.push(`${needle} in ${file}`);
        }
    }
    return { found, bytes };
}

test('no BSN or name is stored, logged or printed anywhere', async () => {
    const bsns = [];
    const places = [];

    // 1. An upload to the running server, then the reads that touch the records.
    const admin = await adminSession();
    const org = await createOrganisation(admin, `Aanbieder zoektest ${SUFFIX}`, 'provider', null, freshAgb());
    const pw = password('zoek');
    const person = await createPerson(admin, { email: `zoek-${SUFFIX}@bsn.example`, name: 'Zoeker', organisation_id: org.id, password: pw });
    const session = await signIn(person.email, pw, 'provider');
    const rows = sampleDelivery('GM0034');
    bsns.push(...rows.map((r) => r.bsn));
    const body = { filename: 'zoek.csv', content_base64: Buffer.from(trajectoryCsv(rows, NAME)).toString('base64') };
    await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 201, { as: session, body });
    await call('/api/trajectories', 'GET', '/api/trajectories?limit=1000', 200, { as: session });
    await call('/api/outcomes/provider', 'GET', '/api/outcomes/provider', 200, { as: session });
    // A refused row: its BSN (it passes the elfproef, another column is wrong) must not be echoed.
    const refused = sampleDelivery('GM0034');
    refused[0].helpForm = '99';
    bsns.push(refused[0].bsn);
    const bad = { filename: 'fout.csv', content_base64: Buffer.from(trajectoryCsv(refused, NAME)).toString('base64') };
    const res = await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 400, { as: session, body: bad });
    printed.push(res.text);
    if (process.env.KOMPAS_SERVER_DATA_DIR) places.push(process.env.KOMPAS_SERVER_DATA_DIR);
    if (process.env.KOMPAS_TEST_OUTPUT) {
        for (const f of readdirSync(process.env.KOMPAS_TEST_OUTPUT)) if (f.startsWith('server-')) places.push(join(process.env.KOMPAS_TEST_OUTPUT, f));
    }

    // 2. The command line: a CSV and iJw messages into a fresh SQLite data directory.
    const dir = mkdtempSync(join(tmpdir(), 'kompas-bsn-'));
    places.push(dir);
    const cliRows = sampleDelivery('GM0363');
    bsns.push(...cliRows.map((r) => r.bsn));
    writeFileSync(join(dir, 'trajecten.csv'), trajectoryCsv(cliRows, NAME));
    let run = kompas('import', 'trajectories', '--data-dir', join(dir, 'data'), '--provider', '12345678', join(dir, 'trajecten.csv'));
    assert.equal(run.status, 0, run.stderr);
    const ijwBsn = randomBsn();
    bsns.push(ijwBsn);
    for (const message of ['JW305', 'JW307']) {
        const xml = readFileSync(join(shared, 'data', 'ijw', 'berichten', `${message}.xml`), 'utf8')
            .replaceAll('999900006', ijwBsn).replaceAll('>Wit<', `>${NAME}<`);
        writeFileSync(join(dir, `${message}.xml`), xml);
    }
    run = kompas('import', 'ijw', '--data-dir', join(dir, 'data'), join(dir, 'JW305.xml'), join(dir, 'JW307.xml'));
    assert.equal(run.status, 0, run.stderr);

    // 3. PostgreSQL: the same kind of import into the test cluster, whose files are then searched.
    const pgUrl = process.env.KOMPAS_TEST_POSTGRES_URL;
    const pgData = process.env.KOMPAS_PG_DATA_DIR;
    if (pgUrl && pgData) {
        const pgRows = sampleDelivery('GM0363');
        bsns.push(...pgRows.map((r) => r.bsn));
        writeFileSync(join(dir, 'pg.csv'), trajectoryCsv(pgRows, NAME));
        run = kompas('import', 'trajectories', '--database', pgUrl, '--data-dir', join(dir, 'pgkey'), '--provider', '87654321', join(dir, 'pg.csv'));
        assert.equal(run.status, 0, run.stderr);
        spawnSync('psql', [pgUrl, '-qc', 'CHECKPOINT'], { encoding: 'utf8' });
        places.push(pgData);
    }

    // The search itself; first a check that it can find something (the BSNs are in our own input).
    writeFileSync(join(dir, 'printed.txt'), printed.join('\n'));
    const control = search([join(dir, 'trajecten.csv')], [cliRows[0].bsn]);
    assert.equal(control.found.length, 1, 'the search finds a BSN where one is');
    const inputs = new Set(['trajecten.csv', 'pg.csv', 'JW305.xml', 'JW307.xml']);
    const written = places.flatMap((p) => [...filesUnder(p)]).filter((f) => !(dirname(f) === dir && inputs.has(f.slice(dir.length + 1))));
    const { found, bytes } = search(written, [...bsns, NAME]);
    assert.ok(bytes > 100_000, `searched ${bytes} bytes`);
    assert.deepEqual(found, [], 'a BSN or name was written');
});
