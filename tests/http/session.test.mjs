// Sessions (docs/dev/api.md): the cookie's attributes and entropy, sign-out that really
// ends the session on the server, one answer for a wrong password and an unknown account, and
// the per-account throttle. Failed sign-ins here: 2 + 5 (+1 refused by the throttle) from
// 127.0.0.1, well inside the per-address limit of 20 per 15 minutes (see README.md).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
    ADMIN, COOKIE, SUFFIX, adminSession, assertNotContains, call, createOrganisation, createPerson, password,
    send, sessionCookieValue, setCookies, signIn, validate,
} from './lib/accounts.mjs';

let org;
const people = {};

before(async () => {
    const admin = await adminSession();
    org = await createOrganisation(admin, `Sessie-organisatie ${SUFFIX}`, 'provider');
    for (const key of ['s1', 't1']) {
        const pw = password(key);
        const person = await createPerson(admin, {
            email: `${key}-${SUFFIX}@sessie.example`, name: `Sessie ${key} ${SUFFIX}`, organisation_id: org.id, password: pw,
        });
        people[key] = { ...person, password: pw };
    }
});

describe('POST /api/session (sign in)', () => {
    test('sets an HttpOnly, SameSite=Strict, Path=/ cookie with Max-Age ≤ 12 h and no Secure on http', async () => {
        const { res } = await signIn(people.s1.email, people.s1.password);
        const line = setCookies(res).find((l) => new RegExp(`^\\s*${COOKIE}=`).test(l));
        assert.ok(line, `no ${COOKIE} cookie: ${JSON.stringify(setCookies(res))}`);
        const attrs = line.split(';').slice(1).map((a) => a.trim());
        const lower = attrs.map((a) => a.toLowerCase());
        assert.ok(lower.includes('httponly'), `HttpOnly missing: ${line}`);
        assert.ok(lower.includes('samesite=strict'), `SameSite=Strict missing: ${line}`);
        assert.ok(lower.includes('path=/'), `Path=/ missing: ${line}`);
        assert.ok(!lower.includes('secure'), `Secure on plain http would stop the browser from sending it: ${line}`);
        assert.ok(!lower.some((a) => a.startsWith('domain=')), `no Domain attribute expected: ${line}`);
        const maxAge = lower.find((a) => a.startsWith('max-age='));
        assert.ok(maxAge, `Max-Age missing: ${line}`);
        const seconds = Number(maxAge.slice('max-age='.length));
        assert.ok(Number.isInteger(seconds) && seconds > 0 && seconds <= 43200, `Max-Age must be in (0, 43200]: ${line}`);
    });

    test('the token has at least 128 bits and a second sign-in gets a different one', async () => {
        const first = await signIn(people.s1.email, people.s1.password);
        const second = await signIn(people.s1.email, people.s1.password);
        for (const { token } of [first, second]) {
            assert.ok(/^[A-Za-z0-9_-]{22,}$/.test(token) || /^[0-9a-f]{32,}$/i.test(token),
                `token ${JSON.stringify(token)} is not ≥ 22 base64url or ≥ 32 hex characters`);
        }
        assert.notEqual(first.token, second.token, 'two sign-ins must not share a token');
        assert.notEqual(first.csrf, second.csrf, 'two sessions must not share a CSRF token');
        assert.notEqual(first.csrf, first.token, 'the CSRF token must not be the session token');
    });

    test('the answer never contains the password', async () => {
        const { res } = await signIn(people.s1.email, people.s1.password);
        assertNotContains(res.text, [people.s1.password], 'POST /api/session body');
        assertNotContains(JSON.stringify(res.headers), [people.s1.password], 'POST /api/session headers');
    });

    test('a wrong password and an unknown e-mail address get the same 401 and the same body', async () => {
        const wrongPw = `${people.s1.password}-fout`;
        const wrong = await send('POST', '/api/session', { body: { email: people.s1.email, password: wrongPw } });
        const unknown = await send('POST', '/api/session', { body: { email: `niemand-${SUFFIX}@sessie.example`, password: wrongPw } });
        assert.equal(wrong.status, 401, `wrong password: ${wrong.status} ${wrong.text}`);
        assert.equal(unknown.status, 401, `unknown e-mail: ${unknown.status} ${unknown.text}`);
        validate('/api/session', 'POST', wrong, 'wrong password');
        validate('/api/session', 'POST', unknown, 'unknown e-mail');
        assert.equal(wrong.json.error.code, 'unauthenticated');
        assert.equal(unknown.text, wrong.text, 'the bodies must be identical (no account enumeration)');
        assert.equal(sessionCookieValue(wrong) || '', '', 'a failed sign-in must not set a session');
        assertNotContains(wrong.text, [wrongPw, people.s1.password], 'failed sign-in body');
    });

    test('after 5 failures for one account the 6th attempt is 429, even with the right password', async () => {
        const t1 = people.t1;
        for (let i = 1; i <= 5; i++) {
            const res = await send('POST', '/api/session', { body: { email: t1.email, password: `${t1.password}-fout-${i}` } });
            assert.equal(res.status, 401, `failure ${i}: expected 401, got ${res.status}: ${res.text}`);
        }
        const res = await send('POST', '/api/session', { body: { email: t1.email, password: t1.password } });
        assert.equal(res.status, 429, `6th attempt with the right password: expected 429, got ${res.status}: ${res.text}`);
        validate('/api/session', 'POST', res, 'throttled sign-in');
        assert.equal(res.json.error.code, 'rate_limited');
        const retry = Number(res.headers['retry-after']);
        assert.ok(Number.isInteger(retry) && retry > 0 && retry <= 900, `Retry-After: ${res.headers['retry-after']}`);
        assert.equal(sessionCookieValue(res) || '', '', 'a throttled sign-in must not set a session');
        // Another account from the same address still signs in (per-account, not global).
        await signIn(people.s1.email, people.s1.password);
    });
});

