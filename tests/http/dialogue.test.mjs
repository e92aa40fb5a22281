// The quality dialogue (tag dialogue in openapi.yaml, block 6). Who may do what for every route is
// walked in access.test.mjs; this file checks the flow (plan with partners and a young person,
// agenda items with their figures, the four questions, an explanation tested with evidence, a
// follow-up question, the next dialogue opening with the previous cycle's actions), the 400s that
// name the field, and attackers: the coordinator of another collaboration cannot put this
// collaboration's result, signal or round on its own agenda, and a municipality cannot put another
// municipality's outcome figure on the agenda.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn, validate } from './lib/accounts.mjs';

const base = (id) => `/api/collaborations/${id}`;
const people = {}; // a1 coordinator (A, GM0034), b1 partner (B), c1 viewer (C), d1 coordinator of Z (D, GM0363)
const s = {};
const partners = {};
let X; // the collaboration
let Z; // d1's own collaboration
let RES;
let SIG;
let ROUND;
let DZ; // d1's own dialogue

before(async () => {
    const admin = await adminSession();
    const orgs = {
        A: await createOrganisation(admin, `Gemeente K ${SUFFIX}`, 'municipality', 'GM0034'),
        B: await createOrganisation(admin, `Aanbieder K ${SUFFIX}`, 'provider'),
        C: await createOrganisation(admin, `Kijker K ${SUFFIX}`, 'knowledge_institute'),
        D: await createOrganisation(admin, `Gemeente Elders K ${SUFFIX}`, 'municipality', 'GM0363'),
    };
    for (const [key, org] of [['a1', 'A'], ['b1', 'B'], ['c1', 'C'], ['d1', 'D']]) {
        const pw = password(`dlg-${key}`);
        people[key] = await createPerson(admin, { email: `dlg-${key}-${SUFFIX}@dialogue.example`, name: `Persoon ${key} ${SUFFIX}`, organisation_id: orgs[org].id, password: pw });
        s[key] = await signIn(people[key].email, pw, key);
    }
    X = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: s.a1, body: { name: `Dialoog ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    partners.A = X.partners[0];
    for (const [org, role] of [['B', 'partner'], ['C', 'viewer']]) {
        partners[org] = (await call('/api/collaborations/{id}/partners', 'POST', `${base(X.id)}/partners`, 201, { as: s.a1, body: { organisation_id: orgs[org].id, role } })).json;
    }
    const AMB = (await call('/api/collaborations/{id}/ambitions', 'POST', `${base(X.id)}/ambitions`, 201, {
        as: s.a1, body: { title: `Gezond opgroeien ${SUFFIX}`, statement: '', agreed_on: '2026-11-24' },
    })).json;
    RES = (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `${base(X.id)}/ambitions/${AMB.id}/results`, 201, {
        as: s.a1, body: { title: `Minder jeugdzorg ${SUFFIX}`, indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10, year: 2028 }, agreed_on: '2026-11-24' },
    })).json;
    SIG = (await call('/api/collaborations/{id}/signals', 'POST', `${base(X.id)}/signals`, 201, {
        as: s.b1, body: { text: `Wachtlijsten ${SUFFIX}`, source: 'professional', date: '2026-03-01' },
    })).json;
    ROUND = (await call('/api/collaborations/{id}/evaluations', 'POST', `${base(X.id)}/evaluations`, 201, { as: s.a1, body: { title: `Ronde ${SUFFIX}` } })).json;
    Z = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: s.d1, body: { name: `Elders ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0363'], period_start: '2026-01-01' },
    })).json;
    DZ = (await call('/api/collaborations/{id}/dialogues', 'POST', `${base(Z.id)}/dialogues`, 201, { as: s.d1, body: { title: 'Eigen dialoog', held_on: '2026-03-01' } })).json;
});

