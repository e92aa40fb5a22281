// Administration in the browser (issue 15): an administrator creates an organisation and a person,
// links the person, and hands over a one-time link with which the person sets a password and then
// signs in. A used, replaced or made-up link is refused with a Dutch message; a non-administrator
// gets 403 everywhere. (Expiry after 24 hours is tested in tests/service/admin_test.cpp, which
// controls the clock.)
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn } from './lib/accounts.mjs';

let admin;
let org;
let other;

before(async () => {
    admin = await adminSession();
    org = await createOrganisation(admin, `Gemeente Beheertest ${SUFFIX}`, 'municipality', 'GM0034');
    other = await createOrganisation(admin, `Aanbieder Beheertest ${SUFFIX}`, 'provider');
});

const newAccount = async (label, organisation = org) => (await call('/api/admin/people', 'POST', '/api/admin/people', 201, {
    as: admin, body: { email: `${label}-${SUFFIX}@beheer.example`, name: `Persoon ${label}`, organisation_id: organisation.id },
})).json;

test('create an organisation, edit it, create a person in it, set the password through the link, sign in', async () => {
    const edited = (await call('/api/admin/organisations/{org_id}', 'PUT', `/api/admin/organisations/${org.id}`, 200, {
        as: admin, body: { name: `Gemeente Almere ${SUFFIX}`, kind: 'municipality', region: 'GM0034' },
    })).json;
    assert.equal(edited.name, `Gemeente Almere ${SUFFIX}`);
    const listed = (await call('/api/organisations', 'GET', '/api/organisations', 200, { as: admin })).json;
    assert.equal(listed.find((o) => o.id === org.id).name, `Gemeente Almere ${SUFFIX}`);

    const account = await newAccount('nieuw');
    assert.equal(account.person.organisation_id, org.id);
    assert.equal(account.person.active, true);
    assert.match(account.link.token, /^[0-9a-f]{64}$/);
    const expires = Date.parse(account.link.expires_at) - Date.now();
    assert.ok(expires > 23.9 * 3600e3 && expires <= 24 * 3600e3 + 1000, `the link expires in 24 hours, not ${expires} ms`);
    // No password yet: signing in fails whatever is tried.
    assert.equal((await send('POST', '/api/session', { body: { email: account.person.email, password: '' } })).status, 400);

    const info = (await call('/api/password-link/check', 'POST', '/api/password-link/check', 200, { body: { token: account.link.token } })).json;
    assert.deepEqual(info, { name: 'Persoon nieuw', email: account.person.email, expires_at: account.link.expires_at });
    const weak = await call('/api/password-link', 'POST', '/api/password-link', 400, { body: { token: account.link.token, password: 'kort' } });
    assert.equal(weak.json.error.field, 'password');
    const pw = password('nieuw');
    await call('/api/password-link', 'POST', '/api/password-link', 204, { body: { token: account.link.token, password: pw } });
    const session = await signIn(account.person.email, pw);
    assert.equal(session.session.organisation.id, org.id);

    // Every step is in the audit trail.
    const audit = (await call('/api/audit', 'GET', `/api/audit?object=${account.person.id}`, 200, { as: admin })).json;
    const seen = audit.map((r) => `${r.object_type}:${r.action}:${r.result}`);
    for (const want of ['person:create:ok', 'password_link:create:ok', 'password:update:ok']) assert.ok(seen.includes(want), `${want} in ${seen}`);
    const orgAudit = (await call('/api/audit', 'GET', `/api/audit?object=${org.id}`, 200, { as: admin })).json;
    assert.ok(orgAudit.some((r) => r.action === 'update' && r.object_type === 'organisation'));
    assert.ok(!JSON.stringify(audit).includes(account.link.token), 'the token is not in the audit trail');
});

test('a used, replaced or made-up link is refused with a Dutch message', async () => {
    const account = await newAccount('links');
    const first = account.link.token;
    const reset = (await call('/api/admin/people/{person_id}/password-link', 'POST', `/api/admin/people/${account.person.id}/password-link`, 201, { as: admin })).json;
    assert.notEqual(reset.token, first);
    const replaced = await call('/api/password-link', 'POST', '/api/password-link', 404, { body: { token: first, password: password('oud') } });
    assert.match(replaced.json.error.message, /onbekend of vervangen/);
    const madeUp = await call('/api/password-link/check', 'POST', '/api/password-link/check', 404, { body: { token: 'abc' } });
    assert.match(madeUp.json.error.message, /Vraag de beheerder om een nieuwe link/);
    const pw = password('links');
    await call('/api/password-link', 'POST', '/api/password-link', 204, { body: { token: reset.token, password: pw } });
    const used = await call('/api/password-link', 'POST', '/api/password-link', 409, { body: { token: reset.token, password: password('twee') } });
    assert.match(used.json.error.message, /al gebruikt/);
    const usedCheck = await call('/api/password-link/check', 'POST', '/api/password-link/check', 409, { body: { token: reset.token } });
    assert.equal(usedCheck.json.error.field, 'token');
    await signIn(account.person.email, pw); // the first password set still holds
});

