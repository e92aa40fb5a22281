// THE ACCESS-CONTROL WALK (docs/dev/api.md). A collaboration X with secret markers is set
// up between organisations A (coordinator), B (partner), C (viewer) and a person partner y1; D is
// an outsider. Then EVERY operation in openapi.yaml (so a new route is walked automatically) is
// called as every role, and the status, the schema for that status and the absence of leaks are
// checked. A failing role prints a table of (route, role, status, expected).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
    ADMIN, ELEMENTS, SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, responseBody,
    send, signIn, validate,
} from './lib/accounts.mjs';
import { contract } from './lib/openapi.mjs';
import { sampleDelivery, trajectoryCsv } from './lib/trajectories.mjs';

const c = contract();
const MARKER = `GEHEIM-${SUFFIX}`;
const COMMENT = `OPMERKING-${MARKER}-van-b1`;
const OWN = `walk_own_${SUFFIX}`; // an own indicator, uploaded by the administrator in before()
const ORDER = ['anonymous', 'outsider', 'admin', 'viewer', 'partner', 'person', 'coordinator'];

const orgs = {}; // A, B, C, D, E
const people = {}; // a1, b1, c1, d1, y1 (with .password)
const sessions = {}; // role -> session
const roleOf = { coordinator: 'a1', partner: 'b1', viewer: 'c1', outsider: 'd1', person: 'y1' };
let X; // CollaborationDetail
const partners = {}; // A, B, C, y1 -> Partner
let R; // the EvaluationRound
let AMB; // an Ambition of X with a marker
let RES; // a SocietalResult under AMB
let SIG; // a Signal of X by b1 with a marker
let ACT; // an Activity of X recorded by b1 (partner B owns it), with a marker
let LOT; // a ContractLot of X (block 4) with a marker, contracting B
let IOC; // an IntermediateOutcome of X with a marker (block 3A)
let ASM; // an Assumption of X held by A, with a marker (block 3A)
let ACN; // an improvement action of X recorded by b1, owned by y1, with a marker (block 6)
let DLG; // a quality dialogue of X with a marker, RES on its agenda, and ANS (b1's explanation) on that item (block 6)
let ANS;
let FUQ; // a follow-up question of X by b1 with a marker
let PAC; // an own improvement action of provider B on its outcomes, recorded by b1, with a marker
const state = { addedPartnerId: null, addedAmbitionId: null, addedResultId: null, addedActivity: {}, addedAssumptionId: null, addedActionId: null };
const actionBody = (text) => ({ title: `Verbeteractie ${text}`, description: `Omschrijving ${text}`, owner_person_id: people.y1.id, due_on: '2026-12-31', result_id: RES.id });

function ambitionBody(text) {
    return {
        title: `Ambitie ${text}`, statement: `Jongeren groeien gezond op ${text}`, agreed_on: '2026-11-24',
        agreed_by: [partners.A.id, partners.B.id], indicators: ['PercentageJongerenMetJeugdzorg'],
    };
}
function resultBody(text) {
    return {
        title: `In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg ${text}`, indicator: 'PercentageJongerenMetJeugdzorg',
        regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 },
        agreed_by: [partners.A.id], agreed_on: '2026-11-24',
    };
}

function assumptionBody(text) {
    return {
        result_id: RES.id, intermediate_outcome_id: IOC.id, explanation: `Toelichting ${text}`,
        evidence: { strength: 'practice_based', source: `Bron ${text}` }, open_questions: `Vraag ${text}`, expected_direction: 'decrease',
    };
}

function agreements(text) {
    return {
        coordination: `Coördinatie ${text}`, decision_making: `Besluiten ${text}`, funding: `Geld ${text}`,
        staffing: `Mensen ${text}`, monitoring: `Monitoring ${text}`, monitoring_frequency: 'per kwartaal',
        joining_and_leaving: `In- en uittreden ${text}`,
    };
}

