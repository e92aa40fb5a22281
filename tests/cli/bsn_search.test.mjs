// Privacy at the door (block 5): known BSNs and a name go in through every door — an upload to the
// running SQLite server, `kompas import trajectories`, `kompas import ijw`, and an import into
// PostgreSQL — and then every byte Kompas wrote is searched for them: the SQLite databases with
// their WAL and shared-memory files, the pseudonym keys, the PostgreSQL cluster (tables and WAL),
// the server logs and everything the commands printed. Refused files go in too, with BSNs written
// as people write them (quoted, padded, split) in places that make Kompas refuse the file, and the
// temporary directory is searched for whatever appeared in it during the test.
//   KOMPAS_BIN, KOMPAS_URL (the SQLite server), KOMPAS_SERVER_DATA_DIR (its --data-dir),
//   KOMPAS_TEST_OUTPUT (where the server logs are), KOMPAS_TEST_POSTGRES_URL + KOMPAS_PG_DATA_DIR
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

// Files below `path`. Entries that vanish or cannot be read while we look (other processes use the
// temporary directory too) are passed over.
function* filesUnder(path) {
    let stat;
    try { stat = statSync(path); } catch { return; }
    if (stat.isFile()) { yield path; return; }
    if (!stat.isDirectory()) return;
    let entries = [];
    try { entries = readdirSync(path); } catch { return; }
    for (const entry of entries) yield* filesUnder(join(path, entry));
}

// Every needle found in any of the files, as "needle in file".
function search(paths, needles) {
    const found = [];
    let bytes = 0;
    for (const path of paths) {
        for (const file of filesUnder(path)) {
            let content;
            try { content = readFileSync(file); } catch { continue; }
            bytes += content.length;
            for (const needle of needles) {
                const at = content.indexOf(needle);
                // With the bytes around it, to tell a stored BSN from digits that happen to match (in a hex text, say).
                if (at >= 0) found.push(`${needle} in ${file} at ${at}: ${JSON.stringify(content.subarray(Math.max(0, at - 40), at + needle.length + 40).toString('latin1'))}`);
            }
        }
    }
    return { found, bytes };
}

// The temporary directories: os.tmpdir() (TMPDIR) and /tmp.
const TMP_ROOTS = [...new Set([tmpdir(), '/tmp'])];
function tmpEntries() {
    const entries = new Set();
    for (const root of TMP_ROOTS) {
        try { for (const name of readdirSync(root)) entries.add(join(root, name)); } catch { /* absent */ }
    }
    return entries;
}

// A BSN as people write it: quoted, padded and split. Each form carries the BSN's nine digits.
function writtenForms(bsn) {
    const [a, b, c] = [bsn.slice(0, 3), bsn.slice(3, 6), bsn.slice(6)];
    return [`'${bsn}`, `"${bsn}"`, `0${bsn}`, ` ${bsn} `, `${bsn.slice(0, 4)} ${bsn.slice(4)}`, `${a}-${b}-${c}`,
        `${a}.${b}.${c}`];
}

// Every form a needle: besides the nine digits, the split forms as written.
function needlesOf(bsn) {
    return [bsn, ...writtenForms(bsn).filter((form) => !form.includes(bsn))];
}

