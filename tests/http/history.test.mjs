// Issue 12: a societal result is edited (PUT, coordinator) and results and ambitions keep their
// history: who changed what, when and why. A change of the indicator, baseline or target needs a
// reason (400 naming `reason`). Partners and viewers read the history; attackers cannot edit.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn } from './lib/accounts.mjs';

const JZ = 'PercentageJongerenMetJeugdzorg';
const base = (id) => `/api/collaborations/${id}`;
const RESULT = '/api/collaborations/{id}/results/{result_id}';
const RESULT_HISTORY = '/api/collaborations/{id}/results/{result_id}/history';
const AMBITION = '/api/collaborations/{id}/ambitions/{ambition_id}';
const AMBITION_HISTORY = '/api/collaborations/{id}/ambitions/{ambition_id}/history';

let a1; // coordinator of C
let b1; // partner of C
let v1; // viewer of C
let o1; // coordinator of another collaboration, not a member of C
let C;
let AMB;
let RES;
let OTHER; // another indicator with figures

function resultBody(overrides = {}) {
    return {
        title: `Hooguit 10 % jeugdzorg ${SUFFIX}`, indicator: JZ, regions: ['GM0034'],
        baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 }, agreed_on: '2026-11-24',
        ...overrides,
    };
}

const history = async (as, resultId = RES.id) =>
    (await call(RESULT_HISTORY, 'GET', `${base(C.id)}/results/${resultId}/history`, 200, { as })).json;