before(async () => {
    const admin = await adminSession();
    sessions.admin = { ...admin, label: 'admin' };
    orgs.A = await createOrganisation(admin, `Gemeente A ${SUFFIX}`, 'municipality', 'GM0034');
    orgs.B = await createOrganisation(admin, `Aanbieder B ${SUFFIX}`, 'provider', null, freshAgb());
    orgs.C = await createOrganisation(admin, `Maatschappelijke partner C ${SUFFIX}`, 'civic_partner');
    orgs.D = await createOrganisation(admin, `Buitenstaander D ${SUFFIX}`, 'provider');
    orgs.E = await createOrganisation(admin, `Nieuwkomer E ${SUFFIX}`, 'knowledge_institute');
    for (const [key, org] of [['a1', 'A'], ['b1', 'B'], ['c1', 'C'], ['d1', 'D'], ['y1', 'C']]) {
        const pw = password(key);
        const person = await createPerson(admin, {
            email: `${key}-${SUFFIX}@walk.example`, name: `Persoon ${key} ${SUFFIX}`, organisation_id: orgs[org].id, password: pw,
        });
        assert.equal(person.platform_admin, false);
        people[key] = { ...person, password: pw };
    }
    for (const [role, key] of Object.entries(roleOf)) sessions[role] = { ...(await signIn(people[key].email, people[key].password, role)), label: role };
    sessions.anonymous = null;
    await call('/api/own-data/uploads', 'POST', '/api/own-data/uploads', 201, { as: admin, body: {
        format: 'long-csv', filename: 'walk-own.csv', content_base64: Buffer.from(`indicator,region,period,value\n${OWN},GM0034,2024JJ00,1\n`).toString('base64'),
    } });
    const a1 = sessions.coordinator;

    X = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: a1,
        body: {
            name: `Samenwerking ${MARKER}`, theme: `Thema ${MARKER}`, regions: ['GM0034'], period_start: '2026-01-01',
            period_end: '2029-12-31', description: `Beschrijving ${MARKER}`,
        },
    })).json;
    assert.equal(X.my_role, 'coordinator');
    X = (await call('/api/collaborations/{id}/agreements', 'PUT', `/api/collaborations/${X.id}/agreements`, 200, { as: a1, body: agreements(MARKER) })).json;
    partners.A = X.partners.find((p) => p.organisation_id === orgs.A.id);
    assert.ok(partners.A && partners.A.role === 'coordinator', `A must be the coordinator: ${JSON.stringify(X.partners)}`);
    const add = async (body) => (await call('/api/collaborations/{id}/partners', 'POST', `/api/collaborations/${X.id}/partners`, 201, { as: a1, body })).json;
    partners.B = await add({ organisation_id: orgs.B.id, role: 'partner' });
    partners.C = await add({ organisation_id: orgs.C.id, role: 'viewer' });
    partners.y1 = await add({ person_id: people.y1.id, person_role: 'young_person', role: 'partner' });
    assert.equal(partners.y1.kind, 'person');
    // Adding B again is a conflict.
    await call('/api/collaborations/{id}/partners', 'POST', `/api/collaborations/${X.id}/partners`, 409, { as: a1, body: { organisation_id: orgs.B.id, role: 'viewer' } });
    R = (await call('/api/collaborations/{id}/evaluations', 'POST', `/api/collaborations/${X.id}/evaluations`, 201, { as: a1, body: { title: `Ronde ${MARKER}` } })).json;
    const result = (await call('/api/collaborations/{id}/evaluations/{round_id}/response', 'PUT',
        `/api/collaborations/${X.id}/evaluations/${R.id}/response`, 200, { as: sessions.partner, body: responseBody(7, COMMENT, false) })).json;
    assert.equal(result.my_response_submitted, true);
    assert.equal(result.responses, 1);
    // Block 1B/2 (tag results in openapi.yaml): an ambition and a societal result by the coordinator,
    // a signal by the partner, each with the marker.
    AMB = (await call('/api/collaborations/{id}/ambitions', 'POST', `/api/collaborations/${X.id}/ambitions`, 201, { as: a1, body: ambitionBody(MARKER) })).json;
    RES = (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST',
        `/api/collaborations/${X.id}/ambitions/${AMB.id}/results`, 201, { as: a1, body: resultBody(MARKER) })).json;
    SIG = (await call('/api/collaborations/{id}/signals', 'POST', `/api/collaborations/${X.id}/signals`, 201, {
        as: sessions.partner,
        body: { text: `Signaal ${MARKER}`, source: 'professional', source_detail: `Wijkteam ${MARKER}`, date: '2026-11-20', region: 'GM0034', theme: 'jeugdzorg', ambition_id: AMB.id, result_id: RES.id },
    })).json;
    assert.equal(RES.ambition_id, AMB.id);
    // Block 3B: an activity recorded by the partner, serving the result.
    ACT = (await call('/api/collaborations/{id}/activities', 'POST', `/api/collaborations/${X.id}/activities`, 201, {
        as: sessions.partner, body: { name: `Activiteit ${MARKER}`, echelon: 'prevention', results: [{ result_id: RES.id, reason: `Omdat ${MARKER}` }] },
    })).json;
    assert.equal(ACT.owner_partner_id, partners.B.id);
    // Block 3A (tag theory): an intermediate outcome and an assumption held by A, each with the marker.
    IOC = (await call('/api/collaborations/{id}/intermediate-outcomes', 'POST', `/api/collaborations/${X.id}/intermediate-outcomes`, 201, { as: a1, body: { name: `Tussenresultaat ${MARKER}` } })).json;
    ASM = (await call('/api/collaborations/{id}/assumptions', 'POST', `/api/collaborations/${X.id}/assumptions`, 201, { as: a1, body: assumptionBody(MARKER) })).json;
    assert.equal(ASM.holder_partner_id, partners.A.id);
    assert.equal(SIG.created_by, people.b1.name, 'created_by is the name of the person who recorded the signal');
    // Block 4 (tag quality): a contract lot by the coordinator that contracts B.
    LOT = (await call('/api/collaborations/{id}/lots', 'POST', `/api/collaborations/${X.id}/lots`, 201, {
        as: a1, body: { name: `Perceel ${MARKER}`, description: `Omschrijving ${MARKER}`, required: ['reporting_code', 'client_council'], providers: [orgs.B.id] },
    })).json;
    // Block 6 (tag actions): an improvement action recorded by the partner, owned by the person partner y1.
    ACN = (await call('/api/collaborations/{id}/actions', 'POST', `/api/collaborations/${X.id}/actions`, 201, { as: sessions.partner, body: actionBody(MARKER) })).json;
    PAC = (await call('/api/organisations/{org_id}/outcome-actions', 'POST', `/api/organisations/${orgs.B.id}/outcome-actions`, 201, { as: sessions.partner, body: { title: `Eigen actie van B ${SUFFIX}`, due_on: '2026-12-31' } })).json.actions[0];
    assert.equal(ACN.created_by_partner_id, partners.B.id);
    assert.equal(ACN.owner_name, people.y1.name);
    // Block 6 (tag dialogue): a dialogue with RES on its agenda, b1's explanation and follow-up question.
    DLG = (await call('/api/collaborations/{id}/dialogues', 'POST', `/api/collaborations/${X.id}/dialogues`, 201, { as: a1, body: { title: `Dialoog ${MARKER}`, held_on: '2026-11-20', participants: [{ partner_id: partners.B.id }, { name: 'Sam', role: 'young_person' }] } })).json;
    DLG = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}/items', 'POST', `/api/collaborations/${X.id}/dialogues/${DLG.id}/items`, 201, { as: a1, body: { kind: 'result', result_id: RES.id } })).json;
    DLG = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers', 'POST', `/api/collaborations/${X.id}/dialogues/${DLG.id}/items/${DLG.items[0].id}/answers`, 201, { as: sessions.partner, body: { question: 'explain', text: `Verklaring ${MARKER}`, explanation_status: 'to_be_tested' } })).json;
    ANS = DLG.items[0].answers[0];
    FUQ = (await call('/api/collaborations/{id}/questions', 'POST', `/api/collaborations/${X.id}/questions`, 201, { as: sessions.partner, body: { text: `Vervolgvraag ${MARKER}`, dialogue_id: DLG.id } })).json;
});

// ---- what each role may do ------------------------------------------------------------------

const isPublic = (op) => Array.isArray(op.security) && op.security.length === 0;
const aboutX = (template) => template.startsWith('/api/collaborations/{id}');
const member = (role) => ['viewer', 'partner', 'person', 'coordinator'].includes(role);