describe('GET and DELETE /api/session', () => {
    test('GET returns the Session of the cookie; 401 without or with a made-up cookie', async () => {
        const s = await signIn(people.s1.email, people.s1.password);
        const res = await call('/api/session', 'GET', '/api/session', 200, { as: s });
        assert.equal(res.json.person.email, people.s1.email);
        assert.equal(res.json.person.id, people.s1.id);
        assert.equal(res.json.organisation.id, org.id);
        assert.equal(res.json.csrf_token, s.csrf);
        const now = Date.now();
        const idle = Date.parse(res.json.idle_expires_at);
        const absolute = Date.parse(res.json.absolute_expires_at);
        assert.ok(idle > now - 60e3 && idle <= now + 30 * 60e3 + 60e3, `idle_expires_at ${res.json.idle_expires_at} is not within 30 min`);
        assert.ok(absolute >= idle - 1000 && absolute <= now + 12 * 3600e3 + 60e3, `absolute_expires_at ${res.json.absolute_expires_at} is not within 12 h`);
        assertNotContains(res.text, [people.s1.password, s.token], 'GET /api/session');

        const none = await call('/api/session', 'GET', '/api/session', 401);
        assert.equal(none.json.error.code, 'unauthenticated');
        await call('/api/session', 'GET', '/api/session', 401, { as: { token: 'A'.repeat(43) } });
        await call('/api/session', 'GET', '/api/session', 401, { as: { token: s.token.slice(0, -1) } });
    });

    test('DELETE ends the session on the server: the old cookie then gets 401', async () => {
        const s = await signIn(people.s1.email, people.s1.password);
        const other = await signIn(people.s1.email, people.s1.password);
        await call('/api/session', 'GET', '/api/session', 200, { as: s });
        await call('/api/session', 'DELETE', '/api/session', 204, { as: s });
        // The browser would drop the cookie; a stolen copy must not work any more either.
        await call('/api/session', 'GET', '/api/session', 401, { as: s });
        await call('/api/organisations', 'GET', '/api/organisations', 401, { as: s });
        await call('/api/collaborations', 'POST', '/api/collaborations', 401, {
            as: s, body: { name: `Na uitloggen ${SUFFIX}`, theme: 't', regions: ['GM0034'], period_start: '2026-01-01' },
        });
        await call('/api/session', 'DELETE', '/api/session', 401, { as: s });
        // Signing out one session leaves another one of the same person alone.
        await call('/api/session', 'GET', '/api/session', 200, { as: other });
    });
});

test('the administrator account of the test setup can sign in', async () => {
    const admin = await signIn(ADMIN.email, ADMIN.password, 'admin');
    assert.equal(admin.session.person.platform_admin, true, 'KOMPAS_ADMIN_EMAIL must be a platform administrator');
});