before(async () => {
    const admin = await adminSession();
    const indicators = (await call('/api/indicators', 'GET', '/api/indicators', 200, { as: admin })).json;
    OTHER = indicators.find((i) => i.key !== JZ).key;
    const A = await createOrganisation(admin, `Gemeente H ${SUFFIX}`, 'municipality', 'GM0034');
    const B = await createOrganisation(admin, `Aanbieder H ${SUFFIX}`, 'provider');
    const V = await createOrganisation(admin, `Kennis H ${SUFFIX}`, 'knowledge_institute');
    const O = await createOrganisation(admin, `Buiten H ${SUFFIX}`, 'municipality', 'GM0363');
    const people = {};
    for (const [key, org, role] of [['a1', A, 'Coördinator'], ['b1', B, 'Partner'], ['v1', V, 'Kijker'], ['o1', O, 'Buitenstaander']]) {
        const pw = password(`h${key}`);
        const person = await createPerson(admin, { email: `h${key}-${SUFFIX}@history.example`, name: `${role} ${SUFFIX}`, organisation_id: org.id, password: pw });
        people[key] = await signIn(person.email, pw, key);
    }
    ({ a1, b1, v1, o1 } = people);
    C = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: a1, body: { name: `Geschiedenis ${SUFFIX}`, theme: 'Jeugdzorg', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    await call('/api/collaborations/{id}/partners', 'POST', `${base(C.id)}/partners`, 201, { as: a1, body: { organisation_id: B.id, role: 'partner' } });
    await call('/api/collaborations/{id}/partners', 'POST', `${base(C.id)}/partners`, 201, { as: a1, body: { organisation_id: V.id, role: 'viewer' } });
    await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: o1, body: { name: `Andere ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0363'], period_start: '2026-01-01' },
    });
    AMB = (await call('/api/collaborations/{id}/ambitions', 'POST', `${base(C.id)}/ambitions`, 201, {
        as: a1, body: { title: `Minder jeugdzorg ${SUFFIX}`, statement: 'Gezond opgroeien.', agreed_on: '2026-11-24', indicators: [JZ] },
    })).json;
    RES = (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `${base(C.id)}/ambitions/${AMB.id}/results`, 201, {
        as: a1, body: resultBody(),
    })).json;
});

describe('editing a societal result', () => {
    test('a new result has no history', async () => {
        assert.deepEqual(await history(v1), []);
    });

    test('a change of target, baseline or indicator without a reason is 400 naming reason, and changes nothing', async () => {
        for (const overrides of [
            { target: { value: 9.0, year: 2028 } },
            { target: { value: 10.0, year: 2030 } },
            { baseline: { value: 11.0, period: '2022JJ00' } },
            { baseline: { value: 10.8, period: '2023JJ00' } },
            { indicator: OTHER },
        ]) {
            for (const reason of [undefined, '', '   ']) {
                const body = resultBody(overrides);
                if (reason !== undefined) body.reason = reason;
                const res = await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 400, { as: a1, body });
                assert.equal(res.json.error.field, 'reason', JSON.stringify(overrides));
            }
        }
        assert.deepEqual(await history(a1), []);
        const progress = (await call(RESULT, 'GET', `${base(C.id)}/results/${RES.id}`, 200, { as: a1 })).json;
        assert.deepEqual(progress.result.target, { value: 10.0, year: 2028 });
    });

    test('a change with a reason is kept: who, when, what (old and new) and why', async () => {
        const reason = `Landelijke cijfers bijgesteld ${SUFFIX}`;
        const changed = (await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 200, {
            as: a1, body: { ...resultBody({ target: { value: 9.5, year: 2029 } }), reason },
        })).json;
        assert.deepEqual(changed.target, { value: 9.5, year: 2029 });
        assert.equal(changed.ambition_id, AMB.id);
        assert.equal(changed.id, RES.id);
        // A title change needs no reason.
        await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 200, {
            as: a1, body: resultBody({ title: `Minder jongeren in jeugdzorg ${SUFFIX}`, target: { value: 9.5, year: 2029 } }),
        });
        // Nothing differs: nothing is added.
        await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 200, {
            as: a1, body: resultBody({ title: `Minder jongeren in jeugdzorg ${SUFFIX}`, target: { value: 9.5, year: 2029 } }),
        });
        for (const reader of [a1, b1, v1]) {
            const entries = await history(reader);
            assert.equal(entries.length, 2);
            const [first, second] = entries;
            assert.equal(first.seq, 1);
            assert.equal(first.object_type, 'societal_result');
            assert.equal(first.object_id, RES.id);
            assert.equal(first.reason, reason);
            assert.equal(first.changed_by, `Coördinator ${SUFFIX}`);
            assert.match(first.changed_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
            assert.deepEqual(first.changes, [
                { field: 'target.value', old: '10', new: '9.5' },
                { field: 'target.year', old: '2028', new: '2029' },
            ]);
            assert.equal(second.seq, 2);
            assert.equal(second.reason, '');
            assert.deepEqual(second.changes, [{ field: 'title', old: `Hooguit 10 % jeugdzorg ${SUFFIX}`, new: `Minder jongeren in jeugdzorg ${SUFFIX}` }]);
        }
    });

    test('the edit is validated like a new result', async () => {
        for (const [overrides, field] of [[{ indicator: 'BestaatNiet' }, 'indicator'], [{ regions: ['GM9999'] }, 'regions'],
            [{ target: { value: 9.0, year: 2020 } }, 'target'], [{ agreed_by: ['prt_onbekend'] }, 'agreed_by']]) {
            const res = await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 400, { as: a1, body: { ...resultBody(overrides), reason: 'test' } });
            assert.equal(res.json.error.field, field);
        }
        const res = await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 400, { as: a1, body: { ...resultBody(), reason: 5 } });
        assert.equal(res.json.error.field, 'reason');
    });
});

describe('attackers', () => {
    test('a partner or viewer cannot edit a result (403); an outsider gets 404', async () => {
        const body = { ...resultBody({ target: { value: 1, year: 2029 } }), reason: 'aanval' };
        await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 403, { as: b1, body });
        await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 403, { as: v1, body });
        await call(RESULT, 'PUT', `${base(C.id)}/results/${RES.id}`, 404, { as: o1, body });
        const res = await send('PUT', `${base(C.id)}/results/${RES.id}`, { body });
        assert.equal(res.status, 401);
        assert.equal((await history(a1)).length, 2, 'no attack left a trace in the history');
    });

    test('an outsider cannot read the history; an unknown or foreign id is 404', async () => {
        await call(RESULT_HISTORY, 'GET', `${base(C.id)}/results/${RES.id}/history`, 404, { as: o1 });
        await call(AMBITION_HISTORY, 'GET', `${base(C.id)}/ambitions/${AMB.id}/history`, 404, { as: o1 });
        await call(RESULT_HISTORY, 'GET', `${base(C.id)}/results/res_0000000000000000/history`, 404, { as: a1 });
        await call(AMBITION_HISTORY, 'GET', `${base(C.id)}/ambitions/${RES.id}/history`, 404, { as: a1 });
        await call(RESULT, 'PUT', `${base(C.id)}/results/res_0000000000000000`, 404, { as: a1, body: { ...resultBody(), reason: 'x' } });
    });
});

describe('ambition history', () => {
    test('a changed ambition records its fields and the optional reason', async () => {
        const body = { title: `Veel minder jeugdzorg ${SUFFIX}`, statement: 'Gezond opgroeien.', agreed_on: '2026-11-24', indicators: [JZ], reason: 'Stuurgroep 1 december' };
        await call(AMBITION, 'PUT', `${base(C.id)}/ambitions/${AMB.id}`, 200, { as: a1, body });
        await call(AMBITION, 'PUT', `${base(C.id)}/ambitions/${AMB.id}`, 403, { as: b1, body: { ...body, title: 'aanval' } });
        const entries = (await call(AMBITION_HISTORY, 'GET', `${base(C.id)}/ambitions/${AMB.id}/history`, 200, { as: v1 })).json;
        assert.equal(entries.length, 1);
        assert.equal(entries[0].object_type, 'ambition');
        assert.equal(entries[0].reason, 'Stuurgroep 1 december');
        assert.deepEqual(entries[0].changes, [{ field: 'title', old: `Minder jeugdzorg ${SUFFIX}`, new: `Veel minder jeugdzorg ${SUFFIX}` }]);
    });
});
