// The server's limits before a session is known, its error replies and sign-in throttling
// (issue 13, docs/operations.md). Against KOMPAS_URL: the anonymous body limit (413), the header
// cap (431) and 50 parallel wrong passwords for one account. Against a small server this file
// starts itself on an ephemeral port (SQLite, its own data directory): the per-address connection
// cap (503 with Retry-After) and an internal error that answers generically with a request id.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BASE_URL, rawExchange, rawStatus, request } from './lib/client.mjs';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, validate } from './lib/accounts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KOMPAS_BIN = process.env.KOMPAS_BIN || path.join(ROOT, 'build/ci/kompas');

test('an anonymous request above 64 KiB is refused with 413 before its body is read', async () => {
    const body = JSON.stringify({ email: 'x@example.nl', password: 'p'.repeat(65 * 1024) });
    const head = `POST /api/session HTTP/1.1\r\nHost: ${BASE_URL.host}\r\nContent-Type: application/json\r\n` +
        `Origin: ${BASE_URL.origin}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    // Only the header is sent: the answer must come without the body.
    const { text } = await rawExchange(head, { waitMs: 3000 });
    assert.equal(rawStatus(text), 413, `expected 413 for an anonymous 65 KiB body, got: ${text.slice(0, 300)}`);
    // Just under the limit is read and answered by the route (a wrong sign-in is 400 or 401, not 413).
    const small = await send('POST', '/api/session', { body: { email: `klein-${SUFFIX}@example.nl`, password: 'p'.repeat(60 * 1024) } });
    assert.notEqual(small.status, 413, `a 60 KiB anonymous body must not be refused as too large: ${small.text.slice(0, 200)}`);
});

test('a signed-in request may send more than 64 KiB; a forged session cookie may not', async () => {
    const admin = await adminSession();
    const big = { name: 'n'.repeat(80 * 1024), kind: 'provider' };
    const signedIn = await send('POST', '/api/organisations', { as: admin, body: big });
    assert.notEqual(signedIn.status, 413, `80 KiB with a valid session: ${signedIn.status} ${signedIn.text.slice(0, 200)}`);
    assert.equal(signedIn.status, 400, `an 80 KiB name is refused by the route itself: ${signedIn.text.slice(0, 200)}`);
    const forged = await send('POST', '/api/organisations', { as: { token: 'vervalst', csrf: admin.csrf }, body: big });
    assert.equal(forged.status, 413, `80 KiB with an unknown session cookie: ${forged.status} ${forged.text.slice(0, 200)}`);
});

test('headers above the cap get 431', async () => {
    const head = `GET /api/health HTTP/1.1\r\nHost: ${BASE_URL.host}\r\nX-Groot: ${'g'.repeat(20 * 1024)}\r\nConnection: close\r\n\r\n`;
    const { text } = await rawExchange(head, { waitMs: 3000 });
    assert.equal(rawStatus(text), 431, `expected 431 for 20 KiB of headers, got: ${text.slice(0, 300)}`);
    const ok = await request('/api/health', { headers: { 'X-Klein': 'k'.repeat(4 * 1024) } });
    assert.equal(ok.status, 200, '4 KiB of headers is fine');
});

test('every response names its request id', async () => {
    const a = await request('/api/health');
    const b = await request('/api/health');
    assert.match(String(a.headers['x-request-id'] ?? ''), /^[A-Za-z0-9_-]+-\d+$/, 'X-Request-Id on /api/health');
    assert.notEqual(a.headers['x-request-id'], b.headers['x-request-id'], 'two requests, two ids');
});

test('50 parallel wrong passwords for one account: at most 5 reach the password hash, refusals are one audit record', async () => {
    const admin = await adminSession();
    const org = await createOrganisation(admin, `Slot ${SUFFIX}`, 'provider');
    const pw = password('slot');
    const person = await createPerson(admin, { email: `slot-${SUFFIX}@slot.example`, name: `Slot ${SUFFIX}`, organisation_id: org.id, password: pw });
    const startedAt = new Date(Date.now() - 2000).toISOString().replace(/\.\d+Z$/, 'Z');
    const wrong = `fout-${pw}`;
    const results = await Promise.all(Array.from({ length: 50 },
        () => send('POST', '/api/session', { body: { email: person.email, password: wrong } })));
    const statuses = results.map((r) => r.status);
    const unauthenticated = statuses.filter((s) => s === 401).length;
    const limited = statuses.filter((s) => s === 429).length;
    assert.equal(unauthenticated + limited, 50, `only 401 and 429 expected, got ${JSON.stringify(statuses)}`);
    assert.ok(unauthenticated <= 5, `${unauthenticated} attempts reached the password hash (at most 5 allowed)`);
    assert.equal(unauthenticated, 5, `exactly the first 5 are checked, got ${unauthenticated}`);
    for (const r of results.filter((x) => x.status === 429)) validate('/api/session', 'POST', r, 'throttled sign-in');
    // Now even the right password waits.
    const right = await send('POST', '/api/session', { body: { email: person.email, password: pw } });
    assert.equal(right.status, 429, `right password while throttled: ${right.status}`);
    // The audit trail: one record per verified failure, none per refusal (they are aggregated).
    const records = (await call('/api/audit', 'GET', `/api/audit?from=${encodeURIComponent(startedAt)}&limit=1000`, 200, { as: admin })).json
        .filter((r) => r.person_email === person.email && r.action === 'sign_in_failed');
    assert.equal(records.filter((r) => r.result === 'failed').length, 5, `failed sign-in records: ${JSON.stringify(records)}`);
    assert.equal(records.filter((r) => r.result === 'denied').length, 0,
        `refused attempts are counted in one aggregated record when the throttle lifts, not one each: ${records.length} records`);
});

// A server of our own with tiny caps, for what must not disturb the shared one.
describe('a server started by this test', { skip: existsSync(KOMPAS_BIN) ? false : `no ${KOMPAS_BIN}` }, () => {
    let server;
    let dataDir;
    let url;
    let log = '';

    before(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'kompas-limits-'));
        server = spawn(KOMPAS_BIN, ['serve', '--port', '0', '--address', '127.0.0.1', '--no-demo', '--threads', '2',
            '--data-dir', dataDir, '--max-connections-per-address', '3', '--header-seconds', '5'],
        { stdio: ['ignore', 'pipe', 'pipe'] });
        url = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`own server did not start:\n${log}`)), 20000);
            const onData = (chunk) => {
                log += chunk.toString();
                const m = /draait op (http:\/\/[^/\s]+)\//.exec(log);
                if (m) {
                    clearTimeout(timer);
                    resolve(new URL(m[1]));
                }
            };
            server.stdout.on('data', onData);
            server.stderr.on('data', onData);
            server.on('exit', (code) => reject(new Error(`own server exited with ${code}:\n${log}`)));
        });
    });

    after(() => {
        server?.kill('SIGKILL');
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    function connect() {
        return new Promise((resolve, reject) => {
            const socket = net.connect({ host: url.hostname, port: Number(url.port) });
            socket.on('error', reject);
            socket.on('connect', () => resolve(socket));
        });
    }

    function exchange(socket, payload, waitMs = 3000) {
        return new Promise((resolve) => {
            const chunks = [];
            const finish = () => {
                clearTimeout(timer);
                resolve(Buffer.concat(chunks).toString('latin1'));
            };
            const timer = setTimeout(finish, waitMs);
            socket.on('data', (c) => chunks.push(c));
            socket.on('close', finish);
            socket.on('error', finish);
            if (payload) socket.write(payload);
        });
    }

    test('the fourth connection from one address gets 503 with Retry-After; a freed place is usable again', async () => {
        const open = [await connect(), await connect(), await connect()];
        try {
            await new Promise((r) => setTimeout(r, 200));  // the server has accepted and counted them
            const fourth = await connect();
            const text = await exchange(fourth, `GET /api/health HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);
            assert.equal(rawStatus(text), 503, `fourth connection: ${text.slice(0, 300)}`);
            assert.match(text, /\r\nRetry-After: \d+\r\n/i, 'Retry-After on the 503');
            fourth.destroy();
        } finally {
            for (const s of open) s.destroy();
        }
        await new Promise((r) => setTimeout(r, 300));
        const again = await connect();
        const text = await exchange(again, `GET /api/health HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
        assert.equal(rawStatus(text), 200, `after the others closed: ${text.slice(0, 300)}`);
    });

    test('a connection that never finishes its header is closed at the header deadline', async () => {
        const socket = await connect();
        const started = Date.now();
        socket.write(`GET /api/health HTTP/1.1\r\nHost: ${url.host}\r\n`);
        const trickle = setInterval(() => socket.write('X-Langzaam: 1\r\n'), 500);
        await exchange(socket, null, 12000);
        clearInterval(trickle);
        const took = Date.now() - started;
        assert.ok(took >= 4000 && took < 9000, `closed after ${took} ms; the header deadline is 5 s however slowly it trickles`);
    });

    test('an internal error answers a generic message with a request id; the details go to the log only', async () => {
        // Break the database under the running server: the query of /api/regions fails inside SQLite.
        execFileSync('sqlite3', [path.join(dataDir, 'kompas.db'), 'ALTER TABLE regions RENAME TO regions_weg;']);
        const res = await new Promise((resolve, reject) => {
            const s = net.connect({ host: url.hostname, port: Number(url.port) });
            const chunks = [];
            s.on('data', (c) => chunks.push(c));
            s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
            s.on('error', reject);
            s.write(`GET /api/regions HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
        });
        assert.equal(rawStatus(res), 500, res.slice(0, 400));
        const id = /\r\nX-Request-Id: ([^\r]+)\r\n/i.exec(res)?.[1];
        assert.ok(id, `X-Request-Id header: ${res.slice(0, 400)}`);
        const body = JSON.parse(res.slice(res.indexOf('\r\n\r\n') + 4));
        assert.equal(body.error.code, 'internal');
        assert.equal(body.error.request_id, id, 'the body names the same id as the header');
        assert.ok(body.error.message.includes(id), `the message names the id: ${body.error.message}`);
        assert.doesNotMatch(res, /regions|sqlite|no such|table/i, 'no database detail reaches the client');
        await new Promise((r) => setTimeout(r, 200));
        assert.match(log, new RegExp(`verzoek ${id}.*(no such table|regions)`), `the log has the details under ${id}:\n${log.slice(-2000)}`);
    });
});