function expected(role, method, template, op) {
    const success = c.successStatus(template, method);
    // Issue 15: the public password-link routes refuse the walk's made-up token for everyone.
    if (template.startsWith('/api/password-link')) return [404];
    if (isPublic(op)) return template === '/api/session' ? [200] : [200, 404]; // 404: no demo data
    if (role === 'anonymous') return [401];
    if (template === '/api/session') return [success];
    if (template === '/api/organisations' || template === '/api/people') {
        return method === 'get' || role === 'admin' ? [success] : [403];
    }
    if (template === '/api/audit') return role === 'admin' ? [200] : [403];
    if (template.startsWith('/api/admin/')) return role === 'admin' ? [success] : [403]; // issue 15
    if (template === '/api/collaborations') return [success];
    // Block 5: client-level records and a provider's own outcomes belong to a provider with an AGB code
    // (B); D is a provider without one (409). Figures that combine providers (a municipality's
    // outcomes, the funnels) only the municipality itself (A is GM0034) and administrators see.
    if (template === '/api/trajectories' || template === '/api/trajectories/uploads' || template === '/api/outcomes/provider') {
        if (role === 'partner') return [success];
        if (role === 'outsider') return [409];
        return [403];
    }
    if (template.startsWith('/api/outcomes/')) return role === 'admin' || role === 'coordinator' ? [200] : [403];
    // Block 4: B's quality record is read by B, administrators and whoever shares a collaboration
    // with B (every member of X); only B and administrators change it; anyone else gets 404.
    if (template.startsWith('/api/organisations/{org_id}/quality')) {
        if (role === 'outsider') return [404];
        if (method === 'get') return [200];
        return role === 'partner' || role === 'admin' ? [200] : [403];
    }
    // Issue 12: what provider B does with its outcomes (aanspreekpunt, own actions) is read and
    // changed by B and administrators only; anyone else gets 404. Municipalities read it through
    // /api/outcomes/municipality/{code}/provider-notes (above).
    if (template.startsWith('/api/organisations/{org_id}/outcome-')) {
        if (role !== 'partner' && role !== 'admin') return [404];
        return [success];
    }
    if (template === '/api/actions/mine') return [200]; // block 6: each caller's own actions
    // Issue 15: the signals on an area's profile: everyone signed in asks; each sees only those of
    // the collaborations they are a member of (checked in inspect()).
    if (template === '/api/regions/{code}/signals') return [200];
    // Own data (issue 15): a municipality (A, GM0034) and administrators upload; nobody else.
    if (template.startsWith('/api/own-data/')) return role === 'admin' || role === 'coordinator' ? [success] : [403];
    // The indicator editor (on OWN, an own indicator the administrator uploaded): everyone signed in
    // reads; only its organisation or an administrator describes it; municipalities (A) and
    // administrators add a local note.
    if (template === '/api/indicators/{key}/editing') return [200];
    if (template === '/api/indicators/{key}') return role === 'admin' ? [200] : [403]; // OWN is the administrator's
    if (template === '/api/indicators/{key}/note') return role === 'admin' || role === 'coordinator' ? [200] : [403];
    if (aboutX(template)) {
        if (!member(role)) return [403, 404];
        if (method === 'get') return [200];
        if (role === 'coordinator') return [success];
        if (template.endsWith('/response') && (role === 'partner' || role === 'person')) return [200];
        // Coordinators and partners (organisation or person) may add signals; only coordinators
        // change ambitions and results.
        if (template === '/api/collaborations/{id}/signals' && method === 'post' && (role === 'partner' || role === 'person')) return [201];
        // Block 3B: coordinators and partners record activities; the partner that recorded one
        // (B owns ACT; each role deletes the one it recorded itself) changes it.
        const partnerLike = role === 'partner' || role === 'person';
        if (template === '/api/collaborations/{id}/activities' && method === 'post' && partnerLike) return [201];
        if (template === '/api/collaborations/{id}/activities/{activity_id}' && method === 'delete' && partnerLike) return [204];
        if (template === '/api/collaborations/{id}/activities/{activity_id}' && method === 'put' && role === 'partner') return [200];
        // Block 4: coordinators and partners record the answers to the effectiveness questions.
        if (template === '/api/collaborations/{id}/effectiveness/{org_id}/{question}' && (role === 'partner' || role === 'person')) return [200];
        // Block 3A: coordinators and partners record intermediate outcomes and assumptions; a partner
        // changes only its own assumptions (X's is A's, so 403).
        if (['/api/collaborations/{id}/assumptions', '/api/collaborations/{id}/intermediate-outcomes'].includes(template) && method === 'post' && (role === 'partner' || role === 'person')) return [201];
        // Block 6: coordinators and partners record improvement actions; the partner that recorded
        // ACN (B) and its owner (y1) change its status; only the coordinator edits or deletes.
        if (template === '/api/collaborations/{id}/actions' && method === 'post' && partnerLike) return [201];
        if (template === '/api/collaborations/{id}/actions/{action_id}/status' && partnerLike) return [200];
        // Block 6 (dialogue): the coordinator plans and sets the agenda; coordinators and partners
        // answer the four questions, test explanations and add follow-up questions.
        if (template === '/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers' && partnerLike) return [201];
        if (template === '/api/collaborations/{id}/dialogues/{dialogue_id}/answers/{answer_id}' && partnerLike) return [200];
        if (template === '/api/collaborations/{id}/questions' && method === 'post' && partnerLike) return [201];
        return [403];
    }
    throw new Error(`the walk does not know ${method.toUpperCase()} ${template}: add it to expected()`);
}

function pathFor(role, method, template) {
    const partnerId = role === 'coordinator' ? state.addedPartnerId : partners.B.id;
    let path = template
        .replaceAll('{id}', X.id)
        .replaceAll('{round_id}', R.id)
        .replaceAll('{partner_id}', partnerId ?? 'prt_missing')
        // The coordinator deletes what it created in its own walk; the others try the real ones.
        .replaceAll('{ambition_id}', role === 'coordinator' && method === 'delete' ? (state.addedAmbitionId ?? 'amb_missing') : AMB.id)
        .replaceAll('{result_id}', role === 'coordinator' && method === 'delete' ? (state.addedResultId ?? 'res_missing') : RES.id)
        .replaceAll('{assumption_id}', role === 'coordinator' && method === 'delete' ? (state.addedAssumptionId ?? 'asm_missing') : ASM.id)
        .replaceAll('{activity_id}', method === 'delete' ? (state.addedActivity[role] ?? 'act_missing') : ACT.id)
        .replaceAll('{code}', 'GM0034')
        .replaceAll('{key}', OWN)
        .replaceAll('{org_id}', orgs.B.id)
        .replaceAll('{condition}', 'reporting_code')
        .replaceAll('{lot_id}', LOT.id)
        .replaceAll('{question}', 'monitoring')
        .replaceAll('/outcome-actions/{action_id}', `/outcome-actions/${PAC.id}`)
        .replaceAll('{action_id}', role === 'coordinator' && method === 'delete' ? (state.addedActionId ?? 'acn_missing') : ACN.id)
        .replaceAll('{person_id}', people.d1.id) // issue 15
        .replaceAll('{dialogue_id}', DLG.id).replaceAll('{item_id}', DLG.items[0].id).replaceAll('{answer_id}', ANS.id);
    if (template === '/api/observations') path += '?region=GM0034';
    return path;
}

