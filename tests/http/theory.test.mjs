// The theory of change (tag theory in openapi.yaml, block 3A) against the demo data (Almere). Who
// may do what on every route is walked in access.test.mjs; this file checks what the answers say:
// assumptions side by side per result, the common ground, the figures of an intermediate outcome
// and the verdict, the holder rules, and an attacker who is a partner here and coordinator of
// another collaboration trying to link across. Assumptions are made without an activity: the
// activities API is not in this tree yet (the C++ service test links one, inserted directly).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn, validate } from './lib/accounts.mjs';

const JZ = 'PercentageJongerenMetJeugdzorg';
const base = (id) => `/api/collaborations/${id}`;

let a1; // coordinator of X (A)
let b1; // partner of X (B)
let c1; // viewer of X (C)
let e1; // partner of X (E) and coordinator of Y: the attacker
let d1; // outsider
let X; let Y;
let RES; let RES_Y; // a result of X, a result of Y
let SHARED; // an intermediate outcome of X with the indicator JZ

async function makeResult(as, collaborationId) {
    const amb = (await call('/api/collaborations/{id}/ambitions', 'POST', `${base(collaborationId)}/ambitions`, 201, {
        as, body: { title: `Gezond opgroeien ${SUFFIX}`, statement: '', agreed_on: '2026-11-24' },
    })).json;
    return (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `${base(collaborationId)}/ambitions/${amb.id}/results`, 201, {
        as, body: {
            title: `Minder jongeren in de jeugdzorg ${SUFFIX}`, indicator: JZ, regions: ['GM0034'],
            baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 }, agreed_on: '2026-11-24',
        },
    })).json;
}

function assumption(overrides = {}) {
    return {
        result_id: RES.id, intermediate_outcome_id: SHARED.id,
        explanation: `Ouders die steun krijgen, vragen minder zware hulp ${SUFFIX}`,
        evidence: { strength: 'research_based', source: 'https://www.nji.nl/ (Opvoedondersteuning: wat werkt)' },
        open_questions: 'Werkt dit ook voor gezinnen met tieners?', expected_direction: 'decrease', ...overrides,
    };
}

async function theory(as = a1, collaborationId = X.id) {
    return (await call('/api/collaborations/{id}/theory', 'GET', `${base(collaborationId)}/theory`, 200, { as })).json;
}

const postAssumption = (as, body, status = 201, collaborationId = X.id) =>
    call('/api/collaborations/{id}/assumptions', 'POST', `${base(collaborationId)}/assumptions`, status, { as, body });

