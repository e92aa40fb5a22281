// Records a large collaboration over HTTP and times the portfolio and its export (see run).
import { performance } from 'node:perf_hooks';
import { adminSession, call, createOrganisation, createPerson, password, send, signIn } from '../../tests/http/lib/accounts.mjs';

const [activityCount, resultCount] = process.argv.slice(2).map(Number);
const ECHELONS = ['citizen_initiative', 'prevention', 'basic', 'intensive'];
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const admin = await adminSession();
const org = await createOrganisation(admin, 'Jeugdzorgregio Bench', 'youth_care_region');
const pw = password('bench');
const person = await createPerson(admin, { email: 'coordinator@bench.example', name: 'Coördinator', organisation_id: org.id, password: pw });
const a1 = await signIn(person.email, pw, 'coordinator');
const col = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
    as: a1, body: { name: 'Bench', theme: 'Jeugd', regions: ['GM0034'], period_start: '2024-01-01' },
})).json;
const base = `/api/collaborations/${col.id}`;
const ambition = (await call('/api/collaborations/{id}/ambitions', 'POST', `${base}/ambitions`, 201, {
    as: a1, body: { title: 'Gezond opgroeien', statement: '', agreed_on: '2024-02-01' },
})).json;
const results = [];
for (let i = 0; i < resultCount; i += 1) {
    results.push((await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `${base}/ambitions/${ambition.id}/results`, 201, {
        as: a1, body: { title: `Resultaat ${i}`, indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10, year: 2028 }, agreed_on: '2024-02-01' },
    })).json.id);
}
let started = performance.now();
for (let i = 0; i < activityCount; i += 1) {
    const links = Math.floor(random() * 4);
    const body = {
        name: `Activiteit ${String(i).padStart(5, '0')}`, echelon: ECHELONS[i % 4],
        results: Array.from({ length: links }, () => ({ result_id: results[Math.floor(random() * results.length)], reason: 'omdat het helpt' })),
        years: [2023, 2024, 2025].map((year) => ({ year, reach_planned: 10 + Math.floor(random() * 500), reach_actual: Math.floor(random() * 500), budget_planned: 1000 + Math.floor(random() * 200000), budget_spent: Math.floor(random() * 200000) })),
    };
    const res = await send('POST', `${base}/activities`, { as: a1, body });
    if (res.status !== 201) throw new Error(`activity ${i}: ${res.status} ${res.text.slice(0, 200)}`);
}
const recordMs = performance.now() - started;
console.log(`recorded ${activityCount} activities over HTTP in ${(recordMs / 1000).toFixed(1)} s (${(recordMs / activityCount).toFixed(1)} ms each)`);

async function time(path) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < 21; i += 1) {
        const t = performance.now();
        const res = await send('GET', path, { as: a1 });
        times.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
        bytes = res.bytes.length;
    }
    const [cold, ...warm] = times;
    warm.sort((x, y) => x - y);
    const p = (q) => warm[Math.min(warm.length - 1, Math.floor(q * warm.length))].toFixed(1);
    console.log(`GET ${path.replace(base, '/api/collaborations/{id}')}: first ${cold.toFixed(1)} ms, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, ${(bytes / 1024).toFixed(0)} KB uncompressed`);
}
await time(`${base}/portfolio`);
await time(`${base}/portfolio/export?format=xlsx`);
await time(`${base}/activities`);
