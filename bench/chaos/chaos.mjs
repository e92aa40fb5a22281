// The kill -9 chaos of issue 13 against one database (SQLite or PostgreSQL); bench/chaos/run drives it.
// Each round starts an importer (`kompas import trajectories`, `kompas import csv`) or the server
// (`kompas serve`, then trajectory and own-data uploads over HTTP) and kills it with SIGKILL at a
// random moment. After every kill it checks that every acknowledged import is whole and none is
// partial, that the database is sound (PRAGMA integrity_check or pg_amcheck), that the audit chain
// verifies, that every stored upload has its audit record, and that no client data is left outside
// the database; then the next round starts a new process on the same database.
// Usage: node chaos.mjs --db sqlite|postgresql --kills N --work DIR --bin KOMPAS --port PORT
//        [--pg-url URL] [--pg-bin DIR] [--seed S]
// Prints progress and, last, one line `CHAOS_RESULT {json}`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const dbKind = args.db;
const kills = Number(args.kills ?? 1000);
const work = args.work;
const bin = args.bin;
const port = Number(args.port);
const pgUrl = args['pg-url'];
const pgBin = args['pg-bin'] ?? '/usr/lib/postgresql/15/bin';
if (!['sqlite', 'postgresql'].includes(dbKind) || !work || !bin || !port || (dbKind === 'postgresql' && !pgUrl)) {
    console.error('usage: chaos.mjs --db sqlite|postgresql --kills N --work DIR --bin KOMPAS --port PORT [--pg-url URL]');
    process.exit(2);
}

// A small deterministic generator (mulberry32), so that a seed repeats the inputs (not the timing).
let seed = Number(args.seed ?? Date.now()) >>> 0;
function random() {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// --- the places: data dir, TMPDIR of every kompas process, inputs (outside the scanned tree) ---
const dataDir = join(work, 'data');
const tmpDir = join(work, 'tmp');
const logDir = join(work, 'logs');
const inDir = join(work, '..', `inputs-${dbKind}`);
for (const d of [dataDir, tmpDir, logDir, inDir]) mkdirSync(d, { recursive: true });
const storage = dbKind === 'sqlite' ? ['--data-dir', dataDir] : ['--data-dir', dataDir, '--database', pgUrl];
const env = { ...process.env, TMPDIR: tmpDir, KOMPAS_LOG_LEVEL: 'debug' };
const DB_FILES = new Set(['kompas.db', 'kompas.db-wal', 'kompas.db-shm', 'kompas.db-journal']);
const DATA_FILES = new Set([...DB_FILES, 'pseudonym.key']);

function kompasSync(cmdArgs, input) {
    return spawnSync(bin, cmdArgs, { encoding: 'utf8', env, input: input ?? '' });
}
function must(res, what) {
    if (res.status !== 0) throw new Error(`${what} failed (${res.status}): ${res.stdout}\n${res.stderr}`);
    return res.stdout.trim();
}

// Several SQL statements in one client call (the machine may be loaded: every connection counts);
// for each statement its rows as arrays of strings.
const SEPARATOR = '@@chaos@@';
function queries(statements) {
    // One snapshot for all of them: on PostgreSQL a killed client's COMMIT may still land meanwhile.
    const begin = dbKind === 'sqlite' ? 'BEGIN;' : 'BEGIN ISOLATION LEVEL REPEATABLE READ;';
    const text = `${begin}\n${statements.map((q) => `${q.replace(/;\s*$/, '')};\nSELECT '${SEPARATOR}';`).join('\n')}\nCOMMIT;\n`;
    const res = dbKind === 'sqlite'
        ? spawnSync('sqlite3', ['-separator', '|', join(dataDir, 'kompas.db')], { encoding: 'utf8', input: text })
        : spawnSync('psql', [pgUrl, '-XAtq', '-v', 'ON_ERROR_STOP=1'], { encoding: 'utf8', input: text });
    if (res.status !== 0 || res.stderr.trim()) throw new Error(`query failed: ${res.stderr.slice(0, 300)}`);
    const sections = [[]];
    for (const line of res.stdout.split('\n')) {
        if (line === SEPARATOR) sections.push([]);
        else if (line.length > 0) sections[sections.length - 1].push(line.split('|'));
    }
    return sections.slice(0, statements.length);
}

// --- inputs: every upload carries its own marker, so its rows can be counted and compared ---
const issued = new Set();
function randomBsn() {
    for (;;) {
        const digits = [between(1, 9), ...Array.from({ length: 7 }, () => between(0, 9))];
        const last = digits.reduce((s, d, i) => s + (9 - i) * d, 0) % 11;
        if (last === 10) continue;
        const bsn = digits.join('') + String(last);
        if (issued.has(bsn)) continue;
        issued.add(bsn);
        return bsn;
    }
}
const DAY = 86400000;
const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY; // upload n starts its records on FIRST_DAY + n
const isoDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);
let uploadNumber = 0;
const CLI_AGB = '22222222';
const HTTP_AGB = '33333333';

