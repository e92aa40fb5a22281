// The profile endpoint at a fixed rate (open loop: latency counts from when a request was due),
// first for QUIET_S seconds alone, then for as long as an upload runs in another process.
//   node measure.mjs BASE_URL PATH RATE QUIET_S -- UPLOAD-COMMAND...
// Prints "quiet: ..." and "during upload: ..." lines (n, p50, p99, max in ms, errors) and the
// upload's own line.
import http from 'node:http';
import { spawn } from 'node:child_process';

const [base, path, rateText, quietText, sep, ...upload] = process.argv.slice(2);
if (sep !== '--' || upload.length === 0) throw new Error('usage: measure.mjs BASE PATH RATE QUIET_S -- CMD...');
const rate = Number(rateText);
const url = new URL(path, base);
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

function get() {
    return new Promise((resolve) => {
        const req = http.get({ host: url.hostname, port: url.port, path: url.pathname + url.search, agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode === 200));
        });
        req.on('error', () => resolve(false));
    });
}

// Sends at `rate` per second until stop() says so; returns the latencies and the error count.
async function probe(stop) {
    const latencies = [];
    let errors = 0;
    const pending = [];
    const start = performance.now();
    for (let i = 0; !stop(); i++) {
        const due = start + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        pending.push(get().then((ok) => { if (ok) latencies.push(performance.now() - due); else errors++; }));
    }
    await Promise.all(pending);
    return { latencies, errors };
}

function summary(label, { latencies, errors }) {
    const s = [...latencies].sort((a, b) => a - b);
    const at = (q) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN);
    const line = `${label}: n=${s.length} p50_ms=${at(0.5).toFixed(2)} p99_ms=${at(0.99).toFixed(2)} ` +
        `max_ms=${(s.at(-1) ?? NaN).toFixed(2)} errors=${errors}`;
    console.log(line);
    return at(0.99);
}

await probe(((end) => () => performance.now() > end)(performance.now() + 1000)); // warm-up
const quietEnd = performance.now() + Number(quietText) * 1000;
const quiet = summary('quiet', await probe(() => performance.now() > quietEnd));
let done = false;
let out = '';
const child = spawn(upload[0], upload.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.on('data', (d) => { out += d; });
const exited = new Promise((r) => child.on('exit', (code) => { done = true; r(code); }));
const during = summary('during upload', await probe(() => done));
const code = await exited;
console.log(`upload: ${out.trim()}`);
console.log(`profile p99: quiet ${quiet.toFixed(2)} ms, during the upload ${during.toFixed(2)} ms (exit ${code})`);
agent.destroy();
