// Issue 12: a provider records, next to its own outcome figures, its aanspreekpunt for the outcome
// conversation and its own improvement actions; the municipality sees both for the providers its
// outcome report names. A provider folded into "overige aanbieders" is not named in the report, so
// the municipality's view neither names it nor shows its notes: otherwise the notes would tell
// which small provider serves the municipality's residents. Other providers and other
// municipalities see nothing.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, send, signIn } from './lib/accounts.mjs';
import { randomBsn, sampleDelivery, trajectoryCsv } from './lib/trajectories.mjs';

const MUNICIPALITY = 'GM0597'; // used by no other test
let admin;
let large;
let small;
let municipal;
let other;

const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

async function provider(name, rows) {
    const org = await createOrganisation(admin, `${name} ${SUFFIX}`, 'provider', null, freshAgb());
    const pw = password(name);
    const person = await createPerson(admin, { email: `${name.toLowerCase().replaceAll(' ', '-')}-${SUFFIX}@notes.example`, name, organisation_id: org.id, password: pw });
    const session = await signIn(person.email, pw, name);
    await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 201, { as: session, body: { filename: 'trajecten.csv', content_base64: base64(trajectoryCsv(rows)) } });
    return { org, session, name: `${name} ${SUFFIX}` };
}

async function municipality(code, label) {
    const gemeente = await createOrganisation(admin, `Gemeente ${label} ${SUFFIX}`, 'municipality', code);
    const pw = password(label);
    const person = await createPerson(admin, { email: `${label}-${SUFFIX}@notes.example`, name: label, organisation_id: gemeente.id, password: pw });
    return signIn(person.email, pw, label);
}

before(async () => {
    admin = await adminSession();
    large = await provider('Aanbieder Noord', [...sampleDelivery(MUNICIPALITY), ...sampleDelivery(MUNICIPALITY)]);
    small = await provider('Aanbieder Zuid', [0, 1].map((i) => ({ bsn: randomBsn(), municipality: MUNICIPALITY, helpForm: '04', start: `2024-02-0${i + 1}`, end: `2025-01-1${i}` })));
    municipal = await municipality(MUNICIPALITY, 'notities');
    other = await municipality('GM0014', 'elders');
});

const notesPath = (org) => `/api/organisations/${org.id}/outcome-notes`;

test('a provider names its aanspreekpunt and records, changes and closes its own actions', async () => {
    const empty = (await call('/api/organisations/{org_id}/outcome-notes', 'GET', notesPath(large.org), 200, { as: large.session })).json;
    assert.equal(empty.contact, null);
    assert.deepEqual(empty.actions, []);
    assert.equal(empty.can_edit, true);

    const contact = { name: 'Ilse de Wit', role: 'Kwaliteitsfunctionaris', email: 'kwaliteit@noord.example', phone: '030 123 45 67' };
    const withContact = (await call('/api/organisations/{org_id}/outcome-contact', 'PUT', `/api/organisations/${large.org.id}/outcome-contact`, 200, { as: large.session, body: contact })).json;
    assert.equal(withContact.contact.name, 'Ilse de Wit');
    assert.equal(withContact.contact.email, 'kwaliteit@noord.example');
    assert.equal(withContact.contact.updated_by, 'Aanbieder Noord');

    const added = (await call('/api/organisations/{org_id}/outcome-actions', 'POST', `/api/organisations/${large.org.id}/outcome-actions`, 201, {
        as: large.session, body: { title: 'Eindgesprek bij elke afsluiting', description: 'Zo weten we waarom trajecten eindigen.', help_form: '02', due_on: '2020-01-31' },
    })).json;
    assert.equal(added.actions.length, 1);
    const action = added.actions[0];
    assert.match(action.id, /^pac_/);
    assert.equal(action.status, 'open');
    assert.equal(action.overdue, true, 'due in the past and still open');
    assert.equal(action.help_form, '02');

    const done = (await call('/api/organisations/{org_id}/outcome-actions/{action_id}', 'PUT', `/api/organisations/${large.org.id}/outcome-actions/${action.id}`, 200, {
        as: large.session, body: { title: action.title, description: action.description, help_form: '02', due_on: '2020-01-31', status: 'done' },
    })).json;
    assert.equal(done.actions[0].status, 'done');
    assert.equal(done.actions[0].overdue, false, 'a finished action is never overdue');
    await call('/api/organisations/{org_id}/outcome-actions', 'POST', `/api/organisations/${large.org.id}/outcome-actions`, 201, {
        as: large.session, body: { title: 'Wachttijd terugbrengen', due_on: '2099-06-30' },
    });

    // The changes are in the audit trail.
    const records = (await call('/api/audit', 'GET', `/api/audit?object=${action.id}`, 200, { as: admin })).json;
    assert.deepEqual(records.map((r) => [r.action, r.object_type]).sort(), [['create', 'provider_action'], ['update', 'provider_action']]);
});