// Trajectory records of upload n: all start on FIRST_DAY + n, each with its own client.
function trajectoryUpload(provider) {
    const n = ++uploadNumber;
    const day = FIRST_DAY + n;
    const rows = Array.from({ length: between(3, 40) }, () => {
        const ended = random() < 0.5;
        return {
            bsn: randomBsn(), municipality: pick(['GM0034', 'GM0363', 'GM0599']), helpForm: pick(['01', '02', '03', '04', '11', '12', '13', '14']),
            endDay: ended ? day + between(1, 400) : null, reason: ended ? between(1, 5) : null, birthYear: between(1995, 1999),
        };
    });
    const text = 'bsn;naam;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;reden_beeindiging\n' +
        rows.map((r) => [r.bsn, `Chaos Naam${n}`, `${r.birthYear}-05-17`, '2', r.municipality, '01', r.helpForm, isoDay(day),
            r.endDay ? isoDay(r.endDay) : '', r.reason ? `0${r.reason}` : ''].join(';')).join('\n') + '\n';
    const expected = rows.map((r) => [r.helpForm, String(day), r.municipality, String(r.birthYear), r.endDay ?? '', r.reason ?? ''].join(',')).sort();
    return { kind: 'trajectories', n, name: `chaos-t${n}.csv`, text, provider, day, rows: rows.length, expected, bsns: rows.map((r) => r.bsn) };
}

// A long CSV of upload n: one indicator of its own (chaos_n), one figure per year.
function longCsvUpload() {
    const n = ++uploadNumber;
    const years = between(3, 40);
    const rows = Array.from({ length: years }, (_, k) => ({ period: `${1980 + k}JJ00`, value: n + k / 8 }));
    const text = 'indicator,region,period,value\n' + rows.map((r) => `chaos_${n},GM0034,${r.period},${r.value}`).join('\n') + '\n';
    const expected = rows.map((r) => `${r.period},${r.value}`).sort();
    return { kind: 'long-csv', n, name: `chaos-o${n}.csv`, text, rows: years, expected, bsns: [] };
}

// A zip (stored entries) of the OData fixture: the server unpacks it into a temporary folder.
const CRC = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(buf) {
    let c = 0xffffffff;
    for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function zip(files) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const [name, content] of Object.entries(files)) {
        const data = Buffer.from(content);
        const nameBytes = Buffer.from(name);
        const crc = crc32(data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
        central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
        locals.push(local, nameBytes, data);
        centrals.push(central, nameBytes);
        offset += local.length + nameBytes.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    const count = Object.keys(files).length;
    end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10);
    end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}
const odataDir = join(root, 'tests', 'fixtures', 'ingest', 'odata', '85098NED');
function odataUpload() {
    const n = ++uploadNumber;
    const files = {};
    for (const name of readdirSync(odataDir)) {
        let text = readFileSync(join(odataDir, name), 'utf8');
        if (name === 'TableInfos.json') text = text.replace('"Proef"', `"Proef chaos ${n}"`); // new content each time
        files[`85098NED/${name}`] = text;
    }
    return { kind: 'odata-zip', n, name: `chaos-z${n}.zip`, bytes: zip(files), rows: null, bsns: [] };
}

