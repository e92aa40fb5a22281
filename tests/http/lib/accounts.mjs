// Helpers for the account, session and collaboration tests (docs/dev/api.md): sign in,
// send a state-changing request the way the web app does (JSON, same Origin, X-CSRF-Token), and
// validate whatever comes back against openapi.yaml.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { BASE_URL, request } from './client.mjs';
import { contract } from './openapi.mjs';

export const ORIGIN = BASE_URL.origin; // "http://127.0.0.1:PORT": what the server must accept
export const COOKIE = 'kompas_session';
export const ADMIN = {
    email: process.env.KOMPAS_ADMIN_EMAIL || 'beheer@kompas.local',
    password: process.env.KOMPAS_ADMIN_PASSWORD || 'beheer-wachtwoord-2026!',
};
// Unique per run, so the suite can run again on the same database.
export const SUFFIX = `${Date.now()}${randomBytes(2).toString('hex')}`;

// A password that passes the policy (12–128 characters, not common) and is unique per run.
export function password(label) {
    return `Pw-${label}-${SUFFIX}-${randomBytes(6).toString('hex')}`;
}

function snippet(text, max = 400) {
    return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

// Sends METHOD path. For POST/PUT/PATCH/DELETE it adds, unless overridden with null:
// Content-Type: application/json, Origin: ORIGIN and X-CSRF-Token: the session's csrf_token.
// `as` is a session ({ token, csrf }) or null for anonymous.
export async function send(method, path, { as = null, body, origin = ORIGIN, csrf, contentType = 'application/json', headers = {} } = {}) {
    const h = { ...headers };
    const changing = method !== 'GET' && method !== 'HEAD';
    if (as?.token) h.Cookie = `${COOKIE}=${as.token}`;
    if (changing) {
        if (contentType !== null) h['Content-Type'] = contentType;
        if (origin !== null) h.Origin = origin;
        const token = csrf === undefined ? as?.csrf : csrf;
        if (token !== null && token !== undefined) h['X-CSRF-Token'] = token;
    }
    let payload = body;
    if (payload !== undefined && typeof payload !== 'string') payload = JSON.stringify(payload);
    if (changing && payload === undefined && method !== 'DELETE') payload = '{}';
    if (payload !== undefined) h['Content-Length'] = Buffer.byteLength(payload);
    return request(path, { method, headers: h, body: payload });
}

// Validates a response against the document for its status (a status the document does not
// list for the operation fails).
export function validate(template, method, res, label) {
    contract().assertAnyResponse(template, method.toLowerCase(), res.status, res, label);
}

// Sends, asserts the status, validates the body, returns the response.
export async function call(template, method, path, status, options = {}) {
    const res = await send(method, path, options);
    const label = `${method} ${path}${options.as?.label ? ` as ${options.as.label}` : ''}`;
    assert.equal(res.status, status, `${label}: expected ${status}, got ${res.status}; body:\n${snippet(res.text)}`);
    validate(template, method, res, label);
    return res;
}

export function setCookies(res) {
    const raw = res.headers['set-cookie'];
    return Array.isArray(raw) ? raw : raw ? [raw] : [];
}

// The value of the session cookie a response sets, or undefined.
export function sessionCookieValue(res) {
    for (const line of setCookies(res)) {
        const m = /^\s*(?:__Host-)?kompas_session=([^;]*)/.exec(line);
        if (m) return m[1];
    }
    return undefined;
}

// Signs in; returns { token, csrf, session, res, label }. Asserts 200 and the Session schema.
export async function signIn(email, pw, label = email) {
    const res = await send('POST', '/api/session', { body: { email, password: pw } });
    assert.equal(res.status, 200, `sign-in of ${email}: expected 200, got ${res.status}; body:\n${snippet(res.text)}`);
    validate('/api/session', 'POST', res, `POST /api/session (${label})`);
    const token = sessionCookieValue(res);
    assert.ok(token, `sign-in of ${email}: no ${COOKIE} cookie in Set-Cookie: ${JSON.stringify(setCookies(res))}`);
    return { token, csrf: res.json.csrf_token, session: res.json, res, label };
}

export async function adminSession() {
    return signIn(ADMIN.email, ADMIN.password, 'admin');
}

// A fresh AGB code (8 digits) for a provider made by a test; unique within one server's database.
export function freshAgb() {
    return String(10000000 + (randomBytes(4).readUInt32BE(0) % 90000000));
}

export async function createOrganisation(admin, name, kind, region = null, agb = null) {
    const body = region ? { name, kind, region } : { name, kind };
    if (agb) body.agb = agb;
    const res = await call('/api/organisations', 'POST', '/api/organisations', 201, { as: admin, body });
    return res.json;
}

export async function createPerson(admin, { email, name, organisation_id, password: pw, platform_admin }) {
    const body = { email, name, organisation_id, password: pw };
    if (platform_admin !== undefined) body.platform_admin = platform_admin;
    const res = await call('/api/people', 'POST', '/api/people', 201, { as: admin, body });
    return res.json;
}

export const ELEMENTS = ['shared_horizon', 'partner_interest', 'results_achieved', 'organisation', 'relations_and_trust', 'leadership'];

export function responseBody(score, comment, signed = false) {
    return {
        scores: ELEMENTS.map((element, i) => (comment && i === 0 ? { element, score, comment } : { element, score })),
        signed,
    };
}

// Fails with a readable message if `text` contains any of the needles.
export function assertNotContains(text, needles, label) {
    const found = needles.filter((n) => n && text.includes(n));
    assert.deepEqual(found, [], `${label}: the response contains what it must not: ${found.join(', ')}\nbody: ${snippet(text)}`);
}
