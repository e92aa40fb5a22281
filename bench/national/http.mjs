// HTTP for the bench scripts (measure.mjs, upload.mjs): requests the way a browser sends them (gzip
// accepted, same Origin, the session's CSRF token), timed.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

export const TIMEOUT_MS = Number(process.env.TIMEOUT_S || 900) * 1000;

// A client of the server at `base`: get(path, {session, method, body}) resolves to
// { status, headers, bytes, body, ms } (status 0 on a timeout or a broken connection): `bytes` as
// transferred, `body` unzipped.
export function client(base) {
    const url = new URL(base);
    function get(path, { session, method = 'GET', body } = {}) {
        return new Promise((resolve) => {
            const started = process.hrtime.bigint();
            const headers = { 'Accept-Encoding': 'gzip', Origin: url.origin };
            if (session) {
                headers.Cookie = session.cookie;
                if (method !== 'GET') headers['X-CSRF-Token'] = session.csrf;
            }
            if (body) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
            const req = http.request({ host: url.hostname, port: url.port, path, method, headers, timeout: TIMEOUT_MS }, (res) => {
                let bytes = 0;
                const chunks = [];
                res.on('data', (c) => { bytes += c.length; chunks.push(c); });
                res.on('end', () => {
                    const ms = Number(process.hrtime.bigint() - started) / 1e6;
                    const raw = Buffer.concat(chunks);
                    const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
                    resolve({ status: res.statusCode, headers: res.headers, bytes, body, ms });
                });
            });
            req.on('timeout', () => { req.destroy(); resolve({ status: 0, bytes: 0, ms: TIMEOUT_MS, timeout: true }); });
            req.on('error', (e) => resolve({ status: 0, bytes: 0, ms: Number(process.hrtime.bigint() - started) / 1e6, error: e.message }));
            if (body) req.write(body);
            req.end();
        });
    }

    // Signs in; returns { cookie, csrf }, or exits with the server's answer.
    async function signIn(email, password) {
        const res = await get('/api/session', { method: 'POST', body: JSON.stringify({ email, password }) });
        if (res.status !== 200) {
            console.error(`sign-in of ${email} failed: ${res.status} ${res.body?.toString().slice(0, 200)}`);
            process.exit(1);
        }
        return { cookie: String(res.headers['set-cookie']).match(/kompas_session=[^;]*/)[0], csrf: JSON.parse(res.body).csrf_token };
    }

    // A page still being computed past the server's deadline (--compute-seconds) is 503 with
    // Retry-After while the computation goes on: ask again, after Retry-After but at most 1 s later
    // so that the figure stays the time until the page is there.
    async function untilComputed(path, session) {
        const started = process.hrtime.bigint();
        let answer = await get(path, { session });
        let waits = 0;
        while (answer.status === 503 && answer.headers?.['retry-after'] && Number(process.hrtime.bigint() - started) / 1e6 < TIMEOUT_MS) {
            waits += 1;
            await new Promise((r) => setTimeout(r, Math.min(1000, Number(answer.headers['retry-after']) * 1000)));
            answer = await get(path, { session });
        }
        return { ...answer, ms: Number(process.hrtime.bigint() - started) / 1e6, waits };
    }

    return { get, signIn, untilComputed };
}
