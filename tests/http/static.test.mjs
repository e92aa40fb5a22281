// Static files: everything not under /api/ comes from web/dist; extensionless paths get
// index.html (the front-end routes them); nothing outside web/dist is ever served.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawExchange, rawStatus, request } from './lib/client.mjs';

const snippet = (text) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

test('GET / returns the HTML index', async () => {
    const res = await request('/');
    assert.equal(res.status, 200, `GET /: body:\n${snippet(res.text)}`);
    assert.match(res.contentType, /^text\/html\b/i, 'GET / Content-Type');
    assert.match(res.text, /<html|<!doctype html/i, 'GET / is not an HTML document');
});

test('GET /regio/WK003401 (no extension) returns the same index (SPA fallback)', async () => {
    const index = await request('/');
    for (const path of ['/regio/WK003401', '/regio/GM0034/profiel']) {
        const res = await request(path);
        assert.equal(res.status, 200, `GET ${path}: body:\n${snippet(res.text)}`);
        assert.match(res.contentType, /^text\/html\b/i, `GET ${path} Content-Type`);
        assert.ok(res.text === index.text, `GET ${path} differs from GET /:\n${snippet(res.text)}`);
    }
});

test('a missing file with an extension is 404, not the index', async () => {
    const res = await request('/assets/does-not-exist-4f9a.js');
    assert.equal(res.status, 404, `GET /assets/does-not-exist-4f9a.js: got ${res.status} ${res.contentType}\n${snippet(res.text)}`);
});

test('path traversal never leaves web/dist', async () => {
    // Sent raw: an HTTP client would normalise the dots away. The repository root is two levels
    // above web/dist, so its CMakeLists.txt would be the first thing to leak.
    const targets = [
        '/../../CMakeLists.txt', '/%2e%2e/%2e%2e/CMakeLists.txt', '/..%2f..%2fCMakeLists.txt',
        '/assets/../../../CMakeLists.txt', '/%2e%2e%2f%2e%2e%2fCMakeLists.txt',
        '/../../../../../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
        '/..\\..\\CMakeLists.txt',
    ];
    for (const target of targets) {
        const { text } = await rawExchange(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
        const status = rawStatus(text);
        assert.doesNotMatch(text, /cmake_minimum_required|project\s*\(|root:[^:\n]*:0:0:/i,
            `GET ${target} (status ${status}) leaked a file outside web/dist:\n${snippet(text)}`);
        if (status === 200) {
            assert.match(text, /content-type:\s*text\/html/i, `GET ${target}: 200 must at most be the index`);
        }
    }
});
