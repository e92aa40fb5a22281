// Gzip: a large answer comes compressed when the client accepts it, and decompresses to the same
// JSON as the uncompressed answer; without Accept-Encoding it comes as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { BASE_URL, TIMEOUT_MS } from './lib/client.mjs';

function raw(path, headers = {}) {
    return new Promise((resolve, reject) => {
        const req = http.request(new URL(path, BASE_URL), { headers, agent: false, timeout: TIMEOUT_MS }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
        req.on('error', reject);
        req.end();
    });
}

test('a large answer is gzipped for a client that accepts it, and says so', async () => {
    const path = '/api/regions/GM0034/profile';
    const plain = await raw(path);
    assert.equal(plain.status, 200);
    assert.ok(plain.body.length >= 1024, `the profile should be large enough to compress (${plain.body.length} bytes)`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers.vary), /Accept-Encoding/);

    const zipped = await raw(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < plain.body.length / 2, `${zipped.body.length} of ${plain.body.length} bytes`);
    assert.deepEqual(JSON.parse(gunzipSync(zipped.body).toString('utf8')), JSON.parse(plain.body.toString('utf8')));

    const refused = await raw(path, { 'Accept-Encoding': 'gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.equal(refused.body.length, plain.body.length);
});