// --- the ledger: every upload ever sent, and whether it was acknowledged before its kill ---
const ledger = []; // { ...upload, acked, via }
const failures = {}; // kind -> count
const failureNotes = [];
function fail(kind, note) {
    failures[kind] = (failures[kind] ?? 0) + 1;
    if (failureNotes.length < 40) failureNotes.push(`${kind}: ${note}`);
    console.log(`  FAIL ${kind}: ${note}`);
}

// --- setup: an administrator, a provider organisation with a person for the HTTP uploads ---
const adminPw = `Chaos-beheer-${Math.floor(random() * 1e12)}`;
const providerPw = `Chaos-aanbieder-${Math.floor(random() * 1e12)}`;
must(kompasSync(['user', 'add', '--admin', '--email', 'beheer@chaos.example', '--name', 'Beheer', ...storage], `${adminPw}\n`), 'user add --admin');
const orgId = must(kompasSync(['org', 'add', '--name', 'Aanbieder Chaos', '--kind', 'provider', '--agb', HTTP_AGB, ...storage]), 'org add')
    .split('\n').pop().trim();
must(kompasSync(['user', 'add', '--email', 'zorg@chaos.example', '--name', 'Zorg', '--organisation', orgId, ...storage], `${providerPw}\n`), 'user add');

