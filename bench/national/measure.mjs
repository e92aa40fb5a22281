// Measures the outcome pages of a running Kompas the way a browser asks for them (gzip accepted):
// each request cold (the first after start, asked again while it is 503 with Retry-After), then
// WARM more times for p50 and p99. Signs in as the platform administrator, who may read every
// municipality's figures and the national funnel.
// Usage: node measure.mjs URL EMAIL PASSWORD YEAR small=GMxxxx rank100=GMxxxx ... > figures.json
// Prints one line per measured page to stderr and a JSON object of all figures to stdout.
import { client } from './http.mjs';

const [base, email, password, year, ...named] = process.argv.slice(2);
const WARM = Number(process.env.WARM || 20);
const { get, signIn, untilComputed } = client(base);

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const session = await signIn(email, password);

async function measure(label, path) {
    const cold = await untilComputed(path, session);
    const figure = { label, path, status: cold.status, cold_ms: cold.ms, cold_503: cold.waits, kb: cold.bytes / 1024 };
    if (cold.status === 200) {
        const warm = [];
        for (let i = 0; i < WARM; i += 1) warm.push((await get(path, { session })).ms);
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
