// Improvement actions (tag actions in openapi.yaml, block 6). Who may do what for every route is
// walked in access.test.mjs; this file checks the flow (create with an owner, status changes with
// notes and their history, overdue, "mine"), the ?status= filter, the 400s that name the field,
// and attackers: a partner of another collaboration cannot make itself owner nor link this
// collaboration's result or activity, and a viewer cannot change the status.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn, validate } from './lib/accounts.mjs';

const base = (id) => `/api/collaborations/${id}`;
const people = {}; // a1 coordinator (A), b1 partner (B), b2 colleague at B, c1 viewer (C), d1 other collaboration (D)
const s = {};
let X; // the collaboration
let Z; // d1's own collaboration
let RES;
let ACT;

before(async () => {
    const admin = await adminSession();
    const orgs = {
        A: await createOrganisation(admin, `Gemeente V ${SUFFIX}`, 'municipality', 'GM0034'),
        B: await createOrganisation(admin, `Aanbieder V ${SUFFIX}`, 'provider'),
        C: await createOrganisation(admin, `Kijker V ${SUFFIX}`, 'knowledge_institute'),
        D: await createOrganisation(admin, `Elders V ${SUFFIX}`, 'provider'),
    };
    for (const [key, org] of [['a1', 'A'], ['b1', 'B'], ['b2', 'B'], ['c1', 'C'], ['d1', 'D']]) {
        const pw = password(`acn-${key}`);
        people[key] = await createPerson(admin, { email: `acn-${key}-${SUFFIX}@actions.example`, name: `Persoon ${key} ${SUFFIX}`, organisation_id: orgs[org].id, password: pw });
        s[key] = await signIn(people[key].email, pw, key);
    }
    X = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: s.a1, body: { name: `Verbeteren ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    for (const [org, role] of [['B', 'partner'], ['C', 'viewer']]) {
        await call('/api/collaborations/{id}/partners', 'POST', `${base(X.id)}/partners`, 201, { as: s.a1, body: { organisation_id: orgs[org].id, role } });
    }
    const AMB = (await call('/api/collaborations/{id}/ambitions', 'POST', `${base(X.id)}/ambitions`, 201, {
        as: s.a1, body: { title: `Gezond opgroeien ${SUFFIX}`, statement: '', agreed_on: '2026-11-24' },
    })).json;
    RES = (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `${base(X.id)}/ambitions/${AMB.id}/results`, 201, {
        as: s.a1, body: { title: `Minder jeugdzorg ${SUFFIX}`, indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10, year: 2028 }, agreed_on: '2026-11-24' },
    })).json;
    ACT = (await call('/api/collaborations/{id}/activities', 'POST', `${base(X.id)}/activities`, 201, { as: s.b1, body: { name: `Panel ${SUFFIX}`, echelon: 'basic' } })).json;
    Z = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: s.d1, body: { name: `Elders ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
});

test('a partner records an action with an owner; status changes keep a history; the owner sees it in "mine"', async () => {
    const owners = (await call('/api/collaborations/{id}/action-owners', 'GET', `${base(X.id)}/action-owners`, 200, { as: s.c1 })).json;
    assert.deepEqual(owners.map((o) => o.person_id).sort(), [people.a1.id, people.b1.id, people.b2.id].sort(), 'the viewer organisation C and outsider D are no candidates');
    const created = (await call('/api/collaborations/{id}/actions', 'POST', `${base(X.id)}/actions`, 201, {
        as: s.b1,
        body: { title: `Cliëntenpanel betrekken ${SUFFIX}`, description: 'Na het gesprek', owner_person_id: people.b2.id, due_on: '2099-01-01', result_id: RES.id, activity_id: ACT.id, indicator: 'PercentageJongerenMetJeugdzorg', region: 'gm0034' },
    })).json;
    assert.equal(created.owner_name, people.b2.name);
    assert.equal(created.owner_organisation, `Aanbieder V ${SUFFIX}`);
    assert.equal(created.status, 'open');
    assert.equal(created.overdue, false);
    assert.equal(created.region, 'GM0034');
    assert.deepEqual(created.history.map((h) => [h.status, h.changed_by]), [['open', people.b1.name]]);
    // The viewer may not move it; the owner may.
    const refused = await send('POST', `${base(X.id)}/actions/${created.id}/status`, { as: s.c1, body: { status: 'done', note: 'kijker' } });
    assert.equal(refused.status, 403);
    validate('/api/collaborations/{id}/actions/{action_id}/status', 'post', refused, 'viewer status');
    const moved = (await call('/api/collaborations/{id}/actions/{action_id}/status', 'POST', `${base(X.id)}/actions/${created.id}/status`, 200, {
        as: s.b2, body: { status: 'in_progress', note: 'Eerste panel op 12 januari' },
    })).json;
    assert.equal(moved.status, 'in_progress');
    assert.deepEqual(moved.history.map((h) => [h.status, h.note, h.changed_by]),
        [['open', '', people.b1.name], ['in_progress', 'Eerste panel op 12 januari', people.b2.name]]);
    const mine = (await call('/api/actions/mine', 'GET', '/api/actions/mine', 200, { as: s.b2 })).json;
    assert.deepEqual(mine.map((a) => a.id), [created.id]);
    assert.equal(mine[0].collaboration_name, X.name);
    const none = (await call('/api/actions/mine', 'GET', '/api/actions/mine', 200, { as: s.b1 })).json;
    assert.deepEqual(none, [], 'b1 recorded it but does not own it');
    // The coordinator edits; the partner may not.
    const put = await send('PUT', `${base(X.id)}/actions/${created.id}`, { as: s.b1, body: { title: 'anders', owner_person_id: people.b1.id, due_on: '2099-01-01' } });
    assert.equal(put.status, 403);
    const edited = (await call('/api/collaborations/{id}/actions/{action_id}', 'PUT', `${base(X.id)}/actions/${created.id}`, 200, {
        as: s.a1, body: { title: `Cliëntenpanel ${SUFFIX}`, owner_person_id: people.b2.id, due_on: '2099-02-01' },
    })).json;
    assert.equal(edited.status, 'in_progress', 'editing keeps the status');
    assert.equal(edited.result_id, null);
});

test('overdue: due before today and still open; ?status= filters; "mine" puts overdue first', async () => {
    const make = async (title, due) => (await call('/api/collaborations/{id}/actions', 'POST', `${base(X.id)}/actions`, 201, {
        as: s.a1, body: { title, owner_person_id: people.a1.id, due_on: due },
    })).json;
    const late = await make('Te laat', '2020-01-01');
    const later = await make('Later', '2099-01-01');
    const done = await make('Al gedaan', '2020-01-01');
    await call('/api/collaborations/{id}/actions/{action_id}/status', 'POST', `${base(X.id)}/actions/${done.id}/status`, 200, { as: s.a1, body: { status: 'done' } });
    assert.equal(late.overdue, true);
    const list = (await call('/api/collaborations/{id}/actions', 'GET', `${base(X.id)}/actions`, 200, { as: s.c1 })).json;
    const byId = Object.fromEntries(list.map((a) => [a.id, a]));
    assert.equal(byId[late.id].overdue, true);
    assert.equal(byId[later.id].overdue, false);
    assert.equal(byId[done.id].overdue, false, 'a done action is never overdue');
    const onlyDone = (await call('/api/collaborations/{id}/actions', 'GET', `${base(X.id)}/actions?status=done`, 200, { as: s.c1 })).json;
    assert.deepEqual(onlyDone.map((a) => a.id), [done.id]);
    const bad = await send('GET', `${base(X.id)}/actions?status=klaar`, { as: s.c1 });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.field, 'status');
    const mine = (await call('/api/actions/mine', 'GET', '/api/actions/mine', 200, { as: s.a1 })).json;
    assert.deepEqual(mine.map((a) => a.id), [late.id, later.id, done.id]);
    await call('/api/collaborations/{id}/actions/{action_id}', 'DELETE', `${base(X.id)}/actions/${done.id}`, 204, { as: s.a1 });
    await call('/api/collaborations/{id}/actions/{action_id}', 'GET', `${base(X.id)}/actions/${done.id}`, 404, { as: s.a1 });
});