// --- processes, killed with SIGKILL ---
function started(cmdArgs, logFile) {
    const child = spawn(bin, cmdArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const exited = new Promise((resolve) => child.on('close', (code, signal) => {
        if (logFile) writeFileSync(logFile, output);
        resolve({ code, signal, output });
    }));
    return { child, exited, output: () => output };
}

// How long each kind of round takes when nobody kills it; the kill falls uniformly within it.
const estimate = { 'cli-trajectories': 400, 'cli-csv': 200, server: 1500, start: 800 };
function learn(kind, ms) {
    estimate[kind] = Math.max(50, 0.8 * estimate[kind] + 0.2 * ms);
}

let killCount = 0;
let acknowledged = 0;

async function cliRound(kind) {
    const upload = kind === 'cli-trajectories' ? trajectoryUpload(CLI_AGB) : longCsvUpload();
    const file = join(inDir, upload.name);
    writeFileSync(file, upload.text);
    const cmd = kind === 'cli-trajectories'
        ? ['import', 'trajectories', '--provider', CLI_AGB, ...storage, file]
        : ['import', 'csv', ...storage, file];
    const t0 = Date.now();
    const proc = started(cmd, join(logDir, 'cli.log'));
    const delay = random() * estimate[kind];
    const timer = setTimeout(() => proc.child.kill('SIGKILL'), delay);
    const result = await proc.exited;
    clearTimeout(timer);
    const entry = { ...upload, via: kind, acked: result.code === 0 };
    delete entry.text;
    ledger.push(entry);
    if (result.signal === 'SIGKILL') {
        killCount++;
    } else {
        learn(kind, Date.now() - t0);
        if (result.code !== 0) fail('import-refused', `${kind} ${upload.name} exited ${result.code}: ${result.output.trim().slice(0, 300)}`);
    }
    if (entry.acked) acknowledged++;
    rmSync(file, { force: true });
    return [entry];
}

// Sessions are kept in the database, so one sign-in serves every restart of the server.
let sessions = null;
const base = `http://127.0.0.1:${port}`;
async function signIn(email, pw) {
    const res = await fetch(`${base}/api/session`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base }, body: JSON.stringify({ email, password: pw }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
    const cookie = /kompas_session=([^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    return { cookie, csrf: (await res.json()).csrf_token };
}
async function healthy(proc, deadlineMs) {
    const end = Date.now() + deadlineMs;
    while (Date.now() < end) {
        if (proc.child.exitCode !== null || proc.child.signalCode !== null) return false;
        try {
            const res = await fetch(`${base}/api/health`);
            if (res.status === 200) return true;
        } catch { /* not yet listening */ }
        await sleep(15);
    }
    return false;
}
async function post(session, path, body) {
    const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: base, Cookie: `kompas_session=${session.cookie}`, 'X-CSRF-Token': session.csrf },
        body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
}

let serverStarts = 0;
async function serverRound() {
    const log = join(logDir, `server-${serverStarts++}.log`);
    const t0 = Date.now();
    const proc = started(['serve', '--port', String(port), '--address', '127.0.0.1', ...storage], log);
    if (random() < 0.15) {  // a kill during start-up: opening the database, migrations, loading the engine
        const timer = setTimeout(() => proc.child.kill('SIGKILL'), random() * estimate.start);
        const r = await proc.exited;
        clearTimeout(timer);
        if (r.signal === 'SIGKILL') {
            killCount++;
            return [];
        }
        fail('restart', `the server stopped by itself during start-up: ${r.output.trim().slice(-400)}`);
        return [];
    }
    if (!(await healthy(proc, 30000))) {
        proc.child.kill('SIGKILL');
        const r = await proc.exited;
        fail('restart', `the server did not start on the database: ${r.output.trim().slice(-400)}`);
        return [];
    }
    const startMs = Date.now() - t0;
    learn('start', startMs);
    if (!sessions) {
        sessions = { admin: await signIn('beheer@chaos.example', adminPw), provider: await signIn('zorg@chaos.example', providerPw) };
    }
    // Uploads back to back, two at a time, until the kill.
    const sent = [];
    let killed = false;
    const delay = random() * estimate.server;
    const t1 = Date.now();
    const timer = setTimeout(() => { killed = true; proc.child.kill('SIGKILL'); }, delay);
    const lane = async () => {
        while (!killed) {
            const r = random();
            const upload = r < 0.5 ? trajectoryUpload(HTTP_AGB) : r < 0.9 ? longCsvUpload() : odataUpload();
            const entry = { ...upload, via: 'http', acked: false };
            delete entry.text;
            delete entry.bytes;
            sent.push(entry);
            ledger.push(entry);
            try {
                const res = upload.kind === 'trajectories'
                    ? await post(sessions.provider, '/api/trajectories/uploads', { filename: upload.name, content_base64: Buffer.from(upload.text).toString('base64') })
                    : await post(sessions.admin, '/api/own-data/uploads', {
                        format: upload.kind, filename: upload.name, content_base64: Buffer.from(upload.bytes ?? upload.text).toString('base64'),
                    });
                if (res.status >= 200 && res.status < 300) {
                    entry.acked = true;
                    acknowledged++;
                } else if (!killed) {
                    fail('upload-refused', `${upload.name}: ${res.status} ${res.text.slice(0, 300)}`);
                }
            } catch {
                // the connection died with the server: not acknowledged
            }
        }
    };
    await Promise.all([lane(), lane()]);
    clearTimeout(timer);
    await proc.exited;
    killCount++;
    // Learn how long start-up plus a few uploads take, so that kills spread over both.
    const acked = sent.filter((e) => e.acked).length;
    if (acked > 0) learn('server', Math.min(4000, startMs + ((Date.now() - t1) / acked) * 6));
    return sent;
}

// --- the checks after every kill ---
// One batch of queries: counts per marker over everything ever sent, the import records, and this
// round's stored rows, audit records and pseudonyms.
function readState(round) {
    const names = round.map((e) => `'${e.name}'`).join(',') || "''";
    const statements = [
        `SELECT start_day, count(*) FROM trajectories WHERE provider IN ('${CLI_AGB}','${HTTP_AGB}') GROUP BY start_day`,
        "SELECT indicator, count(*) FROM observations WHERE indicator LIKE 'chaos!_%' ESCAPE '!' GROUP BY indicator",
        "SELECT source FROM imports WHERE source LIKE '%chaos-%'",
        `SELECT object_id FROM audit_log WHERE object_type IN ('trajectory_upload','own_data_upload') AND object_id IN (${names})`,
    ];
    for (const e of round) {
        if (e.kind === 'trajectories') {
            statements.push(`SELECT help_form, start_day, municipality, birth_year, end_day, reason, client FROM trajectories WHERE provider = '${e.provider}' AND start_day = ${e.day}`);
        } else if (e.kind === 'long-csv') {
            statements.push(`SELECT period, value FROM observations WHERE indicator = 'chaos_${e.n}' AND region = 'GM0034'`);
        } else {
            statements.push("SELECT 1 WHERE 1 = 0");
        }
    }
    const [days, indicators, sources, audited, ...rows] = queries(statements);
    return {
        perDay: new Map(days.map(([d, c]) => [Number(d), Number(c)])),
        perIndicator: new Map(indicators.map(([k, c]) => [k, Number(c)])),
        // The command line records the path it was given, an upload the file's name.
        imported: new Set(sources.map(([s]) => s.split('/').pop())),
        audited: new Set(audited.map(([o]) => o)),
        rows,
    };
}

function checkWhole(round, state) {
    const { perDay, perIndicator, imported } = state;
    // Acknowledged means all rows and its import record; otherwise all or none.
    for (const e of ledger) {
        if (e.kind === 'odata-zip') continue; // the same figures each time; its temporary folder is what is checked
        const have = e.kind === 'trajectories' ? perDay.get(e.day) ?? 0 : perIndicator.get(`chaos_${e.n}`) ?? 0;
        const recorded = imported.has(e.name);
        if (e.acked && (have !== e.rows || !recorded)) {
            fail('lost', `${e.via} ${e.name} was acknowledged but has ${have} of ${e.rows} rows${recorded ? '' : ' and no import record'}`);
            e.acked = false; // report once
            e.reported = true;
        } else if (!e.reported && have !== 0 && have !== e.rows) {
            fail('partial', `${e.via} ${e.name} has ${have} of ${e.rows} rows`);
            e.reported = true;
        } else if (!e.reported && (have === e.rows) !== recorded) {
            fail('partial', `${e.via} ${e.name}: ${have} rows but ${recorded ? 'an' : 'no'} import record`);
            e.reported = true;
        }
    }
    // Content of this round's stored uploads, row by row.
    round.forEach((e, i) => {
        const rows = state.rows[i];
        if (e.kind === 'trajectories' && rows.length === e.rows) {
            const got = rows.map((r) => r.slice(0, 6).join(',')).sort();
            if (JSON.stringify(got) !== JSON.stringify(e.expected)) fail('content', `${e.via} ${e.name}: stored records differ from those sent`);
        } else if (e.kind === 'long-csv' && rows.length === e.rows) {
            const got = rows.map(([p, v]) => `${p},${Number(v)}`).sort();
            if (JSON.stringify(got) !== JSON.stringify(e.expected)) fail('content', `${e.via} ${e.name}: stored figures differ from those sent`);
        }
    });
    // Every upload over HTTP that was stored has its audit record (a change by a person is audited).
    for (const e of round) {
        const stored = e.kind === 'odata-zip' ? e.acked : imported.has(e.name);
        if (e.via === 'http' && stored && !state.audited.has(e.name)) fail('unaudited', `${e.name} is stored but has no audit record`);
    }
}

function checkIntegrity() {
    if (dbKind === 'sqlite') {
        const res = spawnSync('sqlite3', [join(dataDir, 'kompas.db'), 'PRAGMA integrity_check'], { encoding: 'utf8' });
        if (res.status !== 0 || res.stdout.trim() !== 'ok') fail('integrity', `PRAGMA integrity_check: ${(res.stdout + res.stderr).trim().slice(0, 300)}`);
    } else {
        const url = new URL(pgUrl);
        const res = spawnSync(join(pgBin, 'pg_amcheck'), ['--install-missing', '--heapallindexed', '--schema', 'public', '-h', url.hostname, '-p', url.port || '5432',
            '-U', decodeURIComponent(url.username || 'postgres'), '-d', url.pathname.slice(1)], { encoding: 'utf8' });
        if (res.status !== 0 || res.stdout.trim() !== '') fail('integrity', `pg_amcheck: ${(res.stdout + res.stderr).trim().slice(0, 300)}`);
    }
}

function checkAudit() {
    const res = kompasSync(['audit', 'verify', ...storage]);
    if (res.status !== 0) fail('audit-chain', `kompas audit verify: ${(res.stdout + res.stderr).trim().slice(0, 300)}`);
}

// Files outside the database: nothing left in TMPDIR, nothing unknown in the data directory, and no
// BSN or pseudonym of this round in any file of the run (logs included) other than the database.
function walk(dir, out = []) {
    for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        out.push(path);
        if (statSync(path).isDirectory()) walk(path, out);
    }
    return out;
}
function checkLeftovers(round, state) {
    const left = walk(tmpDir);
    if (left.length > 0) {
        fail('leftover', `in TMPDIR: ${left.map((p) => p.slice(tmpDir.length + 1)).join(', ').slice(0, 300)}`);
        for (const name of readdirSync(tmpDir)) rmSync(join(tmpDir, name), { recursive: true, force: true });
    }
    const strange = readdirSync(dataDir).filter((n) => !DATA_FILES.has(n));
    if (strange.length > 0) {
        fail('leftover', `in the data directory: ${strange.join(', ')}`);
        for (const name of strange) rmSync(join(dataDir, name), { recursive: true, force: true });
    }
    const needles = round.flatMap((e) => e.bsns);
    round.forEach((e, i) => {
        if (e.kind === 'trajectories') needles.push(...state.rows[i].map((r) => r[6]));
    });
    if (needles.length === 0) return;
    const files = walk(work).filter((p) => !(p.startsWith(dataDir) && DB_FILES.has(p.slice(dataDir.length + 1))) && statSync(p).isFile());
    for (const file of files) {
        const text = readFileSync(file, 'latin1');
        const found = needles.find((needle) => text.includes(needle));
        if (found) fail('client-data-outside', `${file.slice(work.length + 1)} holds ${found.length === 9 ? 'a BSN' : 'a pseudonym'} of this round`);
    }
}

// --- the rounds ---
const t0 = Date.now();
let round = 0;
while (killCount < kills) {
    round++;
    const r = random();
    const kind = r < 0.3 ? 'cli-trajectories' : r < 0.5 ? 'cli-csv' : 'server';
    let sent;
    try {
        sent = kind === 'server' ? await serverRound() : await cliRound(kind);
        const state = readState(sent);
        checkWhole(sent, state);
        checkIntegrity();
        checkAudit();
        checkLeftovers(sent, state);
    } catch (error) {
        fail('harness', `${kind}: ${String(error.message ?? error).slice(0, 400)}`);
    }
    for (const name of readdirSync(logDir)) rmSync(join(logDir, name), { force: true });
    if (round % 50 === 0) {
        const total = Object.values(failures).reduce((a, b) => a + b, 0);
        console.log(`  ${dbKind}: ${killCount}/${kills} kills, ${acknowledged} acknowledged, ${total} failures, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
}
const seconds = (Date.now() - t0) / 1000;
const failed = Object.values(failures).reduce((a, b) => a + b, 0);
const byVia = {};
for (const e of ledger) {
    const key = e.via === 'http' ? `http ${e.kind}` : e.via;
    byVia[key] = (byVia[key] ?? 0) + (e.acked ? 1 : 0);
}
console.log(`${dbKind}: ${killCount} kills in ${round} rounds, ${acknowledged} acknowledged imports of ${ledger.length} sent ` +
    `(${Object.entries(byVia).map(([k, v]) => `${k} ${v}`).join(', ')}), ${serverStarts} server starts, ${seconds.toFixed(1)} s`);
console.log(`${dbKind}: failures ${failed}${failed ? ` (${Object.entries(failures).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
for (const note of failureNotes) console.log(`  ${note}`);
console.log(`CHAOS_RESULT ${JSON.stringify({ db: dbKind, kills: killCount, rounds: round, acknowledged, sent: ledger.length, failed, failures, seconds })}`);