// A CSV field as written in a file: quoted (quotes doubled) when it holds a quote or a ';'.
function csvField(value) {
    return /[";]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

// The CSV of `rows` with one field of the first row replaced by `value` as written.
function refusedCsv(rows, field, value) {
    const marker = `@@${field}@@`;
    const edited = rows.map((r, i) => (i === 0 ? { ...r, [field]: marker } : r));
    return trajectoryCsv(edited, NAME).replace(marker, csvField(value));
}

// The forms that make a file refused in `place`: blanks around a BSN in its own column are trimmed.
function refusedForms(bsn, place) {
    return writtenForms(bsn).filter((form) => place !== 'bsn' || form.trim() !== bsn);
}

// Where a BSN makes Kompas refuse a trajectory file: the bsn column, the help form (a code) and
// the start date.
const CSV_PLACES = ['bsn', 'helpForm', 'start'];
// And an iJw message: the Bsn element, a code, a date and an unknown product category.
const IJW_PLACES = [
    ['<jw305:Bsn>999900006<', '<jw305:Bsn>', '<'],
    ['<jw305:Geslacht>1<', '<jw305:Geslacht>', '<'],
    ['<jw305:Begindatum>2026-04-03<', '<jw305:Begindatum>', '<'],
    ['<ijw:Categorie>55<', '<ijw:Categorie>', '<'],
];

test('no BSN or name is stored, logged or printed anywhere', async (t) => {
    const bsns = [];
    const needles = [];  // written forms of refused BSNs that do not hold the nine digits in a row
    const places = [];
    const tmpBefore = tmpEntries();

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
    // Refused uploads with a BSN quoted, padded or split, in the bsn column and where it does not belong.
    for (const place of CSV_PLACES) {
        const bsn = randomBsn();
        bsns.push(bsn);
        needles.push(...needlesOf(bsn));
        for (const form of refusedForms(bsn, place)) {
            const rows = sampleDelivery('GM0034');
            bsns.push(...rows.map((r) => r.bsn));
            const content = refusedCsv(rows, place, form);
            const upload = { filename: 'geweigerd.csv', content_base64: Buffer.from(content).toString('base64') };
            const refusedRes = await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 400,
                { as: session, body: upload });
            printed.push(refusedRes.text);
        }
    }
    if (process.env.KOMPAS_SERVER_DATA_DIR) places.push(process.env.KOMPAS_SERVER_DATA_DIR);
    const serverLogs = [];
    if (process.env.KOMPAS_TEST_OUTPUT) {
        for (const f of readdirSync(process.env.KOMPAS_TEST_OUTPUT)) if (f.startsWith('server-')) serverLogs.push(join(process.env.KOMPAS_TEST_OUTPUT, f));
        assert.ok(serverLogs.length > 0, `no server log in ${process.env.KOMPAS_TEST_OUTPUT}`);
        places.push(...serverLogs);
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

    // Refused files through both commands, with BSNs quoted, padded and split. Their inputs are in a
    // folder of their own, left out of the search; what the commands printed is searched.
    const refusedDir = join(dir, 'geweigerd');
    mkdirSync(refusedDir);
    let refusedFiles = 0;
    for (const place of CSV_PLACES) {
        const bsn = randomBsn();
        bsns.push(bsn);
        needles.push(...needlesOf(bsn));
        for (const form of refusedForms(bsn, place)) {
            const rows = sampleDelivery('GM0363');
            bsns.push(...rows.map((r) => r.bsn));
            const file = join(refusedDir, `trajecten-${refusedFiles++}.csv`);
            writeFileSync(file, refusedCsv(rows, place, form));
            run = kompas('import', 'trajectories', '--data-dir', join(dir, 'data'), '--provider', '12345678', file);
            assert.notEqual(run.status, 0, `${place} [${form}] was not refused`);
            assert.match(run.stderr, /import mislukt/);
        }
    }
    const jw305 = readFileSync(join(shared, 'data', 'ijw', 'berichten', 'JW305.xml'), 'utf8');
    for (const [from, before, after] of IJW_PLACES) {
        const bsn = randomBsn();
        bsns.push(bsn);
        needles.push(...needlesOf(bsn));
        for (const form of writtenForms(bsn)) {
            const file = join(refusedDir, `bericht-${refusedFiles++}.xml`);
            writeFileSync(file, jw305.replace(from, before + form + after));
            run = kompas('import', 'ijw', '--data-dir', join(dir, 'data'), file);
            assert.notEqual(run.status, 0, `${before} [${form}] was not refused`);
            assert.doesNotMatch(run.stderr, /The value|is not|Element|expected/, 'libxml2\'s English reached a person');
        }
    }

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
    // Whatever appeared in the temporary directory while the test ran (an upload once went
    // through a temporary file there), except this test's own folder.
    for (const entry of tmpEntries()) if (!tmpBefore.has(entry) && entry !== dir) places.push(entry);
    const written = places.flatMap((p) => [...filesUnder(p)])
        .filter((f) => !(dirname(f) === dir && inputs.has(f.slice(dir.length + 1))) && !f.startsWith(refusedDir));
    const { found, bytes } = search(written, [...bsns, ...needles, NAME]);
    assert.ok(bytes > 100_000, `searched ${bytes} bytes`);
    assert.deepEqual(found, [], 'a BSN or name was written');
    // The server logs are searched above; at debug level they say the most.
    if (serverLogs.length > 0 && !serverLogs.some((f) => readFileSync(f, 'utf8').includes('/api/trajectories/uploads'))) {
        t.diagnostic('the server logs have no debug lines: start the server with KOMPAS_LOG_LEVEL=debug to search those too');
    }
});
