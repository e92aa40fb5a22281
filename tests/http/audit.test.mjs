// The audit trail over HTTP (docs/dev/api.md): sign-ins, failed sign-ins, sign-outs and
// creations are recorded with who, what, the address and a hash; newest first; the filters work;
// and no password, session token or CSRF token ever appears in it. One failed sign-in here.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
    ADMIN, SUFFIX, adminSession, assertNotContains, call, createOrganisation, createPerson, password, send, signIn,
} from './lib/accounts.mjs';

const startedAt = new Date(Date.now() - 2000).toISOString().replace(/\.\d+Z$/, 'Z');
let admin;
let org;
let person;
let personSession;
const wrongPassword = `fout-${password('audit-wrong')}`;
const secrets = [];

async function audit(query = '') {
    return (await call('/api/audit', 'GET', `/api/audit${query}`, 200, { as: admin })).json;
}

before(async () => {
    admin = await adminSession();
    org = await createOrganisation(admin, `Audit-organisatie ${SUFFIX}`, 'youth_care_region');
    const pw = password('audit');
    person = { ...(await createPerson(admin, { email: `audit-${SUFFIX}@audit.example`, name: `Audit ${SUFFIX}`, organisation_id: org.id, password: pw })), password: pw };
    const failed = await send('POST', '/api/session', { body: { email: person.email, password: wrongPassword } });
    assert.equal(failed.status, 401);
    personSession = await signIn(person.email, pw, 'audit-person');
    const second = await signIn(person.email, pw, 'audit-person (2)');
    await call('/api/session', 'DELETE', '/api/session', 204, { as: second });
    secrets.push(ADMIN.password, pw, wrongPassword, admin.token, admin.csrf, personSession.token, personSession.csrf, second.token, second.csrf);
});

test('sign_in, sign_in_failed, sign_out and create are recorded with who, what and the address', async () => {
    const mine = await audit(`?person=${encodeURIComponent(person.id)}`);
    assert.ok(mine.length >= 3, `expected records of ${person.email}: ${JSON.stringify(mine)}`);
    for (const r of mine) assert.equal(r.person_id, person.id, `?person filter returned ${JSON.stringify(r)}`);
    const signIns = mine.filter((r) => r.action === 'sign_in' && r.result === 'ok');
    assert.ok(signIns.length >= 2, `sign_in records: ${JSON.stringify(mine)}`);
    for (const r of signIns) {
        assert.equal(r.person_email, person.email);
        assert.equal(r.organisation_id, org.id);
        assert.equal(r.remote, '127.0.0.1');
    }
    assert.ok(mine.some((r) => r.action === 'sign_out'), `no sign_out record: ${JSON.stringify(mine)}`);

    const all = await audit('?limit=1000');
    const failed = all.find((r) => r.action === 'sign_in_failed' && r.person_email === person.email);
    assert.ok(failed, `no sign_in_failed record with person_email ${person.email}`);
    assert.notEqual(failed.result, 'ok', 'a failed sign-in must not have result ok');
    assert.equal(failed.remote, '127.0.0.1');

    const orgRecords = await audit(`?object=${encodeURIComponent(org.id)}`);
    const created = orgRecords.find((r) => r.action === 'create');
    assert.ok(created, `no create record for ${org.id}: ${JSON.stringify(orgRecords)}`);
    for (const r of orgRecords) assert.equal(r.object_id, org.id, `?object filter returned ${JSON.stringify(r)}`);
    assert.equal(created.person_email, ADMIN.email);
    assert.equal(created.person_id, admin.session.person.id);
    assert.equal(created.result, 'ok');
    assert.equal(created.remote, '127.0.0.1');
    const personCreated = (await audit(`?object=${encodeURIComponent(person.id)}`)).find((r) => r.action === 'create');
    assert.ok(personCreated, `no create record for person ${person.id}`);
    assert.equal(personCreated.person_email, ADMIN.email);
});

test('newest first, hashes present, limit respected', async () => {
    const all = await audit('?limit=1000');
    assert.ok(all.length >= 5);
    for (let i = 1; i < all.length; i++) {
        assert.ok(all[i - 1].seq > all[i].seq, `not newest first at ${i}: seq ${all[i - 1].seq} then ${all[i].seq}`);
        assert.ok(all[i - 1].at >= all[i].at, `timestamps not descending at ${i}: ${all[i - 1].at} then ${all[i].at}`);
    }
    assert.equal(new Set(all.map((r) => r.hash)).size, all.length, 'every record has its own hash');
    const two = await audit('?limit=2');
    assert.equal(two.length, 2);
    assert.ok(two[0].seq > two[1].seq);
});

test('from and to filter by time', async () => {
    const orgRecord = (await audit(`?object=${encodeURIComponent(org.id)}`)).find((r) => r.action === 'create');
    const from = await audit(`?from=${encodeURIComponent(orgRecord.at)}&limit=1000`);
    assert.ok(from.length > 0 && from.some((r) => r.seq === orgRecord.seq), 'from=<at> must include the record at that moment');
    for (const r of from) assert.ok(r.at >= orgRecord.at, `from=${orgRecord.at} returned ${r.at}`);
    const to = await audit(`?to=${encodeURIComponent(startedAt)}&limit=1000`);
    for (const r of to) assert.ok(r.at <= startedAt, `to=${startedAt} returned ${r.at}`);
    assert.ok(!to.some((r) => r.object_id === org.id || r.person_id === person.id), 'to=<before this test> returned this test\'s records');
    const future = await audit(`?from=${encodeURIComponent('2199-01-01T00:00:00Z')}`);
    assert.deepEqual(future, []);
    const window = await audit(`?person=${encodeURIComponent(person.id)}&from=${encodeURIComponent(startedAt)}&to=${encodeURIComponent('2199-01-01T00:00:00Z')}`);
    assert.ok(window.length >= 3 && window.every((r) => r.person_id === person.id));
    await call('/api/audit', 'GET', '/api/audit?from=gisteren', 400, { as: admin });
});

test('the audit trail never contains a password, a session token or a CSRF token', async () => {
    const res = await call('/api/audit', 'GET', '/api/audit?limit=1000', 200, { as: admin });
    assertNotContains(res.text, secrets, 'GET /api/audit');
});

test('only a platform administrator may read it', async () => {
    const res = await call('/api/audit', 'GET', '/api/audit', 403, { as: personSession });
    assert.equal(res.json.error.code, 'forbidden');
    await call('/api/audit', 'GET', '/api/audit', 401);
});