test('a dialogue with partners and a young person; agenda items with figures; the four questions; a tested explanation; a follow-up question', async () => {
    const dialogue = (await call('/api/collaborations/{id}/dialogues', 'POST', `${base(X.id)}/dialogues`, 201, {
        as: s.a1,
        body: { title: `Voorjaarsdialoog ${SUFFIX}`, held_on: '2026-04-01', participants: [{ partner_id: partners.B.id }, { name: 'Sam', role: 'young_person' }, { name: 'Ouder van Noor', role: 'parent' }] },
    })).json;
    assert.equal(dialogue.status, 'planned');
    assert.deepEqual(dialogue.participants.map((p) => [p.role, p.name]), [['partner', `Aanbieder K ${SUFFIX}`], ['young_person', 'Sam'], ['parent', 'Ouder van Noor']]);
    assert.deepEqual(dialogue.items, []);
    // Partners and viewers do not plan or edit.
    for (const who of ['b1', 'c1']) {
        const refused = await send('POST', `${base(X.id)}/dialogues`, { as: s[who], body: { title: 'eigen', held_on: '2026-04-01' } });
        assert.equal(refused.status, 403, who);
    }
    const path = `${base(X.id)}/dialogues/${dialogue.id}`;
    const add = (body) => call('/api/collaborations/{id}/dialogues/{dialogue_id}/items', 'POST', `${path}/items`, 201, { as: s.a1, body });
    await add({ kind: 'indicator', indicator: 'PercentageJongerenMetJeugdzorg', region: 'GM0034' });
    await add({ kind: 'result', result_id: RES.id });
    await add({ kind: 'signal', signal_id: SIG.id });
    await add({ kind: 'evaluation', round_id: ROUND.id });
    const full = (await add({ kind: 'outcome', municipality: 'GM0034', outcome_figure: 'planned', help_form: 'all' })).json;
    assert.deepEqual(full.items.map((i) => i.kind), ['indicator', 'result', 'signal', 'evaluation', 'outcome']);
    const indicator = full.items[0].figure;
    assert.equal(indicator.available, true);
    assert.ok(indicator.series.length > 0, 'the indicator has a series');
    assert.ok(indicator.latest && typeof indicator.latest.value === 'number');
    assert.ok(['common_cause', 'special_cause', 'cannot_say'].includes(indicator.control.verdict));
    if (indicator.series.some((p) => p.value !== null && p.numerator === null)) {
        assert.equal(indicator.control.verdict, 'cannot_say');
        assert.match(indicator.control.text, /^Niet te zeggen/);
    }
    assert.deepEqual(full.items[2].figure.facts.find((f) => f.label === 'Signaal')?.value, SIG.text);
    assert.equal(full.items[3].figure.facts.length, 6);
    assert.equal(full.items[4].figure.available, true, 'the municipality sees its own outcome figure');
    // The viewer reads the dialogue, but not the municipality's outcome figure.
    const read = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}', 'GET', path, 200, { as: s.c1 })).json;
    assert.equal(read.items[4].figure.available, false);
    assert.deepEqual(read.items[4].figure.series, []);
    assert.equal(read.items[0].figure.title, indicator.title);

    // The four questions on the first item, by the partner and the coordinator.
    const item = full.items[0].id;
    const answer = (as, body, status = 201) => call('/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers', 'POST', `${path}/items/${item}/answers`, status, { as, body });
    await answer(s.b1, { question: 'recognise', text: 'Ja, dat herkennen wij' });
    await answer(s.a1, { question: 'explain', text: 'Het wijkteam verwijst later', explanation_status: 'to_be_tested' });
    await answer(s.b1, { question: 'appreciate', text: 'Te hoog' });
    const answered = (await answer(s.b1, { question: 'improve', text: 'Eerder overleg met scholen' })).json;
    const answers = answered.items[0].answers;
    assert.deepEqual(answers.map((a) => a.question), ['recognise', 'explain', 'appreciate', 'improve']);
    assert.equal(answers[0].author, people.b1.name);
    assert.equal(answers[0].partner_id, partners.B.id);
    const viewer = await send('POST', `${path}/items/${item}/answers`, { as: s.c1, body: { question: 'recognise', text: 'kijker' } });
    assert.equal(viewer.status, 403);
    const wrongStatus = await send('POST', `${path}/items/${item}/answers`, { as: s.b1, body: { question: 'recognise', text: 'x', explanation_status: 'to_be_tested' } });
    assert.equal(wrongStatus.status, 400);
    validate('/api/collaborations/{id}/dialogues/{dialogue_id}/items/{item_id}/answers', 'post', wrongStatus, 'status on recognise');
    assert.equal(wrongStatus.json.error.field, 'explanation_status');
    // The explanation is confirmed later, with evidence.
    const mark = (as, body) => send('PUT', `${path}/answers/${answers[1].id}`, { as, body });
    const noEvidence = await mark(s.b1, { explanation_status: 'confirmed', evidence: '' });
    assert.equal(noEvidence.status, 400);
    assert.equal(noEvidence.json.error.field, 'evidence');
    const confirmed = await mark(s.b1, { explanation_status: 'confirmed', evidence: 'Wachttijdcijfers 2025' });
    assert.equal(confirmed.status, 200, confirmed.text);
    validate('/api/collaborations/{id}/dialogues/{dialogue_id}/answers/{answer_id}', 'put', confirmed, 'confirm');
    assert.equal(confirmed.json.items[0].answers[1].explanation_status, 'confirmed');
    // A knowledge gap goes to the follow-up list.
    const question = (await call('/api/collaborations/{id}/questions', 'POST', `${base(X.id)}/questions`, 201, {
        as: s.b1, body: { text: 'Hoe lang wachten gezinnen echt?', dialogue_id: dialogue.id, item_id: item },
    })).json;
    const list = (await call('/api/collaborations/{id}/questions', 'GET', `${base(X.id)}/questions`, 200, { as: s.c1 })).json;
    assert.deepEqual(list.map((q) => q.id), [question.id]);
    assert.equal(list[0].author, people.b1.name);
    const dialogues = (await call('/api/collaborations/{id}/dialogues', 'GET', `${base(X.id)}/dialogues`, 200, { as: s.b1 })).json;
    assert.deepEqual(dialogues.map((d) => [d.id, d.item_count]), [[dialogue.id, 5]]);
});

