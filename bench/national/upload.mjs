// Uploads two deliveries of one provider (delivery.py) to a running Kompas over HTTP, as that
// provider would, and measures the first request after each: the largest municipality's report
// after the first, the national funnel after the second (each asked again while it is 503 with
// Retry-After), then WARM more requests of each. The administrator makes the provider's
// organisation and account first.
// Usage: node upload.mjs URL EMAIL PASSWORD YEAR AGB LARGEST DELIVERY1.csv DELIVERY2.csv > figures.json
// Prints one line per step to stderr and a JSON object of the figures to stdout.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { client, TIMEOUT_MS } from './http.mjs';

const [base, email, password, year, agb, largest, ...deliveries] = process.argv.slice(2);
const WARM = Number(process.env.WARM || 20);
const { get, signIn, untilComputed } = client(base);
const admin = await signIn(email, password);

async function post(path, session, body, expected) {
    const res = await get(path, { session, method: 'POST', body: JSON.stringify(body) });
    if (res.status !== expected) {
        console.error(`POST ${path}: expected ${expected}, got ${res.status} ${res.body?.toString().slice(0, 300)}`);
        process.exit(1);
    }
    return { ...res, json: JSON.parse(res.body) };
}

const organisation = (await post('/api/organisations', admin, { name: `Aanbieder ${agb}`, kind: 'provider', agb }, 201)).json;
const providerPassword = randomBytes(12).toString('hex');
const providerEmail = `aanbieder-${agb}@bench.example`;
await post('/api/people', admin, { email: providerEmail, name: 'Aanbieder', organisation_id: organisation.id, password: providerPassword }, 201);
const provider = await signIn(providerEmail, providerPassword);

function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// Whether an answer says its figures are of before the last upload (`updating`).
function updating(answer) {
    return JSON.parse(answer.body).updating === true;
}

async function afterUpload(file, label, path) {
    const content = readFileSync(file);
    const upload = await post('/api/trajectories/uploads', provider,
        { filename: basename(file), content_base64: content.toString('base64') }, 201);
    const answered = process.hrtime.bigint();
    const cold = await untilComputed(path, admin);
    const warm = [];
    for (let i = 0; i < WARM && cold.status === 200; i += 1) warm.push((await get(path, { session: admin })).ms);
    // Until the page holds the upload: asked every 100 ms.
    let last = cold;
    while (last.status === 200 && updating(last) && Number(process.hrtime.bigint() - answered) / 1e6 < TIMEOUT_MS) {
        await new Promise((r) => setTimeout(r, 100));
        last = await untilComputed(path, admin);
    }
    const figure = {
        file: basename(file), kb: content.length / 1024, upload_ms: upload.ms, summary: upload.json,
        label, status: cold.status, cold_ms: cold.ms, cold_503: cold.waits, cold_updating: cold.status === 200 && updating(cold),
        warm_p50_ms: warm.length ? percentile(warm, 50) : undefined, warm_p99_ms: warm.length ? percentile(warm, 99) : undefined,
        published_ms: Number(process.hrtime.bigint() - answered) / 1e6,
    };
    console.error(`upload ${figure.file} (${figure.kb.toFixed(0)} KB): ${upload.ms.toFixed(0)} ms until it answered; ` +
        `${label}: cold ${cold.ms.toFixed(0)} ms${cold.waits ? ` (${cold.waits}x 503)` : ''}` +
        `${figure.cold_updating ? ' (figures of before the upload)' : ''}` +
        (warm.length ? `, warm p50 ${figure.warm_p50_ms.toFixed(1)} ms, p99 ${figure.warm_p99_ms.toFixed(1)} ms` : `, status ${cold.status}`) +
        `; the page holds the upload ${figure.published_ms.toFixed(0)} ms after the upload answered`);
    console.error(`  summary: ${JSON.stringify(upload.json)}`);
    return figure;
}

const figures = {
    largest: await afterUpload(deliveries[0], `report largest (${largest})`, `/api/outcomes/municipality/${largest}?granularity=year`),
    funnel: await afterUpload(deliveries[1], 'national funnel', `/api/outcomes/funnel?indicator=planned&year=${year}`),
};
console.log(JSON.stringify(figures));
