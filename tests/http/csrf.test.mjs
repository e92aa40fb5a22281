// Cross-site request forgery defences (docs/dev/api.md): every POST/PUT/PATCH/DELETE needs
// Content-Type application/json (415), an Origin equal to the server's own (403) and, except
// sign-in, the session's X-CSRF-Token (403). A refused request must have no effect.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
    ORIGIN, SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn, validate,
} from './lib/accounts.mjs';

let me; // a coordinator of its own collaboration
let other; // a second session of the same person (its CSRF token must not work for `me`)
let collab;
let person;

before(async () => {
    const admin = await adminSession();
    const org = await createOrganisation(admin, `CSRF-gemeente ${SUFFIX}`, 'municipality', 'GM0034');
    const pw = password('csrf');
    person = { ...(await createPerson(admin, { email: `csrf-${SUFFIX}@csrf.example`, name: `CSRF ${SUFFIX}`, organisation_id: org.id, password: pw })), password: pw };
    me = await signIn(person.email, pw, 'csrf-person');
    other = await signIn(person.email, pw, 'csrf-person (2)');
    const res = await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: me, body: { name: `CSRF-samenwerking ${SUFFIX}`, theme: 'Veiligheid', regions: ['GM0034'], period_start: '2026-01-01' },
    });
    collab = res.json;
});

function flip(token) {
    const last = token.at(-1);
    return token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

// The refusals every state-changing request must get, each as [label, options, status].
function refusals(session) {
    return [
        ['without Origin', { origin: null }, 403],
        ['with a foreign Origin', { origin: 'https://evil.example' }, 403],
        ['with Origin "null"', { origin: 'null' }, 403],
        ['with the right host on another scheme', { origin: `https://${new URL(ORIGIN).host}` }, 403],
        ['with a look-alike Origin', { origin: `${ORIGIN}.evil.example` }, 403],
        ['without X-CSRF-Token', { csrf: null }, 403],
        ['with an empty X-CSRF-Token', { csrf: '' }, 403],
        ['with a wrong X-CSRF-Token', { csrf: flip(session.csrf) }, 403],
        ["with another session's X-CSRF-Token", { csrf: other.csrf }, 403],
        ['with the session token as X-CSRF-Token', { csrf: session.token }, 403],
        ['with Content-Type text/plain', { contentType: 'text/plain' }, 415],
        ['with Content-Type application/x-www-form-urlencoded', { contentType: 'application/x-www-form-urlencoded' }, 415],
        ['with Content-Type multipart/form-data', { contentType: 'multipart/form-data; boundary=x' }, 415],
        ['without Content-Type', { contentType: null }, 415],
    ];
}

async function expectRefusals(template, method, path, body, session) {
    const failures = [];
    for (const [label, options, status] of refusals(session)) {
        const b = typeof body === 'function' ? body(label) : body;
        const res = await send(method, path, { as: session, body: b, ...options });
        if (res.status !== status) {
            failures.push(`${method} ${path} ${label}: expected ${status}, got ${res.status} ${res.text.slice(0, 200)}`);
            continue;
        }
        validate(template, method, res, `${method} ${path} ${label}`);
    }
    assert.deepEqual(failures, [], 'CSRF defences');
}

describe('state-changing requests need JSON, the same Origin and the CSRF token', () => {
    test('POST /api/collaborations', async () => {
        const name = (label) => `Vervalst ${label} ${SUFFIX}`;
        await expectRefusals('/api/collaborations', 'POST', '/api/collaborations',
            (label) => ({ name: name(label), theme: 'x', regions: ['GM0034'], period_start: '2026-01-01' }), me);
        const ok = await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
            as: me, body: { name: `Echt ${SUFFIX}`, theme: 'x', regions: ['GM0034'], period_start: '2026-01-01' },
        });
        assert.equal(ok.json.my_role, 'coordinator');
        // None of the refused requests created anything.
        const list = await call('/api/collaborations', 'GET', '/api/collaborations', 200, { as: me });
        const forged = list.json.filter((c) => c.name.startsWith('Vervalst '));
        assert.deepEqual(forged.map((c) => c.name), [], 'a refused request created a collaboration');
    });

    test('PUT /api/collaborations/{id}/agreements', async () => {
        const path = `/api/collaborations/${collab.id}/agreements`;
        const agreements = (text) => ({
            coordination: text, decision_making: '', funding: '', staffing: '', monitoring: '', monitoring_frequency: '', joining_and_leaving: '',
        });
        await expectRefusals('/api/collaborations/{id}/agreements', 'PUT', path, (label) => agreements(`vervalst ${label}`), me);
        let detail = await call('/api/collaborations/{id}', 'GET', `/api/collaborations/${collab.id}`, 200, { as: me });
        assert.equal(detail.json.agreements.coordination, '', 'a refused request changed the agreements');
        await call('/api/collaborations/{id}/agreements', 'PUT', path, 200, { as: me, body: agreements(`echt ${SUFFIX}`) });
        detail = await call('/api/collaborations/{id}', 'GET', `/api/collaborations/${collab.id}`, 200, { as: me });
        assert.equal(detail.json.agreements.coordination, `echt ${SUFFIX}`);
    });

    test('POST /api/session (sign-in needs JSON and the same Origin, but no CSRF token)', async () => {
        const body = { email: person.email, password: person.password };
        for (const [label, options, status] of [
            ['without Origin', { origin: null }, 403],
            ['with a foreign Origin', { origin: 'https://evil.example' }, 403],
            ['with Content-Type text/plain', { contentType: 'text/plain' }, 415],
            ['with Content-Type application/x-www-form-urlencoded', { contentType: 'application/x-www-form-urlencoded' }, 415],
        ]) {
            const res = await send('POST', '/api/session', { body, ...options });
            assert.equal(res.status, status, `POST /api/session ${label}: expected ${status}, got ${res.status} ${res.text}`);
            validate('/api/session', 'POST', res, `POST /api/session ${label}`);
            assert.equal(res.headers['set-cookie'], undefined, `POST /api/session ${label} must not set a cookie`);
        }
        await signIn(person.email, person.password, 'sign-in without X-CSRF-Token');
    });

    test('DELETE /api/session (last: it ends the session)', async () => {
        await expectRefusals('/api/session', 'DELETE', '/api/session', undefined, me);
        await call('/api/session', 'GET', '/api/session', 200, { as: me }); // still signed in
        await call('/api/session', 'DELETE', '/api/session', 204, { as: me });
        await call('/api/session', 'GET', '/api/session', 401, { as: me });
    });
});
