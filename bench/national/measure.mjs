// Measures the outcome pages of a running Kompas the way a browser asks for them (gzip accepted):
// each request cold (the first after start, asked again while it is 503 with Retry-After), then
// WARM more times for p50 and p99. Signs in as the platform administrator, who may read every
// municipality's figures and the national funnel.
// Usage: node measure.mjs URL EMAIL PASSWORD YEAR small=GMxxxx rank100=GMxxxx ... > figures.json
// Prints one line per measured page to stderr and a JSON object of all figures to stdout.
import http from 'node:http';

const [base, email, password, year, ...named] = process.argv.slice(2);
const WARM = Number(process.env.WARM || 20);
const TIMEOUT_MS = Number(process.env.TIMEOUT_S || 900) * 1000;
const url = new URL(base);

function get(path, { cookie, method = 'GET', body } = {}) {
    return new Promise((resolve) => {
        const started = process.hrtime.bigint();
        const headers = { 'Accept-Encoding': 'gzip', Origin: url.origin };
        if (cookie) headers.Cookie = cookie;
        if (body) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
        const req = http.request({ host: url.hostname, port: url.port, path, method, headers, timeout: TIMEOUT_MS }, (res) => {
            let bytes = 0;
            const chunks = [];
            res.on('data', (c) => { bytes += c.length; chunks.push(c); });
            res.on('end', () => resolve({
                status: res.statusCode, headers: res.headers, bytes, body: Buffer.concat(chunks),
                ms: Number(process.hrtime.bigint() - started) / 1e6,
            }));
        });
        req.on('timeout', () => { req.destroy(); resolve({ status: 0, bytes: 0, ms: TIMEOUT_MS, timeout: true }); });
        req.on('error', (e) => resolve({ status: 0, bytes: 0, ms: Number(process.hrtime.bigint() - started) / 1e6, error: e.message }));
        if (body) req.write(body);
        req.end();
    });
}

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const signIn = await get('/api/session', { method: 'POST', body: JSON.stringify({ email, password }) });
if (signIn.status !== 200) {
    console.error(`sign-in failed: ${signIn.status} ${signIn.body?.toString().slice(0, 200)}`);
    process.exit(1);
}
const cookie = String(signIn.headers['set-cookie']).match(/kompas_session=[^;]*/)[0];

// A page still being computed past the server's deadline (--compute-seconds) is 503 with
// Retry-After while the computation goes on: ask again, after Retry-After but at most 1 s later so
// that the cold figure stays the time until the page is there.
async function untilComputed(path) {
    const started = process.hrtime.bigint();
    let answer = await get(path, { cookie });
    let waits = 0;
    while (answer.status === 503 && answer.headers?.['retry-after'] && Number(process.hrtime.bigint() - started) / 1e6 < TIMEOUT_MS) {
        waits += 1;
        await new Promise((r) => setTimeout(r, Math.min(1000, Number(answer.headers['retry-after']) * 1000)));
        answer = await get(path, { cookie });
    }
    return { ...answer, ms: Number(process.hrtime.bigint() - started) / 1e6, waits };
}

async function measure(label, path) {
    const cold = await untilComputed(path);
    const figure = { label, path, status: cold.status, cold_ms: cold.ms, cold_503: cold.waits, kb: cold.bytes / 1024 };
    if (cold.status === 200) {
        const warm = [];
        for (let i = 0; i < WARM; i += 1) warm.push((await get(path, { cookie })).ms);
        figure.warm_p50_ms = percentile(warm, 50);
        figure.warm_p99_ms = percentile(warm, 99);
        figure.gzip = cold.headers['content-encoding'] === 'gzip';
    }
    const warmText = figure.warm_p50_ms === undefined ? (cold.timeout ? 'no answer' : `status ${cold.status}`)
        : `warm p50 ${figure.warm_p50_ms.toFixed(1)} ms, p99 ${figure.warm_p99_ms.toFixed(1)} ms`;
    console.error(`${label.padEnd(34)} cold ${cold.ms.toFixed(0).padStart(7)} ms${cold.waits ? ` (${cold.waits}x 503)` : ''}, ${warmText}, ` +
        `${figure.kb.toFixed(0)} KB${figure.gzip ? ' (gzip)' : ''}`);
    return figure;
}

const codes = Object.fromEntries(named.map((pair) => pair.split('=')));
const figures = {};
// The largest first: its cold figure is the first request after start.
for (const name of ['largest', 'rank30', 'rank100', 'small']) {
    if (!codes[name]) continue;
    figures[`report_${name}`] = await measure(`report ${name} (${codes[name]})`,
        `/api/outcomes/municipality/${codes[name]}?granularity=year`);
}
figures.funnel_national = await measure('national funnel', `/api/outcomes/funnel?indicator=planned&year=${year}`);
for (const name of ['largest', 'small']) {
    if (!codes[name]) continue;
    figures[`funnel_${name}`] = await measure(`funnel ${name} (${codes[name]})`,
        `/api/outcomes/funnel?indicator=planned&year=${year}&municipality=${codes[name]}`);
}
figures.report_largest_half_year = await measure(`report largest, half years`,
    `/api/outcomes/municipality/${codes.largest}?granularity=half_year`);
console.log(JSON.stringify(figures));
