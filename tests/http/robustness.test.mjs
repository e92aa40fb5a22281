// Hostile or clumsy clients must not take the server down: after each, /api/health answers 200.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import net from 'node:net';
import { BASE_URL, assertServerAlive, rawExchange, rawStatus, request } from './lib/client.mjs';

const MB = 1024 * 1024;

test('a 10 MB request body', async () => {
    const body = Buffer.alloc(10 * MB, 'x');
    for (const path of ['/api/health', '/api/observations?region=GM0034']) {
        const head = `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
        // Any answer (413, 405, 404, a reset) is fine; what matters is that the server lives on.
        await rawExchange([head, body], { waitMs: 3000 });
        await assertServerAlive(`a 10 MB body to ${path}`);
    }
    // The same body as a GET through an ordinary client.
    try {
        await request('/api/health', { method: 'GET', body, headers: { 'content-length': body.length } });
    } catch {
        // a reset is an acceptable answer
    }
    await assertServerAlive('a GET with a 10 MB body');
});

test('garbage request lines and malformed requests', async () => {
    // Not HTTP at all: the answer, if any, must be an error.
    const garbage = [
        'GARBAGE\r\n\r\n',
        '\x00\x01\x02\xff\xfe garbage \x7f\r\n\r\n',
        'GET\r\n\r\n',
        'GET /api/health HTTP/1.1\r\nthis is not a header\r\n\r\n',
        `GET /api/regions/${'A'.repeat(100000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
    ];
    // Broken in other ways: whatever the answer, the server must survive it.
    const malformed = [
        'GET / HTTP/9.9\r\n\r\n',
        'GET /api/health HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n',
        'GET /api/health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999\r\n\r\n',
        'GET /api/health HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n',
        `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(1 * MB)}\r\n\r\n`,
        'GET /api/observations?region=%ZZ%00%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
        'GET /api/regions/%00%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
        'GET /api/regions/GM0034 HTTP/1.1\r\nHost: localhost\r\n\r\nGET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n',
    ];
    for (const payload of [...garbage, ...malformed]) {
        const label = JSON.stringify(payload.length > 60 ? `${payload.slice(0, 60)}…` : payload);
        const { text } = await rawExchange(Buffer.from(payload, 'latin1'), { waitMs: 1000, endAfterWrite: true });
        const status = rawStatus(text);
        if (garbage.includes(payload)) {
            assert.ok(status === null || status >= 400, `${label}: expected an error status or a closed connection, got ${status}`);
        }
        await assertServerAlive(label);
    }
});

test('a client that stops half way does not block others', async () => {
    const idle = net.connect({ host: BASE_URL.hostname, port: Number(BASE_URL.port || 80) });
    idle.on('error', () => {});
    await new Promise((resolve) => idle.on('connect', resolve));
    idle.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n'); // headers never finished
    try {
        const started = Date.now();
        await assertServerAlive('a half-sent request on another connection');
        assert.ok(Date.now() - started < 2000, `/api/health took ${Date.now() - started} ms while another client idled`);
    } finally {
        idle.destroy();
    }
});

test('clients that hang up mid-response, and 40 parallel requests', async () => {
    for (let i = 0; i < 5; i++) {
        const socket = net.connect({ host: BASE_URL.hostname, port: Number(BASE_URL.port || 80) });
        socket.on('error', () => {});
        socket.on('connect', () => {
            socket.write('GET /api/observations?region=GM0034 HTTP/1.1\r\nHost: localhost\r\n\r\n');
            socket.destroy();
        });
    }
    const paths = ['/api/observations?region=GM0034', '/api/regions/WK003401/profile', '/api/regions', '/api/health'];
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => request(paths[i % paths.length])));
    for (const [i, res] of results.entries()) {
        assert.equal(res.status, 200, `parallel request ${i} ${paths[i % paths.length]}: ${res.status} ${res.text.slice(0, 200)}`);
        assert.equal(res.text, results[i % paths.length].text, `parallel request ${i} ${paths[i % paths.length]} differs`);
    }
    await assertServerAlive('parallel requests');
});