function bodyFor(role, method, template) {
    if (method === 'get' || method === 'delete') return undefined;
    switch (template) {
        case '/api/session': {
            const key = roleOf[role] ?? (role === 'admin' ? null : 'd1');
            return key ? { email: people[key].email, password: people[key].password } : { email: ADMIN.email, password: ADMIN.password };
        }
        case '/api/organisations': return { name: `Walk-org ${role} ${SUFFIX}`, kind: 'provider' };
        case '/api/people': return { email: `walk-${role}-${SUFFIX}@walk.example`, name: `Walk ${role}`, organisation_id: orgs.D.id, password: password(`walk-${role}`) };
        case '/api/collaborations': return { name: `Walk ${role} ${SUFFIX}`, theme: 'Walk', regions: ['GM0034'], period_start: '2026-01-01' };
        case '/api/collaborations/{id}/agreements': return agreements(role === 'coordinator' ? MARKER : `AANVAL-${role}`);
        case '/api/collaborations/{id}/partners': return { organisation_id: orgs.E.id, role: 'partner' };
        case '/api/collaborations/{id}/evaluations': return { title: `Walk ${role}` };
        case '/api/collaborations/{id}/evaluations/{round_id}/response':
            return role === 'partner' ? responseBody(7, COMMENT, false) : responseBody(6, null, false);
        case '/api/collaborations/{id}/evaluations/{round_id}/close': return {};
        case '/api/collaborations/{id}/ambitions': return ambitionBody(`walk-${role}`);
        case '/api/collaborations/{id}/ambitions/{ambition_id}': return ambitionBody(role === 'coordinator' ? MARKER : `AANVAL-${role}`);
        case '/api/collaborations/{id}/ambitions/{ambition_id}/results': return resultBody(`walk-${role}`);
        case '/api/collaborations/{id}/signals': return { text: `Signaal walk ${role}`, source: role === 'person' ? 'young_person' : 'partner', date: '2026-11-21' };
        case '/api/collaborations/{id}/activities': return { name: `Activiteit walk ${role}`, echelon: 'basic', result_ids: [RES.id] };
        case '/api/collaborations/{id}/activities/{activity_id}':
            return role === 'coordinator' || role === 'partner'
                ? { name: `Activiteit ${MARKER}`, echelon: 'prevention', results: [{ result_id: RES.id, reason: `Omdat ${MARKER}` }] }
                : { name: `AANVAL-${role}`, echelon: 'intensive' };
        case '/api/collaborations/{id}/activities/{activity_id}/decisions': return { decision: 'continue', decided_on: '2026-11-30', reason: `Walk ${role}` };
        case '/api/collaborations/{id}/results/{result_id}/priority': return { priority: 'high', urgency: 'medium' };
        case '/api/collaborations/{id}/intermediate-outcomes': return { name: `Tussenresultaat walk ${role}` };
        case '/api/collaborations/{id}/assumptions': return assumptionBody(`walk-${role}`);
        case '/api/collaborations/{id}/assumptions/{assumption_id}': return assumptionBody(role === 'coordinator' ? MARKER : `AANVAL-${role}`);
        case '/api/trajectories/uploads': return {
            filename: `walk-${role}.csv`,
            content_base64: Buffer.from(trajectoryCsv(sampleDelivery('GM0034'))).toString('base64'),
        };
        case '/api/own-data/uploads': return {
            format: 'long-csv', filename: `walk-${role}.csv`,
            content_base64: Buffer.from(`indicator,region,period,value\nwalk_${role}_${SUFFIX},GM0034,2024JJ00,1\n`).toString('base64'),
        };
        case '/api/indicators/{key}': return { title: `AANVAL-${role}`, unit: '%', decimals: 1, direction: 'neutral', definition: '', source: '' };
        case '/api/indicators/{key}/note': return { note: `Toelichting walk ${role}` };
        case '/api/organisations/{org_id}/quality/{condition}': return { status: 'met', note: `Meldcode walk ${role}` };
        case '/api/collaborations/{id}/lots': return { name: `Perceel walk ${role}`, required: ['reporting_code'], providers: [orgs.B.id] };
        case '/api/collaborations/{id}/lots/{lot_id}': return {
            name: role === 'coordinator' ? LOT.name : `AANVAL-${role}`, description: LOT.description, required: LOT.required, providers: LOT.providers,
        };
        case '/api/collaborations/{id}/effectiveness/{org_id}/{question}': return { answer: `Antwoord walk ${role}` };
        case '/api/collaborations/{id}/actions': return actionBody(`walk-${role}`);
        case '/api/collaborations/{id}/actions/{action_id}': return actionBody(role === 'coordinator' ? MARKER : `AANVAL-${role}`);
        case '/api/collaborations/{id}/actions/{action_id}/status': return { status: 'in_progress', note: `Walk ${role}` };
        case '/api/collaborations/{id}/dialogues': return { title: `Dialoog walk-${role}`, held_on: '2026-11-21' };
        case '/api/collaborations/{id}/dialogues/{dialogue_id}': return { title: role === 'coordinator' ? DLG.title : `AANVAL-${role}`, held_on: DLG.held_on, participants: [{ partner_id: partners.B.id }, { name: 'Sam', role: 'young_person' }] };
        case '/api/collaborations/{id}/dialogues/{dialogue_id}/items': return { kind: 'signal', signal_id: SIG.id };
        case '/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers': return { question: 'recognise', text: `Antwoord walk ${role}` };
        case '/api/collaborations/{id}/dialogues/{dialogue_id}/answers/{answer_id}': return { explanation_status: 'to_be_tested', evidence: `Walk ${role}` };
        case '/api/collaborations/{id}/questions': return { text: `Vraag walk ${role}` };
        case '/api/organisations/{org_id}/outcome-contact': return { name: `Aanspreekpunt walk ${role}`, role: 'Kwaliteitsfunctionaris', email: 'kwaliteit@walk.example' };
        case '/api/organisations/{org_id}/outcome-actions': return { title: `Eigen actie walk ${role}`, due_on: '2026-12-31' };
        case '/api/organisations/{org_id}/outcome-actions/{action_id}': return { title: role === 'partner' || role === 'admin' ? PAC.title : `AANVAL-${role}`, due_on: '2026-12-31', status: 'in_progress' };
        // Issue 12: the coordinator puts the result as it was (nothing changes, no reason needed);
        // the others try to move its target.
        case '/api/collaborations/{id}/results/{result_id}': return role === 'coordinator'
            ? resultBody(MARKER) : { ...resultBody(`AANVAL-${role}`), target: { value: 1, year: 2030 }, reason: `AANVAL-${role}` };
        // Issue 15: the administrator makes an account and a link for d1, and puts d1 and B as they
        // were; the others try to make d1 an administrator and rename B.
        case '/api/admin/people': return { email: `walk-account-${role}-${SUFFIX}@walk.example`, name: `Walk ${role}`, organisation_id: orgs.D.id };
        case '/api/admin/people/{person_id}': return { name: people.d1.name, organisation_id: orgs.D.id, platform_admin: role !== 'admin', active: true };
        case '/api/admin/people/{person_id}/password-link': return {};
        case '/api/admin/organisations/{org_id}': return { name: role === 'admin' ? orgs.B.name : `AANVAL-${role}`, kind: 'provider', agb: orgs.B.agb };
        case '/api/password-link/check': return { token: '0'.repeat(64) };
        case '/api/password-link': return { token: '0'.repeat(64), password: password(`walk-${role}`) };
        default: throw new Error(`the walk has no body for ${method.toUpperCase()} ${template}: add it to bodyFor()`);
    }
}

// Every operation of the document, sign-out last (it ends the role's session).
function operations() {
    const ops = [...c.operations()];
    const last = ops.filter(({ template, method }) => template === '/api/session' && method === 'delete');
    return [...ops.filter((o) => !last.includes(o)), ...last];
}

const secretIds = () => [partners.A.id, partners.B.id, partners.C.id, partners.y1.id, R.id, AMB.id, RES.id, SIG.id, ACT.id, LOT.id, IOC.id, ASM.id, ACN.id, DLG.id, ANS.id, FUQ.id];
const b1Identity = () => [people.b1.id, people.b1.email, people.b1.name, orgs.B.id, orgs.B.name];

