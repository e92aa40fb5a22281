// Signs in as the provider and uploads one trajectory file the way the web app does (JSON with the
// file as base64). Prints one JSON line: status, seconds, and the server's summary or error.
//   node upload.mjs BASE_URL EMAIL FILE      (the password comes from KOMPAS_BENCH_PASSWORD)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [base, email, file] = process.argv.slice(2);
const password = process.env.KOMPAS_BENCH_PASSWORD;
const origin = new URL(base).origin;
const signIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ email, password }),
});
if (signIn.status !== 200) {
    console.log(JSON.stringify({ status: signIn.status, error: `sign-in: ${await signIn.text()}` }));
    process.exit(1);
}
const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const { csrf_token: csrf } = await signIn.json();
const body = JSON.stringify({ filename: basename(file), content_base64: readFileSync(file).toString('base64') });
const started = performance.now();
const res = await fetch(`${base}/api/trajectories/uploads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, 'X-CSRF-Token': csrf, Cookie: cookie },
    body,
});
const seconds = (performance.now() - started) / 1000;
const text = await res.text();
let summary;
try { summary = JSON.parse(text); } catch { summary = text.slice(0, 500); }
console.log(JSON.stringify({ status: res.status, seconds, body_mb: body.length / 1e6, summary }));
process.exit(res.status === 201 ? 0 : 1);
