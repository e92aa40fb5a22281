// Block 4 on the provider side (tag quality in openapi.yaml): a provider's quality conditions, a
// contract lot's overview and the effectiveness questions. Who may do what is walked in
// access.test.mjs; this file checks what the answers say: who confirmed and when, the evidence
// checks (400 naming the field), the overview's order by name and its marks for missing and
// out-of-date evidence, the recorded answers, and the audit trail.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, send, signIn, validate } from './lib/accounts.mjs';

const today = () => new Date().toISOString().slice(0, 10);
const yearsAgo = (n) => `${Number(today().slice(0, 4)) - n}${today().slice(4)}`;
const quality = (org) => `/api/organisations/${org}/quality`;
const base = (id) => `/api/collaborations/${id}`;

let admin;
let a1; // coordinator (municipality GM0034)
let p1; // provider Zorg Zuid
let p2; // provider Aanbieder Aa (sorts first by name)
let o1; // provider outside the collaboration
const orgs = {};
const people = {};
let C; // CollaborationDetail
let LOT; // ContractLot

before(async () => {
    admin = await adminSession();
    orgs.A = await createOrganisation(admin, `Gemeente Q ${SUFFIX}`, 'municipality', 'GM0034');
    orgs.P1 = await createOrganisation(admin, `Zorg Zuid ${SUFFIX}`, 'provider', null, freshAgb());
    orgs.P2 = await createOrganisation(admin, `Aanbieder Aa ${SUFFIX}`, 'provider', null, freshAgb());
    orgs.O = await createOrganisation(admin, `Buiten ${SUFFIX}`, 'provider', null, freshAgb());
    const sessions = {};
    for (const [key, org] of [['a1', 'A'], ['p1', 'P1'], ['p2', 'P2'], ['o1', 'O']]) {
        const pw = password(key);
        people[key] = await createPerson(admin, { email: `q${key}-${SUFFIX}@quality.example`, name: `Persoon ${key} ${SUFFIX}`, organisation_id: orgs[org].id, password: pw });
        sessions[key] = await signIn(people[key].email, pw, key);
    }
    ({ a1, p1, p2, o1 } = sessions);
    C = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: a1, body: { name: `Inkoop ${SUFFIX}`, theme: 'Jeugdhulp', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    for (const org of [orgs.P1, orgs.P2]) {
        await call('/api/collaborations/{id}/partners', 'POST', `${base(C.id)}/partners`, 201, { as: a1, body: { organisation_id: org.id, role: 'partner' } });
    }
});

describe("a provider's own quality record", () => {
    test('starts with all ten conditions unknown; the provider may edit it', async () => {
        const record = (await call('/api/organisations/{org_id}/quality', 'GET', quality(orgs.P1.id), 200, { as: p1 })).json;
        assert.equal(record.conditions.length, 10);
        assert.equal(record.can_edit, true);
        assert.equal(record.organisation_name, orgs.P1.name);
        assert.deepEqual(record.conditions.map((c) => c.condition), [
            'guidelines', 'registered_professionals', 'reflection', 'effective_interventions', 'shared_decisions',
            'client_council', 'confidential_adviser', 'complaints_procedure', 'reporting_code', 'quality_system',
        ]);
        assert.ok(record.conditions.every((c) => c.status === 'unknown' && c.confirmed_by === null && c.confirmed_on === null));
    });

    test('the server records who confirmed it and when; a figure with its unit', async () => {
        const record = (await call('/api/organisations/{org_id}/quality/{condition}', 'PUT', `${quality(orgs.P1.id)}/registered_professionals`, 200, {
            as: p1, body: { status: 'partly', note: 'Twee collega\'s staan nog niet in het register', link: 'https://example.nl/skj', figure: { value: 87.5, unit: '%' } },
        })).json;
        const c = record.conditions.find((x) => x.condition === 'registered_professionals');
        assert.equal(c.status, 'partly');
        assert.deepEqual(c.figure, { value: 87.5, unit: '%' });
        assert.equal(c.link, 'https://example.nl/skj');
        assert.equal(c.confirmed_by, people.p1.name);
        assert.equal(c.confirmed_on, today());
        await call('/api/organisations/{org_id}/quality/{condition}', 'PUT', `${quality(orgs.P1.id)}/reporting_code`, 200, {
            as: p1, body: { status: 'met', note: 'Meldcode vastgesteld door de directie' },
        });
        await call('/api/organisations/{org_id}/quality/{condition}', 'PUT', `${quality(orgs.P1.id)}/client_council`, 200, {
            as: p1, body: { status: 'met', note: 'Cliëntenraad sinds 2019', confirmed_on: yearsAgo(2) },
        });
    });

    test('400 naming the field for evidence that does not hold', async () => {
        const cases = [
            ['onbekend', { status: 'met' }, 'condition'],
            ['reporting_code', { status: 'ja' }, 'status'],
            ['reporting_code', { status: 'met', link: 'javascript:alert(1)' }, 'link'],
            ['registered_professionals', { status: 'met', figure: { value: 120, unit: '%' } }, 'figure'],
            ['reflection', { status: 'met', figure: { value: 4 } }, 'figure'],
            ['reporting_code', { status: 'met', confirmed_on: `${Number(today().slice(0, 4)) + 1}-01-01` }, 'confirmed_on'],
        ];
        for (const [condition, body, field] of cases) {
            const res = await call('/api/organisations/{org_id}/quality/{condition}', 'PUT', `${quality(orgs.P1.id)}/${condition}`, 400, { as: p1, body });
            assert.equal(res.json.error.field, field, `${condition} ${JSON.stringify(body)}: ${res.text}`);
        }
    });

    test('a partner of a shared collaboration reads but may not change it; an outsider finds nothing', async () => {
        const read = (await call('/api/organisations/{org_id}/quality', 'GET', quality(orgs.P1.id), 200, { as: a1 })).json;
        assert.equal(read.can_edit, false);
        assert.equal(read.conditions.find((c) => c.condition === 'reporting_code').status, 'met');
        await call('/api/organisations/{org_id}/quality/{condition}', 'PUT', `${quality(orgs.P1.id)}/reporting_code`, 403, { as: p2, body: { status: 'not' } });
        const hidden = await call('/api/organisations/{org_id}/quality', 'GET', quality(orgs.P1.id), 404, { as: o1 });
        assert.ok(!hidden.text.includes('Meldcode'), 'the 404 leaked the record');
        await call('/api/organisations/{org_id}/quality/{condition}', 'PUT', `${quality(orgs.P1.id)}/reporting_code`, 404, { as: o1, body: { status: 'not' } });
        // A municipality has no quality record.
        await call('/api/organisations/{org_id}/quality', 'GET', quality(orgs.A.id), 404, { as: admin });
    });

    test('changes are audited as provider_condition, refusals as denied', async () => {
        const records = (await call('/api/audit', 'GET', `/api/audit?object=${orgs.P1.id}/reporting_code`, 200, { as: admin })).json;
        assert.ok(records.some((r) => r.object_type === 'provider_condition' && r.result === 'ok' && r.person_id === people.p1.id), JSON.stringify(records).slice(0, 400));
        assert.ok(records.some((r) => r.object_type === 'provider_condition' && r.result === 'denied' && r.person_id === people.p2.id), 'the refused change by p2 is not audited');
    });
});

describe('a contract lot and its overview', () => {
    test('the coordinator creates it; providers must be provider partners', async () => {
        const body = {
            name: `Perceel ambulant ${SUFFIX}`, description: 'Ambulante jeugdhulp in de wijk',
            required: ['reporting_code', 'client_council', 'quality_system'], providers: [orgs.P1.id, orgs.P2.id],
        };
        await call('/api/collaborations/{id}/lots', 'POST', `${base(C.id)}/lots`, 403, { as: p1, body });
        const bad = await call('/api/collaborations/{id}/lots', 'POST', `${base(C.id)}/lots`, 400, { as: a1, body: { ...body, providers: [orgs.O.id] } });
        assert.equal(bad.json.error.field, 'providers');
        const empty = await call('/api/collaborations/{id}/lots', 'POST', `${base(C.id)}/lots`, 400, { as: a1, body: { ...body, required: [] } });
        assert.equal(empty.json.error.field, 'required');
        LOT = (await call('/api/collaborations/{id}/lots', 'POST', `${base(C.id)}/lots`, 201, { as: a1, body })).json;
        assert.deepEqual(LOT.required, body.required);
        assert.deepEqual(LOT.providers, body.providers);
    });

    test('the overview: providers by name, status per required condition, missing and out-of-date evidence marked', async () => {
        const overview = (await call('/api/collaborations/{id}/lots/{lot_id}', 'GET', `${base(C.id)}/lots/${LOT.id}`, 200, { as: p2 })).json;
        assert.equal(overview.horizon_months, 12);
        assert.equal(overview.as_of, today());
        assert.equal(overview.horizon_date, yearsAgo(1));
        assert.deepEqual(overview.providers.map((p) => p.organisation_id), [orgs.P2.id, orgs.P1.id], 'by name, not in the order given');
        const zuid = overview.providers[1].cells;
        assert.deepEqual(zuid.map((c) => c.condition), ['reporting_code', 'client_council', 'quality_system']);
        assert.deepEqual(zuid.map((c) => [c.status, c.evidence_missing, c.out_of_date]), [
            ['met', false, false], ['met', false, true], ['unknown', true, false],
        ]);
        assert.ok(overview.providers[0].cells.every((c) => c.status === 'unknown' && c.evidence_missing));
    });

    test('the coordinator changes it; others may not', async () => {
        const body = { name: `Perceel ambulant ${SUFFIX} (herzien)`, required: ['quality_system'], providers: [orgs.P1.id] };
        await call('/api/collaborations/{id}/lots/{lot_id}', 'PUT', `${base(C.id)}/lots/${LOT.id}`, 403, { as: p2, body });
        const changed = (await call('/api/collaborations/{id}/lots/{lot_id}', 'PUT', `${base(C.id)}/lots/${LOT.id}`, 200, { as: a1, body })).json;
        assert.equal(changed.name, body.name);
        assert.equal(changed.description, '', 'an omitted description is empty');
        const list = (await call('/api/collaborations/{id}/lots', 'GET', `${base(C.id)}/lots`, 200, { as: p1 })).json;
        assert.deepEqual(list.map((l) => [l.id, l.providers]), [[LOT.id, [orgs.P1.id]]]);
        await call('/api/collaborations/{id}/lots/{lot_id}', 'GET', `${base(C.id)}/lots/lot_onbekend`, 404, { as: a1 });
        await call('/api/collaborations/{id}/lots/{lot_id}', 'GET', `${base(C.id)}/lots/${LOT.id}`, 404, { as: o1 });
    });
});

describe('the four effectiveness questions', () => {
    test('one conversation per provider partner, by name, with every question', async () => {
        const list = (await call('/api/collaborations/{id}/effectiveness', 'GET', `${base(C.id)}/effectiveness`, 200, { as: a1 })).json;
        assert.deepEqual(list.map((c) => c.organisation_id), [orgs.P2.id, orgs.P1.id]);
        assert.deepEqual(list[1].answers.map((a) => a.question), ['contribution', 'monitoring', 'improvement', 'knowledge_sharing']);
        assert.equal(list[1].agb, orgs.P1.agb);
        assert.deepEqual(list[1].municipalities, ['GM0034']);
    });

    test('coordinator and partners record answers; the server records who', async () => {
        const path = `${base(C.id)}/effectiveness/${orgs.P1.id}/monitoring`;
        const talk = (await call('/api/collaborations/{id}/effectiveness/{org_id}/{question}', 'PUT', path, 200, {
            as: a1, body: { answer: 'Zorg Zuid meet uitval en doelrealisatie per product', evidence: 'Jaarverslag', answered_on: '2026-10-01' },
        })).json;
        assert.deepEqual(talk.answers[1], {
            question: 'monitoring', answer: 'Zorg Zuid meet uitval en doelrealisatie per product', evidence: 'Jaarverslag',
            answered_on: '2026-10-01', recorded_by: people.a1.name,
        });
        const own = (await call('/api/collaborations/{id}/effectiveness/{org_id}/{question}', 'PUT', `${base(C.id)}/effectiveness/${orgs.P1.id}/knowledge_sharing`, 200, {
            as: p1, body: { answer: 'We delen in de regionale werkplaats' },
        })).json;
        assert.equal(own.answers[3].recorded_by, people.p1.name);
        assert.equal(own.answers[3].answered_on, today());
        const bad = await call('/api/collaborations/{id}/effectiveness/{org_id}/{question}', 'PUT', `${base(C.id)}/effectiveness/${orgs.P1.id}/vijfde`, 400, { as: a1, body: { answer: 'x' } });
        assert.equal(bad.json.error.field, 'question');
        await call('/api/collaborations/{id}/effectiveness/{org_id}/{question}', 'PUT', `${base(C.id)}/effectiveness/${orgs.O.id}/monitoring`, 404, { as: a1, body: { answer: 'x' } });
        await call('/api/collaborations/{id}/effectiveness/{org_id}/{question}', 'PUT', path, 404, { as: o1, body: { answer: 'x' } });
        const res = await send('GET', `${base(C.id)}/effectiveness/${orgs.P1.id}`, { as: o1 });
        validate('/api/collaborations/{id}/effectiveness/{org_id}', 'get', res, 'outsider');
        assert.equal(res.status, 404);
        assert.ok(!res.text.includes('uitval'), 'the 404 leaked an answer');
    });
});