test('the next dialogue opens with the actions of the previous cycle beside the later value of their figure', async () => {
    const first = (await call('/api/collaborations/{id}/dialogues', 'POST', `${base(X.id)}/dialogues`, 201, { as: s.a1, body: { title: 'Eerste ronde', held_on: '2020-01-01' } })).json;
    const action = (await call('/api/collaborations/{id}/actions', 'POST', `${base(X.id)}/actions`, 201, {
        as: s.b1, body: { title: `Scholen betrekken ${SUFFIX}`, owner_person_id: people.b1.id, due_on: '2099-01-01', result_id: RES.id },
    })).json;
    const next = (await call('/api/collaborations/{id}/dialogues', 'POST', `${base(X.id)}/dialogues`, 201, { as: s.a1, body: { title: 'Volgende ronde', held_on: '2099-06-01' } })).json;
    assert.equal(next.previous_dialogue_id !== null, true);
    const entry = next.previous_actions.find((p) => p.action.id === action.id);
    assert.ok(entry, 'the action recorded since the previous dialogue opens the next');
    assert.ok(entry.figure, 'beside its figure');
    assert.equal(entry.figure.title.startsWith(RES.title), true);
    const opening = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}', 'GET', `${base(X.id)}/dialogues/${first.id}`, 200, { as: s.c1 })).json;
    assert.equal(opening.previous_dialogue_id, null);
    assert.deepEqual(opening.previous_actions, []);
});

test('attackers: no agenda item from another collaboration or another municipality', async () => {
    const zPath = `${base(Z.id)}/dialogues/${DZ.id}/items`;
    for (const [body, field] of [[{ kind: 'result', result_id: RES.id }, 'result_id'], [{ kind: 'signal', signal_id: SIG.id }, 'signal_id'], [{ kind: 'evaluation', round_id: ROUND.id }, 'round_id']]) {
        const res = await send('POST', zPath, { as: s.d1, body });
        assert.equal(res.status, 400, `Z's dialogue naming X's ${field}: ${res.text.slice(0, 200)}`);
        validate('/api/collaborations/{id}/dialogues/{dialogue_id}/items', 'post', res, field);
        assert.equal(res.json.error.field, field);
        assert.ok(!res.text.includes(SUFFIX), 'the refusal leaked something of X');
    }
    // Each municipality only its own outcomes.
    const foreign = await send('POST', zPath, { as: s.d1, body: { kind: 'outcome', municipality: 'GM0034', outcome_figure: 'planned' } });
    assert.equal(foreign.status, 403, foreign.text);
    validate('/api/collaborations/{id}/dialogues/{dialogue_id}/items', 'post', foreign, 'foreign outcome');
    const xDialogue = (await call('/api/collaborations/{id}/dialogues', 'POST', `${base(X.id)}/dialogues`, 201, { as: s.a1, body: { title: 'Aanval', held_on: '2026-05-01' } })).json;
    const other = await send('POST', `${base(X.id)}/dialogues/${xDialogue.id}/items`, { as: s.a1, body: { kind: 'outcome', municipality: 'GM0363', outcome_figure: 'planned' } });
    assert.equal(other.status, 403, other.text);
    const badFigure = await send('POST', `${base(X.id)}/dialogues/${xDialogue.id}/items`, { as: s.a1, body: { kind: 'outcome', municipality: 'GM0034', outcome_figure: 'ranking' } });
    assert.equal(badFigure.status, 400);
    assert.equal(badFigure.json.error.field, 'outcome_figure');
    const helpForm = await send('POST', `${base(X.id)}/dialogues/${xDialogue.id}/items`, { as: s.a1, body: { kind: 'outcome', municipality: 'GM0034', outcome_figure: 'planned', help_form: '02' } });
    assert.equal(helpForm.status, 400);
    assert.equal(helpForm.json.error.field, 'help_form');
    // Z's dialogue cannot be reached through X, nor X's through Z.
    const through = await send('GET', `${base(X.id)}/dialogues/${DZ.id}`, { as: s.a1 });
    assert.equal(through.status, 404);
    const outsider = await send('GET', `${base(X.id)}/dialogues/${xDialogue.id}`, { as: s.d1 });
    assert.ok([403, 404].includes(outsider.status));
    // A participant must be a partner of this collaboration.
    const participant = await send('POST', `${base(Z.id)}/dialogues`, { as: s.d1, body: { title: 'x', held_on: '2026-05-01', participants: [{ partner_id: partners.B.id }] } });
    assert.equal(participant.status, 400);
    assert.equal(participant.json.error.field, 'participants');
    // A follow-up question cannot hang on X's dialogue from Z.
    const question = await send('POST', `${base(Z.id)}/questions`, { as: s.d1, body: { text: 'x', dialogue_id: xDialogue.id } });
    assert.equal(question.status, 400);
    assert.equal(question.json.error.field, 'dialogue_id');
    const xItems = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}', 'GET', `${base(X.id)}/dialogues/${xDialogue.id}`, 200, { as: s.a1 })).json;
    assert.deepEqual(xItems.items, []);
});