test('an attacker from another collaboration cannot make itself owner nor link this collaboration', async () => {
    // d1 is no partner of X: X is not found for it.
    const into = await send('POST', `${base(X.id)}/actions`, { as: s.d1, body: { title: 'ik', owner_person_id: people.d1.id, due_on: '2026-12-31' } });
    assert.equal(into.status, 404);
    // On its own collaboration Z it cannot name X's people, result or activity.
    for (const [extra, field] of [[{ owner_person_id: people.b1.id }, 'owner_person_id'], [{ result_id: RES.id }, 'result_id'], [{ activity_id: ACT.id }, 'activity_id']]) {
        const res = await send('POST', `${base(Z.id)}/actions`, { as: s.d1, body: { title: 'x', owner_person_id: people.d1.id, due_on: '2026-12-31', ...extra } });
        assert.equal(res.status, 400, `${field}: ${res.text.slice(0, 200)}`);
        validate('/api/collaborations/{id}/actions', 'post', res, field);
        assert.equal(res.json.error.field, field);
    }
    // Nor can a partner of X make the outsider the owner.
    const owner = await send('POST', `${base(X.id)}/actions`, { as: s.b1, body: { title: 'x', owner_person_id: people.d1.id, due_on: '2026-12-31' } });
    assert.equal(owner.status, 400);
    assert.equal(owner.json.error.field, 'owner_person_id');
});

test('bad input names the field', async () => {
    const cases = [
        [{ owner_person_id: people.b1.id, due_on: '2026-12-31' }, 'title'],
        [{ title: 'x', due_on: '2026-12-31' }, 'owner_person_id'],
        [{ title: 'x', owner_person_id: people.b1.id, due_on: '31-12-2026' }, 'due_on'],
        [{ title: 'x', owner_person_id: people.b1.id, due_on: '2026-12-31', indicator: 'BestaatNiet', region: 'GM0034' }, 'indicator'],
        [{ title: 'x', owner_person_id: people.b1.id, due_on: '2026-12-31', indicator: 'PercentageJongerenMetJeugdzorg', region: 'GM9999' }, 'region'],
        [{ title: 'x', owner_person_id: people.b1.id, due_on: '2026-12-31', organisation_id: 'org_bestaatniet' }, 'organisation_id'],
    ];
    for (const [body, field] of cases) {
        const res = await send('POST', `${base(X.id)}/actions`, { as: s.a1, body });
        assert.equal(res.status, 400, `${field}: ${res.text.slice(0, 200)}`);
        validate('/api/collaborations/{id}/actions', 'post', res, field);
        assert.equal(res.json.error.field, field);
    }
    const list = (await call('/api/collaborations/{id}/actions', 'GET', `${base(X.id)}/actions`, 200, { as: s.a1 })).json;
    const status = await send('POST', `${base(X.id)}/actions/${list[0].id}/status`, { as: s.a1, body: { status: 'klaar' } });
    assert.equal(status.status, 400);
    assert.equal(status.json.error.field, 'status');
});