// Extra checks on a response; returns problems as strings.
function inspect(role, method, template, path, res) {
    const problems = [];
    const text = res.text;
    const leak = (needles, what) => {
        const found = needles.filter((n) => n && !path.includes(n) && text.includes(n));
        if (found.length) problems.push(`${what}: ${found.join(', ')}`);
    };
    if (!member(role) && role !== 'anonymous') {
        leak([MARKER], 'a marker of X leaked');
        if (aboutX(template) || template === '/api/collaborations') {
            leak([X.id, ...secretIds(), people.b1.email, people.y1.email], 'an id of X leaked');
        }
        if (template === '/api/collaborations' && res.status === 200 && res.json.some((x) => x.id === X.id)) problems.push('X is listed');
    }
    if (role === 'anonymous' && !isPublicTemplate(template, method)) leak([MARKER, X.id, ...secretIds()], 'anonymous saw X');
    // An unsigned response is never attributed; with fewer than min_answers answers nothing that
    // comes from the scores, nor the unsigned comment, is sent at all.
    if (/\/evaluations\/\{round_id\}/.test(template) && res.status === 200) {
        leak(b1Identity(), "an unsigned response is attributed to b1/B");
        const comments = res.json.elements.flatMap((e) => e.comments);
        const mine = comments.find((cm) => cm.text.includes(COMMENT));
        if (res.json.responses < res.json.min_answers) {
            if (mine) problems.push(`b1's unsigned comment is shown with only ${res.json.responses} answers`);
            const shown = res.json.elements.filter((e) => !e.hidden || e.distribution !== null || e.mean !== null || e.change !== null);
            if (shown.length) problems.push(`figures are shown with only ${res.json.responses} answers: ${shown.map((e) => e.element).join(', ')}`);
        } else if (!mine) {
            problems.push(`b1's comment is missing from the results`);
        } else if (mine.signed_by !== null) {
            problems.push(`b1's unsigned comment has signed_by ${JSON.stringify(mine.signed_by)}`);
        }
        if (res.json.elements.map((e) => e.element).join() !== ELEMENTS.join()) problems.push('elements out of order');
    }
    if (template === '/api/people' && method === 'get' && res.status === 200) {
        const own = sessions[role]?.session.organisation.id;
        if (role !== 'admin') {
            const foreign = res.json.filter((p) => p.organisation_id !== own);
            if (foreign.length) problems.push(`lists people of other organisations: ${foreign.map((p) => p.email).join(', ')}`);
            if (!res.json.some((p) => p.id === sessions[role].session.person.id)) problems.push('does not list the caller');
        } else {
            const ids = new Set(res.json.map((p) => p.id));
            const missing = Object.values(people).filter((p) => !ids.has(p.id));
            if (missing.length) problems.push(`admin does not see ${missing.map((p) => p.email).join(', ')}`);
        }
        leak(Object.values(people).map((p) => p.password), 'a password');
    }
    if (template === '/api/collaborations' && method === 'get' && res.status === 200 && member(role)) {
        const mine = res.json.find((x) => x.id === X.id);
        const want = { coordinator: 'coordinator', partner: 'partner', viewer: 'viewer' }[role];
        if (!mine) problems.push('X is not listed for a member');
        else if (want && mine.my_role !== want) problems.push(`my_role ${mine.my_role}, expected ${want}`);
    }
    if (template === '/api/collaborations/{id}' && method === 'get' && res.status === 200) {
        const want = { coordinator: 'coordinator', partner: 'partner', viewer: 'viewer' }[role];
        if (want && res.json.my_role !== want) problems.push(`my_role ${res.json.my_role}, expected ${want}`);
    }
    if (template === '/api/collaborations/{id}/partners' && method === 'post' && res.status === 201) state.addedPartnerId = res.json.id;
    if (template === '/api/collaborations/{id}/ambitions' && method === 'post' && res.status === 201) state.addedAmbitionId = res.json.id;
    if (template === '/api/collaborations/{id}/ambitions/{ambition_id}/results' && method === 'post' && res.status === 201) state.addedResultId = res.json.id;
    if (template === '/api/collaborations/{id}/activities' && method === 'post' && res.status === 201) state.addedActivity[role] = res.json.id;
    if (template === '/api/collaborations/{id}/activities/{activity_id}' && method === 'put' && res.status === 200 && !res.json.name.includes(MARKER)) {
        problems.push(`an activity was changed to ${res.json.name}`);
    }
    if (template === '/api/collaborations/{id}/assumptions' && method === 'post' && res.status === 201 && role === 'coordinator') state.addedAssumptionId = res.json.id;
    if (template === '/api/collaborations/{id}/actions' && method === 'post' && res.status === 201 && role === 'coordinator') state.addedActionId = res.json.id;
    if (template === '/api/collaborations/{id}/actions/{action_id}' && method === 'put' && res.status === 200 && !res.json.title.includes(MARKER)) {
        problems.push(`an action was changed to ${res.json.title}`);
    }
    if (template === '/api/collaborations/{id}/dialogues/{dialogue_id}' && method === 'put' && res.status === 200 && !res.json.title.includes(MARKER)) {
        problems.push(`a dialogue was changed to ${res.json.title}`);
    }
    // Issue 15: the signals on GM0034's profile: X's signal (about GM0034) for its members only.
    if (template === '/api/regions/{code}/signals' && res.status === 200) {
        const sees = res.json.some((signal) => signal.id === SIG.id);
        if (member(role) && !sees) problems.push(`${role}, a member of X, does not see X's signal on the profile`);
        if (!member(role) && sees) problems.push(`${role} sees X's signal on the profile`);
    }
    if (template === '/api/actions/mine' && res.status === 200) {
        const owns = res.json.some((a) => a.id === ACN.id);
        if (role === 'person' && !owns) problems.push("y1 does not see the action it owns in 'mine'");
        if (role !== 'person' && owns) problems.push(`${role} sees y1's action in 'mine'`);
    }
    // Issue 12: nobody but the coordinator changes the result (its title keeps the marker).
    if (template === '/api/collaborations/{id}/results/{result_id}' && method === 'put' && res.status === 200 && !res.json.title.includes(MARKER)) {
        problems.push(`a result was changed to ${res.json.title}`);
    }
    // Members see X's ambition, result and signal.
    if (member(role) && method === 'get' && res.status === 200) {
        const want = {
            '/api/collaborations/{id}/ambitions': [AMB.id], '/api/collaborations/{id}/ambitions/{ambition_id}': [AMB.id, RES.id],
            '/api/collaborations/{id}/results': [RES.id], '/api/collaborations/{id}/results/{result_id}': [RES.id],
            '/api/collaborations/{id}/signals': [SIG.id, MARKER],
            '/api/collaborations/{id}/activities': [ACT.id, MARKER], '/api/collaborations/{id}/activities/{activity_id}': [ACT.id, MARKER],
            '/api/collaborations/{id}/portfolio': [ACT.id, RES.id],
            '/api/collaborations/{id}/lots': [LOT.id, MARKER], '/api/collaborations/{id}/lots/{lot_id}': [LOT.id, orgs.B.id],
            '/api/collaborations/{id}/effectiveness': [orgs.B.id],
            '/api/collaborations/{id}/theory': [ASM.id, IOC.id, MARKER],
            '/api/collaborations/{id}/actions': [ACN.id, MARKER], '/api/collaborations/{id}/actions/{action_id}': [ACN.id, MARKER, people.y1.name],
            '/api/collaborations/{id}/action-owners': [people.y1.id, people.b1.id, people.a1.id],
            '/api/collaborations/{id}/dialogues': [DLG.id, MARKER], '/api/collaborations/{id}/dialogues/{dialogue_id}': [DLG.id, MARKER, RES.id, ANS.id],
            '/api/collaborations/{id}/questions': [FUQ.id, MARKER],
        }[template] ?? [];
        const missing = want.filter((n) => !text.includes(n));
        if (missing.length) problems.push(`a member does not see ${missing.join(', ')}`);
    }
    return problems;
}

function isPublicTemplate(template, method) {
    return isPublic(c.operation(template, method));
}

function table(rows) {
    const w = Math.max(...rows.map((r) => r.route.length));
    return rows.map((r) => `  ${r.route.padEnd(w)}  ${r.role.padEnd(11)}  ${String(r.status).padEnd(4)} expected ${r.expected.join('|')}` +
        `${r.problems.length ? `  ✗ ${r.problems.join('; ')}` : ''}`).join('\n');
}

async function walk(role) {
    const rows = [];
    for (const { template, method, op } of operations()) {
        const path = pathFor(role, method, template);
        const want = expected(role, method, template, op);
        const res = await send(method.toUpperCase(), path, { as: sessions[role], body: bodyFor(role, method, template) });
        const problems = [];
        if (!want.includes(res.status)) problems.push(`status; body ${res.text.slice(0, 160)}`);
        try {
            validate(template, method, res, `${method.toUpperCase()} ${path} as ${role}`);
        } catch (error) {
            problems.push(`schema: ${error.message.split('\n').slice(0, 4).join(' ')}`);
        }
        try {
            problems.push(...inspect(role, method, template, path, res));
        } catch (error) {
            problems.push(`check failed: ${error.message}`);
        }
        rows.push({ route: `${method.toUpperCase()} ${template}`, role, status: res.status, expected: want, problems });
    }
    const bad = rows.filter((r) => r.problems.length);
    assert.equal(bad.length, 0, `access walk as ${role}: ${bad.length} of ${rows.length} routes wrong:\n${table(bad)}\n\nall routes:\n${table(rows)}`);
}