test('the quality conditions of a provider partner on the agenda; not of another organisation, nor from another collaboration', async () => {
    const B = partners.B.organisation_id;
    await call('/api/organisations/{org_id}/quality/{condition}', 'PUT', `/api/organisations/${B}/quality/reporting_code`, 200, {
        as: s.b1, body: { status: 'met', note: `Meldcode in gebruik ${SUFFIX}` },
    });
    const dialogue = (await call('/api/collaborations/{id}/dialogues', 'POST', `${base(X.id)}/dialogues`, 201, { as: s.a1, body: { title: 'Kwaliteit', held_on: '2026-06-01' } })).json;
    const items = `${base(X.id)}/dialogues/${dialogue.id}/items`;
    const added = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}/items', 'POST', items, 201, { as: s.a1, body: { kind: 'quality', organisation_id: B } })).json;
    const item = added.items[0];
    assert.equal(item.kind, 'quality');
    assert.equal(item.organisation_id, B);
    assert.match(item.figure.title, /Kwaliteitsvoorwaarden van Aanbieder K/);
    assert.match(item.figure.source, /aanbieder zelf/);
    const meldcode = item.figure.facts.find((f) => f.value.includes(`Meldcode in gebruik ${SUFFIX}`));
    assert.ok(meldcode, 'the recorded condition is on the agenda');
    assert.match(meldcode.value, /^voldoet: /);
    assert.ok(item.figure.facts.some((f) => f.value === 'onbekend'), 'conditions never recorded are unknown');
    // A viewer of the collaboration reads it too: it shares the collaboration with the provider.
    const asViewer = (await call('/api/collaborations/{id}/dialogues/{dialogue_id}', 'GET', `${base(X.id)}/dialogues/${dialogue.id}`, 200, { as: s.c1 })).json;
    assert.deepEqual(asViewer.items[0].figure.facts, item.figure.facts);

    // Not an organisation that is no provider, nor a provider that is not a partner here.
    const notProvider = await send('POST', items, { as: s.a1, body: { kind: 'quality', organisation_id: partners.C.organisation_id } });
    assert.equal(notProvider.status, 400);
    assert.equal(notProvider.json.error.field, 'organisation_id');
    const fromZ = await send('POST', `${base(Z.id)}/dialogues/${DZ.id}/items`, { as: s.d1, body: { kind: 'quality', organisation_id: B } });
    assert.equal(fromZ.status, 400);
    assert.equal(fromZ.json.error.field, 'organisation_id');
    assert.ok(!fromZ.text.includes(SUFFIX), 'the refusal leaked nothing of B');
    const missing = await send('POST', items, { as: s.a1, body: { kind: 'quality' } });
    assert.equal(missing.status, 400);
    assert.equal(missing.json.error.field, 'organisation_id');
});