test('bad input names the field and changes nothing', async () => {
    const path = `/api/organisations/${small.org.id}/outcome-contact`;
    for (const [body, field] of [[{ name: '' }, 'name'], [{ name: 'X', email: 'geen-adres' }, 'email']]) {
        const res = await call('/api/organisations/{org_id}/outcome-contact', 'PUT', path, 400, { as: small.session, body });
        assert.equal(res.json.error.field, field, JSON.stringify(body));
    }
    const actions = `/api/organisations/${small.org.id}/outcome-actions`;
    for (const [body, field] of [[{ title: '', due_on: '2027-01-01' }, 'title'], [{ title: 'X', due_on: '31-12-2027' }, 'due_on'], [{ title: 'X', due_on: '2027-01-01', help_form: '15' }, 'help_form']]) {
        const res = await call('/api/organisations/{org_id}/outcome-actions', 'POST', actions, 400, { as: small.session, body });
        assert.equal(res.json.error.field, field, JSON.stringify(body));
    }
    const notes = (await call('/api/organisations/{org_id}/outcome-notes', 'GET', notesPath(small.org), 200, { as: small.session })).json;
    assert.equal(notes.contact, null);
    assert.deepEqual(notes.actions, []);
});

test('another provider and a municipality can neither read nor change a provider\'s notes directly', async () => {
    for (const [who, session] of [['other provider', small.session], ['municipality', municipal]]) {
        await call('/api/organisations/{org_id}/outcome-notes', 'GET', notesPath(large.org), 404, { as: session });
        await call('/api/organisations/{org_id}/outcome-contact', 'PUT', `/api/organisations/${large.org.id}/outcome-contact`, 404, { as: session, body: { name: `AANVAL ${who}` } });
        await call('/api/organisations/{org_id}/outcome-actions', 'POST', `/api/organisations/${large.org.id}/outcome-actions`, 404, { as: session, body: { title: `AANVAL ${who}`, due_on: '2027-01-01' } });
    }
    const notes = (await call('/api/organisations/{org_id}/outcome-notes', 'GET', notesPath(large.org), 200, { as: large.session })).json;
    assert.equal(notes.contact.name, 'Ilse de Wit');
    assert.ok(!JSON.stringify(notes).includes('AANVAL'));
    // An action of one provider cannot be changed through another.
    const id = notes.actions[0].id;
    await call('/api/organisations/{org_id}/outcome-actions/{action_id}', 'PUT', `/api/organisations/${small.org.id}/outcome-actions/${id}`, 404, { as: small.session, body: { title: 'AANVAL', due_on: '2027-01-01' } });
});

test('the municipality sees the aanspreekpunt and actions of the providers its report names, and no others', async () => {
    // The small provider also records notes; it is folded into "overige aanbieders".
    await call('/api/organisations/{org_id}/outcome-contact', 'PUT', `/api/organisations/${small.org.id}/outcome-contact`, 200, { as: small.session, body: { name: 'Karel Klein-Geheim' } });
    const report = (await call('/api/outcomes/municipality/{code}', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}`, 200, { as: municipal })).json;
    const named = new Set(report.providers.map((p) => p.provider));
    assert.ok(named.has(large.org.agb), 'the large provider is named in the report');
    assert.ok(!named.has(small.org.agb), 'the small provider is folded into "overige aanbieders"');

    const res = await call('/api/outcomes/municipality/{code}/provider-notes', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}/provider-notes`, 200, { as: municipal });
    const view = res.json;
    assert.deepEqual(new Set(view.providers.map((p) => p.agb)), named, 'exactly the providers the report names');
    assert.ok(view.other_provider_count >= 1);
    const noord = view.providers.find((p) => p.agb === large.org.agb);
    assert.equal(noord.name, large.name);
    assert.equal(noord.notes.contact.name, 'Ilse de Wit');
    assert.deepEqual(noord.notes.actions.map((a) => a.title).sort(), ['Eindgesprek bij elke afsluiting', 'Wachttijd terugbrengen']);
    assert.equal(noord.notes.can_edit, false);
    for (const secret of ['Karel Klein-Geheim', small.name, small.org.agb, small.org.id]) {
        assert.ok(!res.text.includes(secret), `the folded provider is not named: ${secret}`);
    }

    // Another municipality and a provider may not see it; anonymous callers must sign in.
    await call('/api/outcomes/municipality/{code}/provider-notes', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}/provider-notes`, 403, { as: other });
    await call('/api/outcomes/municipality/{code}/provider-notes', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}/provider-notes`, 403, { as: large.session });
    const anonymous = await send('GET', `/api/outcomes/municipality/${MUNICIPALITY}/provider-notes`);
    assert.equal(anonymous.status, 401);
});