test("cross-object ids: an outsider's own collaboration Y cannot reach X's partners or rounds", async () => {
    const d1 = sessions.outsider;
    const Y = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: d1, body: { name: `Eigen Y ${SUFFIX}`, theme: 'Y', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    assert.equal(Y.my_role, 'coordinator');
    const rows = [];
    const probe = async (method, template, path, body) => {
        const res = await send(method, path, { as: d1, body });
        const problems = [];
        if (![403, 404].includes(res.status)) problems.push(`status; body ${res.text.slice(0, 160)}`);
        try { validate(template, method, res, `${method} ${path}`); } catch (error) { problems.push(`schema: ${error.message.split('\n')[0]}`); }
        const leaked = [MARKER, COMMENT, people.b1.email].filter((n) => res.text.includes(n));
        if (leaked.length) problems.push(`leaked ${leaked.join(', ')}`);
        rows.push({ route: `${method} ${path}`, role: 'outsider', status: res.status, expected: [403, 404], problems });
    };
    await probe('DELETE', '/api/collaborations/{id}/partners/{partner_id}', `/api/collaborations/${Y.id}/partners/${partners.B.id}`);
    await probe('GET', '/api/collaborations/{id}/evaluations/{round_id}', `/api/collaborations/${Y.id}/evaluations/${R.id}`);
    await probe('PUT', '/api/collaborations/{id}/evaluations/{round_id}/response', `/api/collaborations/${Y.id}/evaluations/${R.id}/response`, responseBody(1, 'ingebroken', true));
    await probe('POST', '/api/collaborations/{id}/evaluations/{round_id}/close', `/api/collaborations/${Y.id}/evaluations/${R.id}/close`, {});
    await probe('GET', '/api/collaborations/{id}/ambitions/{ambition_id}', `/api/collaborations/${Y.id}/ambitions/${AMB.id}`);
    await probe('PUT', '/api/collaborations/{id}/ambitions/{ambition_id}', `/api/collaborations/${Y.id}/ambitions/${AMB.id}`, ambitionBody('ingebroken'));
    await probe('DELETE', '/api/collaborations/{id}/ambitions/{ambition_id}', `/api/collaborations/${Y.id}/ambitions/${AMB.id}`);
    await probe('POST', '/api/collaborations/{id}/ambitions/{ambition_id}/results', `/api/collaborations/${Y.id}/ambitions/${AMB.id}/results`, resultBody('ingebroken'));
    await probe('GET', '/api/collaborations/{id}/results/{result_id}', `/api/collaborations/${Y.id}/results/${RES.id}`);
    await probe('DELETE', '/api/collaborations/{id}/results/{result_id}', `/api/collaborations/${Y.id}/results/${RES.id}`);
    await probe('GET', '/api/collaborations/{id}/activities/{activity_id}', `/api/collaborations/${Y.id}/activities/${ACT.id}`);
    await probe('PUT', '/api/collaborations/{id}/activities/{activity_id}', `/api/collaborations/${Y.id}/activities/${ACT.id}`, { name: 'ingebroken', echelon: 'basic' });
    await probe('DELETE', '/api/collaborations/{id}/activities/{activity_id}', `/api/collaborations/${Y.id}/activities/${ACT.id}`);
    await probe('POST', '/api/collaborations/{id}/activities/{activity_id}/decisions', `/api/collaborations/${Y.id}/activities/${ACT.id}/decisions`,
        { decision: 'wind_down', decided_on: '2026-11-30', reason: 'ingebroken' });
    await probe('PUT', '/api/collaborations/{id}/results/{result_id}/priority', `/api/collaborations/${Y.id}/results/${RES.id}/priority`, { priority: 'low', urgency: 'low' });
    // Block 4: X's lot and X's provider B cannot be reached through Y.
    await probe('GET', '/api/collaborations/{id}/lots/{lot_id}', `/api/collaborations/${Y.id}/lots/${LOT.id}`);
    await probe('PUT', '/api/collaborations/{id}/lots/{lot_id}', `/api/collaborations/${Y.id}/lots/${LOT.id}`, { name: 'ingebroken', required: ['reporting_code'] });
    await probe('GET', '/api/collaborations/{id}/effectiveness/{org_id}', `/api/collaborations/${Y.id}/effectiveness/${orgs.B.id}`);
    await probe('PUT', '/api/collaborations/{id}/effectiveness/{org_id}/{question}', `/api/collaborations/${Y.id}/effectiveness/${orgs.B.id}/monitoring`, { answer: 'ingebroken' });
    await probe('PUT', '/api/collaborations/{id}/assumptions/{assumption_id}', `/api/collaborations/${Y.id}/assumptions/${ASM.id}`, assumptionBody('ingebroken'));
    await probe('DELETE', '/api/collaborations/{id}/assumptions/{assumption_id}', `/api/collaborations/${Y.id}/assumptions/${ASM.id}`);
    // Block 6: X's action cannot be read, changed or moved on through Y.
    await probe('GET', '/api/collaborations/{id}/actions/{action_id}', `/api/collaborations/${Y.id}/actions/${ACN.id}`);
    await probe('PUT', '/api/collaborations/{id}/actions/{action_id}', `/api/collaborations/${Y.id}/actions/${ACN.id}`, { title: 'ingebroken', owner_person_id: people.d1.id, due_on: '2026-12-31' });
    await probe('DELETE', '/api/collaborations/{id}/actions/{action_id}', `/api/collaborations/${Y.id}/actions/${ACN.id}`);
    await probe('POST', '/api/collaborations/{id}/actions/{action_id}/status', `/api/collaborations/${Y.id}/actions/${ACN.id}/status`, { status: 'dropped', note: 'ingebroken' });
    // Block 6 (dialogue): X's dialogue, its item and answer cannot be reached through Y.
    await probe('GET', '/api/collaborations/{id}/dialogues/{dialogue_id}', `/api/collaborations/${Y.id}/dialogues/${DLG.id}`);
    await probe('PUT', '/api/collaborations/{id}/dialogues/{dialogue_id}', `/api/collaborations/${Y.id}/dialogues/${DLG.id}`, { title: 'ingebroken', held_on: '2026-11-20' });
    await probe('POST', '/api/collaborations/{id}/dialogues/{dialogue_id}/items', `/api/collaborations/${Y.id}/dialogues/${DLG.id}/items`, { kind: 'indicator', indicator: 'PercentageJongerenMetJeugdzorg', region: 'GM0034' });
    await probe('POST', '/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers', `/api/collaborations/${Y.id}/dialogues/${DLG.id}/items/${DLG.items[0].id}/answers`, { question: 'recognise', text: 'ingebroken' });
    await probe('PUT', '/api/collaborations/{id}/dialogues/{dialogue_id}/answers/{answer_id}', `/api/collaborations/${Y.id}/dialogues/${DLG.id}/answers/${ANS.id}`, { explanation_status: 'rejected', evidence: 'ingebroken' });
    // Issue 12: X's result cannot be edited, nor X's histories read, through Y.
    await probe('PUT', '/api/collaborations/{id}/results/{result_id}', `/api/collaborations/${Y.id}/results/${RES.id}`, { ...resultBody('ingebroken'), reason: 'ingebroken' });
    await probe('GET', '/api/collaborations/{id}/results/{result_id}/history', `/api/collaborations/${Y.id}/results/${RES.id}/history`);
    await probe('GET', '/api/collaborations/{id}/ambitions/{ambition_id}/history', `/api/collaborations/${Y.id}/ambitions/${AMB.id}/history`);
    const bad = rows.filter((r) => r.problems.length);
    assert.equal(bad.length, 0, `cross-object probes:\n${table(rows)}`);
    // Y's round list does not show X's round.
    const rounds = (await call('/api/collaborations/{id}/evaluations', 'GET', `/api/collaborations/${Y.id}/evaluations`, 200, { as: d1 })).json;
    assert.deepEqual(rounds, []);
    // Y's ambitions, results and signals do not show X's.
    for (const sub of ['ambitions', 'results', 'signals', 'activities']) {
        const list = (await call(`/api/collaborations/{id}/${sub}`, 'GET', `/api/collaborations/${Y.id}/${sub}`, 200, { as: d1 })).json;
        assert.deepEqual(list, [], `Y's ${sub}`);
    }
    // An outsider's signal on Y cannot point at X's ambition or result.
    const res = await send('POST', `/api/collaborations/${Y.id}/signals`, { as: d1, body: { text: 'x', source: 'other', date: '2026-11-20', ambition_id: AMB.id, result_id: RES.id } });
    assert.ok([400, 403, 404].includes(res.status), `a signal on Y naming X's ambition/result: expected 400/403/404, got ${res.status}: ${res.text.slice(0, 200)}`);
    validate('/api/collaborations/{id}/signals', 'post', res, 'POST signal on Y naming X');
    assert.ok(!res.text.includes(MARKER), 'the refusal leaked a marker of X');
    // Nor can an activity on Y claim X's result.
    const claim = await send('POST', `/api/collaborations/${Y.id}/activities`, { as: d1, body: { name: 'x', echelon: 'basic', result_ids: [RES.id] } });
    assert.equal(claim.status, 400, `an activity on Y naming X's result: ${claim.text.slice(0, 200)}`);
    validate('/api/collaborations/{id}/activities', 'post', claim, 'POST activity on Y naming X');
    assert.ok(!claim.text.includes(MARKER), 'the refusal leaked a marker of X');
    // Nor can a lot of Y contract B, which is no partner of Y.
    const lot = await send('POST', `/api/collaborations/${Y.id}/lots`, { as: d1, body: { name: 'Perceel Y', required: ['reporting_code'], providers: [orgs.B.id] } });
    assert.equal(lot.status, 400, `a lot on Y contracting X's provider B: ${lot.text.slice(0, 200)}`);
    validate('/api/collaborations/{id}/lots', 'post', lot, 'POST lot on Y naming B');
    assert.equal(lot.json.error.field, 'providers');
    // Nor can an action on Y name X's result or activity, or X's person y1 as owner.
    for (const [body, field] of [[{ result_id: RES.id }, 'result_id'], [{ activity_id: ACT.id }, 'activity_id'], [{ owner_person_id: people.y1.id }, 'owner_person_id']]) {
        const action = await send('POST', `/api/collaborations/${Y.id}/actions`, { as: d1, body: { title: 'x', owner_person_id: people.d1.id, due_on: '2026-12-31', ...body } });
        assert.equal(action.status, 400, `an action on Y naming X's ${field}: ${action.text.slice(0, 200)}`);
        validate('/api/collaborations/{id}/actions', 'post', action, `POST action on Y naming X's ${field}`);
        assert.equal(action.json.error.field, field);
        assert.ok(!action.text.includes(MARKER), 'the refusal leaked a marker of X');
    }
    // Nor can a dialogue of Y put X's result, signal or round on its agenda.
    const own = (await call('/api/collaborations/{id}/dialogues', 'POST', `/api/collaborations/${Y.id}/dialogues`, 201, { as: d1, body: { title: 'Y', held_on: '2026-11-20' } })).json;
    for (const [body, field] of [[{ kind: 'result', result_id: RES.id }, 'result_id'], [{ kind: 'signal', signal_id: SIG.id }, 'signal_id'], [{ kind: 'evaluation', round_id: R.id }, 'round_id']]) {
        const item = await send('POST', `/api/collaborations/${Y.id}/dialogues/${own.id}/items`, { as: d1, body });
        assert.equal(item.status, 400, `an agenda item on Y naming X's ${field}: ${item.text.slice(0, 200)}`);
        validate('/api/collaborations/{id}/dialogues/{dialogue_id}/items', 'post', item, `agenda item on Y naming X's ${field}`);
        assert.equal(item.json.error.field, field);
        assert.ok(!item.text.includes(MARKER), 'the refusal leaked a marker of X');
    }
});

for (const role of ORDER) {
    if (role === 'coordinator') {
        test('the refused changes left X as it was', async () => {
            const a1 = await signIn(people.a1.email, people.a1.password, 'coordinator (check)');
            const detail = (await call('/api/collaborations/{id}', 'GET', `/api/collaborations/${X.id}`, 200, { as: a1 })).json;
            assert.deepEqual(detail.agreements, agreements(MARKER), 'the agreements were changed by a refused request');
            assert.deepEqual(detail.partners.map((p) => p.id).sort(), secretIds().slice(0, 4).sort(), 'the partners were changed by a refused request');
            const rounds = (await call('/api/collaborations/{id}/evaluations', 'GET', `/api/collaborations/${X.id}/evaluations`, 200, { as: a1 })).json;
            assert.deepEqual(rounds.map((r) => [r.id, r.closed]), [[R.id, false]], 'rounds were opened or closed by a refused request');
            // Only the partner (b1) and the person partner (y1) answered in their walks.
            assert.equal(rounds[0].responses, 2, 'a refused request added an evaluation response');
            const ambitions = (await call('/api/collaborations/{id}/ambitions', 'GET', `/api/collaborations/${X.id}/ambitions`, 200, { as: a1 })).json;
            assert.deepEqual(ambitions.map((a) => [a.id, a.title, a.statement, a.results]), [[AMB.id, AMB.title, AMB.statement, 1]],
                'ambitions were created, changed or deleted by a refused request');
            const rows = (await call('/api/collaborations/{id}/results', 'GET', `/api/collaborations/${X.id}/results`, 200, { as: a1 })).json;
            assert.deepEqual(rows.map((r) => r.result.id), [RES.id], 'results were created or deleted by a refused request');
            const signals = (await call('/api/collaborations/{id}/signals', 'GET', `/api/collaborations/${X.id}/signals`, 200, { as: a1 })).json;
            // The setup signal plus one each from the partner's and the person partner's walk.
            assert.equal(signals.length, 3, `signals: ${signals.map((s) => s.text).join(' | ')}`);
            assert.ok(signals.some((s) => s.id === SIG.id));
            assert.ok(!signals.some((s) => /walk (anonymous|outsider|admin|viewer)/.test(s.text)), 'a refused request added a signal');
            // The partner and the person partner deleted the activity each recorded in its walk.
            const activities = (await call('/api/collaborations/{id}/activities', 'GET', `/api/collaborations/${X.id}/activities`, 200, { as: a1 })).json;
            assert.deepEqual(activities.map((a) => [a.id, a.name, a.echelon, a.status]), [[ACT.id, ACT.name, 'prevention', 'planned']],
                'activities were created, changed or deleted by a refused request');
            const portfolio = (await call('/api/collaborations/{id}/portfolio', 'GET', `/api/collaborations/${X.id}/portfolio`, 200, { as: a1 })).json;
            assert.deepEqual(portfolio.decisions, [], 'a refused request recorded a decision');
            assert.ok(portfolio.results.every((r) => r.priority === null), 'a refused request set a priority');
            const lots = (await call('/api/collaborations/{id}/lots', 'GET', `/api/collaborations/${X.id}/lots`, 200, { as: a1 })).json;
            assert.deepEqual(lots.map((l) => [l.id, l.name]), [[LOT.id, LOT.name]], 'lots were created or changed by a refused request');
            const talk = (await call('/api/collaborations/{id}/effectiveness/{org_id}', 'GET', `/api/collaborations/${X.id}/effectiveness/${orgs.B.id}`, 200, { as: a1 })).json;
            assert.ok(!/walk (anonymous|outsider|admin|viewer)/.test(talk.answers[1].answer), 'a refused request recorded an answer');
            const quality = (await call('/api/organisations/{org_id}/quality', 'GET', `/api/organisations/${orgs.B.id}/quality`, 200, { as: a1 })).json;
            assert.ok(!/walk (anonymous|outsider|viewer|person)/.test(quality.conditions.find((q) => q.condition === 'reporting_code').note), "a refused request changed B's quality record");
            // Block 3A: X's assumption is unchanged; only the partner's and the person partner's walks added one each.
            const theory = (await call('/api/collaborations/{id}/theory', 'GET', `/api/collaborations/${X.id}/theory`, 200, { as: a1 })).json;
            const held = theory.results.flatMap((r) => r.assumptions);
            assert.deepEqual(held.find((a) => a.id === ASM.id)?.explanation, ASM.explanation, 'a refused request changed X\'s assumption');
            assert.deepEqual(held.map((a) => a.holder_partner_id).sort(), [partners.A.id, partners.B.id, partners.y1.id].sort(), 'assumptions added or deleted by a refused request');
            // Block 6: ACN keeps its title; only the partner's and the person partner's walks added an
            // action and moved ACN's status (each with its note).
            const actions = (await call('/api/collaborations/{id}/actions', 'GET', `/api/collaborations/${X.id}/actions`, 200, { as: a1 })).json;
            assert.deepEqual(actions.map((a) => a.title).sort(), [ACN.title, 'Verbeteractie walk-partner', 'Verbeteractie walk-person'].sort(), 'actions added, changed or deleted by a refused request');
            const acn = actions.find((a) => a.id === ACN.id);
            assert.deepEqual(acn.history.map((h) => h.note), ['', 'Walk partner', 'Walk person'], 'a refused request changed the status of ACN');
            // Block 6 (dialogue): DLG keeps its title; only the coordinator added agenda items, only
            // the partner's and the person partner's walks answered, and added follow-up questions.
            const dlg = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}', 'GET', `/api/collaborations/${X.id}/dialogues/${DLG.id}`, 200, { as: a1 })).json;
            assert.equal(dlg.title, DLG.title, 'a refused request changed the dialogue');
            assert.ok(dlg.items.length <= 2, 'a refused request added an agenda item');
            assert.ok(!dlg.items[0].answers.some((a) => /walk (anonymous|outsider|admin|viewer)/.test(a.text)), 'a refused request answered');
            const questions = (await call('/api/collaborations/{id}/questions', 'GET', `/api/collaborations/${X.id}/questions`, 200, { as: a1 })).json;
            assert.ok(!questions.some((q) => /walk (anonymous|outsider|admin|viewer)/.test(q.text)), 'a refused request added a follow-up question');
        });
    }
    test(`access walk: every route as ${role}`, async () => {
        if (role !== 'anonymous' && role !== 'admin') {
            // Each walk ends with sign-out; sign in afresh in case an earlier walk used the session.
            sessions[role] = { ...(await signIn(people[roleOf[role]].email, people[roleOf[role]].password, role)), label: role };
        } else if (role === 'admin') {
            sessions.admin = { ...(await adminSession()), label: 'admin' };
        }
        await walk(role);
    });
}