test('a reset: the new password works, the old one and old sessions do not', async () => {
    const account = await newAccount('reset');
    const oldPw = password('reset-oud');
    await call('/api/password-link', 'POST', '/api/password-link', 204, { body: { token: account.link.token, password: oldPw } });
    const oldSession = await signIn(account.person.email, oldPw);
    const link = (await call('/api/admin/people/{person_id}/password-link', 'POST', `/api/admin/people/${account.person.id}/password-link`, 201, { as: admin })).json;
    const newPw = password('reset-nieuw');
    await call('/api/password-link', 'POST', '/api/password-link', 204, { body: { token: link.token, password: newPw } });
    assert.equal((await send('GET', '/api/session', { as: oldSession })).status, 401, 'the old session ended');
    assert.equal((await send('POST', '/api/session', { body: { email: account.person.email, password: oldPw } })).status, 401);
    await signIn(account.person.email, newPw);
});

test('change the organisation and role, switch an account off and on', async () => {
    const account = await newAccount('lid');
    const pw = password('lid');
    await call('/api/password-link', 'POST', '/api/password-link', 204, { body: { token: account.link.token, password: pw } });
    const session = await signIn(account.person.email, pw);
    const moved = (await call('/api/admin/people/{person_id}', 'PUT', `/api/admin/people/${account.person.id}`, 200, {
        as: admin, body: { name: 'Persoon lid', organisation_id: other.id, platform_admin: false, active: true },
    })).json;
    assert.equal(moved.organisation_id, other.id);
    assert.equal((await call('/api/session', 'GET', '/api/session', 200, { as: session })).json.organisation.id, other.id);
    const off = (await call('/api/admin/people/{person_id}', 'PUT', `/api/admin/people/${account.person.id}`, 200, {
        as: admin, body: { name: 'Persoon lid', organisation_id: other.id, platform_admin: false, active: false },
    })).json;
    assert.equal(off.active, false);
    assert.equal((await send('GET', '/api/session', { as: session })).status, 401, 'switching off ends the session');
    assert.equal((await send('POST', '/api/session', { body: { email: account.person.email, password: pw } })).status, 401);
    const noLink = await call('/api/admin/people/{person_id}/password-link', 'POST', `/api/admin/people/${account.person.id}/password-link`, 400, { as: admin });
    assert.equal(noLink.json.error.field, 'active');
    const people = (await call('/api/admin/people', 'GET', '/api/admin/people', 200, { as: admin })).json;
    assert.equal(people.find((p) => p.id === account.person.id).active, false);
    await call('/api/admin/people/{person_id}', 'PUT', `/api/admin/people/${account.person.id}`, 200, {
        as: admin, body: { name: 'Persoon lid', organisation_id: other.id, platform_admin: false, active: true },
    });
    await signIn(account.person.email, pw);
    // The administrator cannot lock themselves out.
    const self = await call('/api/admin/people/{person_id}', 'PUT', `/api/admin/people/${admin.session.person.id}`, 400, {
        as: admin, body: { name: admin.session.person.name, organisation_id: admin.session.person.organisation_id, platform_admin: true, active: false },
    });
    assert.equal(self.json.error.field, 'active');
});

test('a non-administrator gets 403 on every administration route and changes nothing', async () => {
    const pw = password('gewoon');
    const user = await createPerson(admin, { email: `gewoon-${SUFFIX}@beheer.example`, name: 'Gewone gebruiker', organisation_id: org.id, password: pw });
    const as = await signIn(user.email, pw);
    await call('/api/admin/people', 'GET', '/api/admin/people', 403, { as });
    await call('/api/admin/people', 'POST', '/api/admin/people', 403, { as, body: { email: `x-${SUFFIX}@beheer.example`, name: 'X', organisation_id: org.id } });
    await call('/api/admin/people/{person_id}', 'PUT', `/api/admin/people/${user.id}`, 403, { as, body: { name: 'X', organisation_id: org.id, platform_admin: true, active: true } });
    await call('/api/admin/people/{person_id}/password-link', 'POST', `/api/admin/people/${user.id}/password-link`, 403, { as });
    await call('/api/admin/organisations/{org_id}', 'PUT', `/api/admin/organisations/${org.id}`, 403, { as, body: { name: 'Overgenomen', kind: 'municipality' } });
    assert.equal((await call('/api/session', 'GET', '/api/session', 200, { as })).json.person.platform_admin, false);
    const organisations = (await call('/api/organisations', 'GET', '/api/organisations', 200, { as })).json;
    assert.notEqual(organisations.find((o) => o.id === org.id).name, 'Overgenomen');
    const denied = (await call('/api/audit', 'GET', `/api/audit?person=${user.id}`, 200, { as: admin })).json;
    assert.ok(denied.filter((r) => r.result === 'denied').length >= 5, 'each refusal is audited');
});