before(async () => {
    const admin = await adminSession();
    const orgs = {};
    for (const [key, kind, region] of [['A', 'municipality', 'GM0034'], ['B', 'civic_partner', null], ['C', 'knowledge_institute', null], ['D', 'provider', null], ['E', 'provider', null]]) {
        orgs[key] = await createOrganisation(admin, `Organisatie ${key} theorie ${SUFFIX}`, kind, region);
    }
    const sessions = {};
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
        const pw = password(`t${key}`);
        const person = await createPerson(admin, { email: `t${key}1-${SUFFIX}@theory.example`, name: `Persoon ${key} ${SUFFIX}`, organisation_id: orgs[key.toUpperCase()].id, password: pw });
        sessions[key] = await signIn(person.email, pw, key);
    }
    ({ a: a1, b: b1, c: c1, d: d1, e: e1 } = sessions);
    X = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: a1, body: { name: `Veranderverhaal ${SUFFIX}`, theme: 'Opvoeden', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    for (const [org, role] of [['B', 'partner'], ['C', 'viewer'], ['E', 'partner']]) {
        await call('/api/collaborations/{id}/partners', 'POST', `${base(X.id)}/partners`, 201, { as: a1, body: { organisation_id: orgs[org].id, role } });
    }
    Y = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: e1, body: { name: `Eigen Y ${SUFFIX}`, theme: 'Y', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    RES = await makeResult(a1, X.id);
    RES_Y = await makeResult(e1, Y.id);
    SHARED = (await call('/api/collaborations/{id}/intermediate-outcomes', 'POST', `${base(X.id)}/intermediate-outcomes`, 201, {
        as: b1, body: { name: `Ouders voelen zich gesteund ${SUFFIX}`, indicator: JZ },
    })).json;
});

describe('intermediate outcomes', () => {
    test('an indicator brings its figures for the collaboration\'s region, as the results page shows them', () => {
        assert.equal(SHARED.indicator, JZ);
        assert.equal(SHARED.region, 'GM0034', 'without a region: the collaboration\'s first');
        assert.ok(SHARED.figures, 'figures for an indicator with demo data');
        assert.ok(SHARED.figures.series.length >= 2, `series: ${SHARED.figures.series.length}`);
        assert.equal(SHARED.figures.latest.period, SHARED.figures.series.filter((p) => p.value !== null).at(-1).period);
    });
    test('a name is used once per collaboration (ignoring case); 400s name the field', async () => {
        const dup = await send('POST', `${base(X.id)}/intermediate-outcomes`, { as: a1, body: { name: SHARED.name.toUpperCase() } });
        assert.equal(dup.status, 409, dup.text);
        validate('/api/collaborations/{id}/intermediate-outcomes', 'post', dup, 'duplicate name');
        for (const [body, field] of [[{ name: '' }, 'name'], [{ name: `Onbekend ${SUFFIX}`, indicator: 'BestaatNiet' }, 'indicator'], [{ name: `Regio ${SUFFIX}`, region: 'GM0034' }, 'region']]) {
            const res = await call('/api/collaborations/{id}/intermediate-outcomes', 'POST', `${base(X.id)}/intermediate-outcomes`, 400, { as: a1, body });
            assert.equal(res.json.error.field, field, JSON.stringify(res.json));
        }
        // Another collaboration may have the same name.
        await call('/api/collaborations/{id}/intermediate-outcomes', 'POST', `${base(Y.id)}/intermediate-outcomes`, 201, { as: e1, body: { name: SHARED.name } });
    });
});

describe('assumptions side by side', () => {
    let mine; let theirs;
    before(async () => {
        mine = (await postAssumption(b1, assumption())).json;
        theirs = (await postAssumption(a1, assumption({ evidence: { strength: 'practice_based', source: 'Ervaring consultatiebureau' }, expected_direction: 'increase' }))).json;
    });

    test('the holder is the caller\'s partnership; the evidence and questions are kept', async () => {
        assert.match(mine.holder_name, /Organisatie B theorie/);
        assert.deepEqual(mine.evidence, assumption().evidence);
        assert.equal(mine.open_questions, assumption().open_questions);
        assert.equal(mine.activity_id, null);
        assert.equal(mine.can_edit, true);
        assert.match(theirs.holder_name, /Organisatie A theorie/);
    });

    test('grouped per result with both holders, and the common ground names both partners', async () => {
        const t = await theory(c1);
        assert.equal(t.can_record, false, 'a viewer reads only');
        const group = t.results.find((r) => r.result.id === RES.id);
        assert.deepEqual(group.assumptions.map((a) => a.id).sort(), [mine.id, theirs.id].sort());
        assert.ok(group.assumptions.every((a) => a.can_edit === false), 'a viewer edits nothing');
        const shared = t.common_ground.intermediate_outcomes.find((g) => g.id === SHARED.id);
        assert.ok(shared, `common ground: ${JSON.stringify(t.common_ground)}`);
        assert.deepEqual(shared.partners.map((p) => p.name).sort(), [mine.holder_name, theirs.holder_name].sort());
        assert.ok(t.common_ground.results.some((g) => g.id === RES.id));
        assert.deepEqual(t.activities, []);
    });

    test('the verdict follows the figure\'s change and the expected direction, honestly', async () => {
        const t = await theory(b1);
        const change = t.intermediate_outcomes.find((o) => o.id === SHARED.id).figures.change;
        const verdicts = Object.fromEntries(t.results.flatMap((r) => r.assumptions).map((a) => [a.id, a.verdict]));
        for (const [a, expected] of [[mine, 'decrease'], [theirs, 'increase']]) {
            const v = verdicts[a.id];
            assert.ok(v.text.length > 0);
            if (!change || change.verdict === 'within_normal_variation') assert.equal(v.verdict, 'cannot_say', v.text);
            else assert.equal(v.verdict, change.verdict === expected ? 'as_expected' : 'against', v.text);
        }
        // Two opposite expectations about the same figure can never both move as expected.
        assert.ok(!(verdicts[mine.id].verdict === 'as_expected' && verdicts[theirs.id].verdict === 'as_expected'));
        // Without a direction: cannot say.
        const none = (await postAssumption(b1, assumption({ expected_direction: null }))).json;
        assert.equal(none.verdict.verdict, 'cannot_say');
    });

    test('a partner cannot change or delete another partner\'s assumption; the coordinator can', async () => {
        const refused = await send('PUT', `${base(X.id)}/assumptions/${theirs.id}`, { as: b1, body: assumption({ open_questions: 'overschreven' }) });
        assert.equal(refused.status, 403, refused.text);
        validate('/api/collaborations/{id}/assumptions/{assumption_id}', 'put', refused, 'PUT by another partner');
        await call('/api/collaborations/{id}/assumptions/{assumption_id}', 'DELETE', `${base(X.id)}/assumptions/${theirs.id}`, 403, { as: b1 });
        const kept = (await theory(a1)).results.flatMap((r) => r.assumptions).find((a) => a.id === theirs.id);
        assert.equal(kept.open_questions, assumption().open_questions, 'the refused PUT changed nothing');
        // Nor record one in the coordinator's name.
        await postAssumption(b1, assumption({ holder_partner_id: theirs.holder_partner_id }), 403);
        // The coordinator records for B and edits B's.
        const forB = (await postAssumption(a1, assumption({ holder_partner_id: mine.holder_partner_id }))).json;
        assert.equal(forB.holder_name, mine.holder_name);
        const edited = (await call('/api/collaborations/{id}/assumptions/{assumption_id}', 'PUT', `${base(X.id)}/assumptions/${mine.id}`, 200, {
            as: a1, body: assumption({ open_questions: 'Wat zeggen jongeren zelf?' }),
        })).json;
        assert.equal(edited.open_questions, 'Wat zeggen jongeren zelf?');
        assert.equal(edited.holder_partner_id, mine.holder_partner_id, 'an edit without holder keeps it');
        // B deletes its own.
        await call('/api/collaborations/{id}/assumptions/{assumption_id}', 'DELETE', `${base(X.id)}/assumptions/${forB.id}`, 204, { as: b1 });
        await call('/api/collaborations/{id}/assumptions/{assumption_id}', 'DELETE', `${base(X.id)}/assumptions/${forB.id}`, 404, { as: a1 });
    });

    test('input errors name the field', async () => {
        for (const [body, field] of [
            [assumption({ evidence: { strength: 'sterk' } }), 'evidence'],
            [assumption({ evidence: undefined }), 'evidence'],
            [assumption({ expected_direction: 'omhoog' }), 'expected_direction'],
            [assumption({ intermediate_outcome_id: 'ioc_bestaatniet' }), 'intermediate_outcome_id'],
            [assumption({ activity_id: 'act_bestaatniet' }), 'activity_id'],
        ]) {
            const res = await postAssumption(b1, body, 400);
            assert.equal(res.json.error.field, field, JSON.stringify(res.json));
        }
    });
});

describe('the attacker: a partner here, coordinator of Y', () => {
    test('cannot link Y\'s result into X, nor X\'s result, outcome or holder into Y', async () => {
        const intoX = await postAssumption(e1, assumption({ result_id: RES_Y.id }), 400);
        assert.equal(intoX.json.error.field, 'result_id');
        const ownY = (await call('/api/collaborations/{id}/intermediate-outcomes', 'POST', `${base(Y.id)}/intermediate-outcomes`, 201, { as: e1, body: { name: `Y-uitkomst ${SUFFIX}` } })).json;
        for (const [body, field] of [
            [{ result_id: RES.id, intermediate_outcome_id: ownY.id }, 'result_id'],
            [{ result_id: RES_Y.id, intermediate_outcome_id: SHARED.id }, 'intermediate_outcome_id'],
        ]) {
            const res = await postAssumption(e1, assumption(body), 400, Y.id);
            assert.equal(res.json.error.field, field, JSON.stringify(res.json));
        }
        const holders = (await theory(a1)).results.flatMap((r) => r.assumptions).map((a) => a.holder_partner_id);
        const res = await postAssumption(e1, assumption({ result_id: RES_Y.id, intermediate_outcome_id: ownY.id, holder_partner_id: holders[0] }), 400, Y.id);
        assert.equal(res.json.error.field, 'holder_partner_id');
        // Y's theory shows nothing of X.
        const t = await theory(e1, Y.id);
        assert.ok(!JSON.stringify(t).includes(X.id) && !JSON.stringify(t).includes(SHARED.id) && !JSON.stringify(t).includes(RES.id));
    });

    test('an outsider gets 404 on X\'s theory and cannot record in it', async () => {
        const res = await send('GET', `${base(X.id)}/theory`, { as: d1 });
        assert.equal(res.status, 404);
        assert.ok(!res.text.includes(SUFFIX), 'the 404 leaks nothing');
        await postAssumption(d1, assumption(), 404);
        await call('/api/collaborations/{id}/intermediate-outcomes', 'POST', `${base(X.id)}/intermediate-outcomes`, 404, { as: d1, body: { name: `Buiten ${SUFFIX}` } });
    });
});