test('after the walk: the coordinator closed the round, 409 on answering it, the last coordinator stays', async () => {
    const a1 = await signIn(people.a1.email, people.a1.password, 'coordinator (after)');
    const result = (await call('/api/collaborations/{id}/evaluations/{round_id}', 'GET', `/api/collaborations/${X.id}/evaluations/${R.id}`, 200, { as: a1 })).json;
    assert.equal(result.closed, true);
    // b1, y1 and a1 answered in their walks: three answers, so the figures and b1's comment show.
    assert.equal(result.responses, 3);
    assert.ok(result.elements.every((e) => !e.hidden && e.distribution.reduce((a, b) => a + b, 0) === 3), 'three answers are summarised');
    assert.ok(result.elements.some((e) => e.comments.some((cm) => cm.text === COMMENT && cm.signed_by === null)), "b1's comment, unsigned");
    await call('/api/collaborations/{id}/evaluations/{round_id}/response', 'PUT', `/api/collaborations/${X.id}/evaluations/${R.id}/response`, 409,
        { as: a1, body: responseBody(5, null, false) });
    await call('/api/collaborations/{id}/partners/{partner_id}', 'DELETE', `/api/collaborations/${X.id}/partners/${partners.A.id}`, 409, { as: a1 });
    const detail = (await call('/api/collaborations/{id}', 'GET', `/api/collaborations/${X.id}`, 200, { as: a1 })).json;
    assert.ok(!detail.partners.some((p) => p.organisation_id === orgs.E.id), 'E (added and removed in the walk) is still a partner');
    await call('/api/collaborations/{id}', 'GET', '/api/collaborations/col_doesnotexist', 404, { as: a1 });
    // The coordinator's walk created and deleted an ambition and a result; X's own remain, and an
    // ambition with results cannot be deleted.
    await call('/api/collaborations/{id}/ambitions/{ambition_id}', 'GET', `/api/collaborations/${X.id}/ambitions/${state.addedAmbitionId}`, 404, { as: a1 });
    await call('/api/collaborations/{id}/results/{result_id}', 'GET', `/api/collaborations/${X.id}/results/${state.addedResultId}`, 404, { as: a1 });
    await call('/api/collaborations/{id}/ambitions/{ambition_id}', 'DELETE', `/api/collaborations/${X.id}/ambitions/${AMB.id}`, 409, { as: a1 });
    const amb = (await call('/api/collaborations/{id}/ambitions/{ambition_id}', 'GET', `/api/collaborations/${X.id}/ambitions/${AMB.id}`, 200, { as: a1 })).json;
    assert.deepEqual(amb.results_list.map((r) => r.id), [RES.id]);
});

