// A small HTTP client for the tests: one request per connection (no keep-alive sockets left
// behind), a timeout on every request, and error messages that show what the server said.
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { contract } from './openapi.mjs';

export const BASE_URL = new URL(process.env.KOMPAS_URL || 'http://127.0.0.1:18080');
export const TIMEOUT_MS = Number(process.env.KOMPAS_TIMEOUT_MS || 5000);

function snippet(text, max = 400) {
    return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

// GET (or another method) of a path with query, relative to KOMPAS_URL. Resolves to
// { status, headers, contentType, text, json } where json is undefined unless the body is JSON.
export function request(pathAndQuery, { method = 'GET', headers = {}, body } = {}) {
    const url = new URL(pathAndQuery, BASE_URL);
    return new Promise((resolve, reject) => {
        const req = http.request(url, { method, headers, agent: false, timeout: TIMEOUT_MS }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                const contentType = String(res.headers['content-type'] ?? '');
                let json;
                if (/^application\/json\b/i.test(contentType)) {
                    try {
                        json = JSON.parse(text);
                    } catch (error) {
                        reject(new assert.AssertionError({
                            message: `${method} ${pathAndQuery}: Content-Type is JSON but the body does not parse ` +
                                `(${error.message}):\n${snippet(text)}`,
                        }));
                        return;
                    }
                }
                resolve({ status: res.statusCode, headers: res.headers, contentType, text, json, bytes: Buffer.concat(chunks) });
            });
        });
        req.on('timeout', () => req.destroy(new Error(`${method} ${url} took longer than ${TIMEOUT_MS} ms`)));
        req.on('error', (error) => {
            if (error.code === 'ECONNREFUSED') {
                reject(new Error(`${method} ${pathAndQuery}: no Kompas server at ${BASE_URL.origin} ` +
                    `(is it running? set KOMPAS_URL): ${error.message}`, { cause: error }));
            } else {
                reject(error);
            }
        });
        req.end(body);
    });
}

// Requests `pathAndQuery`, asserts the status and a JSON content type, validates the body against
// the schema openapi.yaml documents for (template, GET, status), and returns the parsed body.
export async function expectJson(template, pathAndQuery, status = 200) {
    const res = await request(pathAndQuery);
    assert.equal(res.status, status,
        `GET ${pathAndQuery}: expected status ${status}, got ${res.status}; body:\n${snippet(res.text)}`);
    assert.match(res.contentType, /^application\/json\b/i,
        `GET ${pathAndQuery}: expected Content-Type application/json, got "${res.contentType}"`);
    contract().assertResponse(template, 'get', status, res.json, `GET ${pathAndQuery}`);
    return res.json;
}

// Asserts an error response: status, JSON Error body valid against the document, and the code.
export async function expectError(template, pathAndQuery, status, code) {
    const res = await request(pathAndQuery);
    assert.equal(res.status, status,
        `GET ${pathAndQuery}: expected status ${status}, got ${res.status}; body:\n${snippet(res.text)}`);
    assert.match(res.contentType, /^application\/json\b/i,
        `GET ${pathAndQuery}: an error must be JSON, got Content-Type "${res.contentType}"; body:\n${snippet(res.text)}`);
    if (template) {
        contract().assertResponse(template, 'get', status, res.json, `GET ${pathAndQuery}`);
    } else {
        contract().assertComponent('Error', res.json, `GET ${pathAndQuery} → ${status}`);
    }
    assert.equal(res.json.error.code, code, `GET ${pathAndQuery}: error.code; body:\n${snippet(res.text)}`);
    return res.json;
}

// Sends raw bytes on a fresh TCP connection and collects whatever comes back until the server
// closes the connection or `waitMs` passes. Never rejects on resets: a server may slam the door.
export function rawExchange(payload, { waitMs = 2000, endAfterWrite = false } = {}) {
    return new Promise((resolve) => {
        const socket = net.connect({ host: BASE_URL.hostname, port: Number(BASE_URL.port || 80) });
        const chunks = [];
        let error = null;
        let done = false;
        const finish = () => {
            if (done) return;
            done = true;
            clearTimeout(timer);
            socket.destroy();
            resolve({ text: Buffer.concat(chunks).toString('latin1'), error });
        };
        const timer = setTimeout(finish, waitMs);
        socket.on('data', (chunk) => chunks.push(chunk));
        socket.on('error', (e) => { error = e; finish(); });
        socket.on('close', finish);
        socket.on('connect', () => {
            const parts = Array.isArray(payload) ? payload : [payload];
            for (const part of parts) socket.write(part);
            if (endAfterWrite) socket.end();
        });
    });
}

// The status code of the first response in a raw exchange, or null.
export function rawStatus(text) {
    const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
    return m ? Number(m[1]) : null;
}

export function assertClose(actual, expected, label, tolerance = 1e-9) {
    assert.ok(typeof actual === 'number' && Math.abs(actual - expected) <= tolerance,
        `${label}: expected ${expected} (± ${tolerance}), got ${JSON.stringify(actual)}`);
}

export async function assertServerAlive(after) {
    let res;
    try {
        res = await request('/api/health');
    } catch (error) {
        assert.fail(`the server no longer answers /api/health after ${after}: ${error.message}`);
    }
    assert.equal(res.status, 200, `/api/health after ${after}: status ${res.status}; body:\n${snippet(res.text)}`);
}