// Issue 15: the public password-link routes with a real link (the walk only tries a made-up one).
test('a one-time link made by the administrator checks and sets a password once', async () => {
    const account = (await call('/api/admin/people', 'POST', '/api/admin/people', 201, {
        as: await adminSession(), body: { email: `link-${SUFFIX}@walk.example`, name: `Link ${SUFFIX}`, organisation_id: orgs.E.id },
    })).json;
    const token = account.link.token;
    const info = (await call('/api/password-link/check', 'POST', '/api/password-link/check', 200, { body: { token } })).json;
    assert.equal(info.email, `link-${SUFFIX}@walk.example`);
    const pw = password('link');
    await call('/api/password-link', 'POST', '/api/password-link', 204, { body: { token, password: pw } });
    await call('/api/password-link', 'POST', '/api/password-link', 409, { body: { token, password: pw } });
    await signIn(`link-${SUFFIX}@walk.example`, pw, 'link');
});

test('every documented operation was checked against a real success response', () => {
    const missing = [...c.operations()]
        .map(({ template, method }) => `${method} ${template} ${c.successStatus(template, method)}`)
        .filter((key) => !c.validated.has(key))
        .filter((key) => !/^get \/api\/(regions|observations)/.test(key)); // 404 without demo data; api.test.mjs covers them
    assert.deepEqual(missing, [], 'operations in openapi.yaml without a test of their success response');
});
