// Activities and the portfolio analysis (tag activities in openapi.yaml, blocks 3B and 4). Who may
// do what is walked in access.test.mjs; this file checks the fixed contract for scripts, what the
// portfolio says as activities come and go, the export, and the 400s that name the field.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn, validate } from './lib/accounts.mjs';
import { readSheets } from './lib/xlsx.mjs';

const base = (id) => `/api/collaborations/${id}`;
let a1; // coordinator of C
let b1; // partner of C
let C;
let RES1;
let RES2;

before(async () => {
    const admin = await adminSession();
    const A = await createOrganisation(admin, `Gemeente P ${SUFFIX}`, 'municipality', 'GM0034');
    const B = await createOrganisation(admin, `Buurtsport P ${SUFFIX}`, 'civic_partner');
    const pa = password('pa1');
    const pb = password('pb1');
    const pA = await createPerson(admin, { email: `pa1-${SUFFIX}@portfolio.example`, name: `Coördinator ${SUFFIX}`, organisation_id: A.id, password: pa });
    const pB = await createPerson(admin, { email: `pb1-${SUFFIX}@portfolio.example`, name: `Partner ${SUFFIX}`, organisation_id: B.id, password: pb });
    a1 = await signIn(pA.email, pa, 'coordinator');
    b1 = await signIn(pB.email, pb, 'partner');
    C = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: a1, body: { name: `Aanbod ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    await call('/api/collaborations/{id}/partners', 'POST', `${base(C.id)}/partners`, 201, { as: a1, body: { organisation_id: B.id, role: 'partner' } });
    const AMB = (await call('/api/collaborations/{id}/ambitions', 'POST', `${base(C.id)}/ambitions`, 201, {
        as: a1, body: { title: `Gezond opgroeien ${SUFFIX}`, statement: '', agreed_on: '2026-11-24' },
    })).json;
    const result = async (title) => (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST',
        `${base(C.id)}/ambitions/${AMB.id}/results`, 201, {
            as: a1, body: { title, indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10, year: 2028 }, agreed_on: '2026-11-24' },
        })).json;
    RES1 = await result(`Minder jeugdzorg ${SUFFIX}`);
    RES2 = await result(`Meer jongeren sporten ${SUFFIX}`);
});

const portfolio = async (query = '') => (await call('/api/collaborations/{id}/portfolio', 'GET', `${base(C.id)}/portfolio${query}`, 200, { as: b1 })).json;

test('the fixed contract: an activity with a name, an echelon and result_ids; the portfolio lists the gaps as ids', async () => {
    let p = await portfolio();
    assert.deepEqual([...p.results_without_activity].sort(), [RES1.id, RES2.id].sort());
    assert.deepEqual(p.activities_without_result, []);

    const loose = (await call('/api/collaborations/{id}/activities', 'POST', `${base(C.id)}/activities`, 201, {
        as: b1, body: { name: 'Inloop voor ouders', echelon: 'prevention', result_ids: [] },
    })).json;
    assert.equal(loose.echelon, 'prevention');
    assert.equal(loose.status, 'planned');
    assert.equal(loose.quality_known, false);
    const serving = (await call('/api/collaborations/{id}/activities', 'POST', `${base(C.id)}/activities`, 201, {
        as: b1, body: { name: 'Buurtsportcoach', echelon: 'citizen_initiative', result_ids: [RES2.id] },
    })).json;
    assert.deepEqual(serving.result_ids, [RES2.id]);

    p = await portfolio();
    assert.deepEqual(p.results_without_activity, [RES1.id]);
    assert.deepEqual(p.activities_without_result, [loose.id]);
    assert.deepEqual(p.cells.map((cell) => [cell.result_id, cell.activity_id]), [[RES2.id, serving.id]]);
});

test('budget and reach add up per result and echelon; the cost per child; decisions and priorities', async () => {
    const body = {
        name: 'Huiswerkklas', echelon: 'basic', kind: 'group_activity', status: 'running', actor_name: 'Vrijwilligers uit de wijk',
        actor_kind: 'citizens', age_from: 10, age_to: 16, regions: ['gm0034'],
        years: [{ year: 2025, reach_planned: 40, reach_actual: 32, budget_planned: 12000, budget_spent: 9600 }],
        results: [{ result_id: RES1.id, reason: 'Wie meekomt op school, heeft minder zware hulp nodig' }],
        recognition: 'well_described', checks: { target_group_described: true, goals_described: true, approach_described: null },
        monitoring: { what: 'Opkomst en schoolresultaten', who: 'Wijkteam', review_on: '2026-06-30' },
    };
    const activity = (await call('/api/collaborations/{id}/activities', 'POST', `${base(C.id)}/activities`, 201, { as: b1, body })).json;
    assert.equal(activity.actor, 'Vrijwilligers uit de wijk');
    assert.deepEqual(activity.regions, ['GM0034']);
    assert.equal(activity.results[0].reason, body.results[0].reason);
    assert.equal(activity.quality_known, false);
    assert.equal(activity.monitoring.who, 'Wijkteam');

    let p = await portfolio();
    assert.equal(p.year, 2025);
    assert.deepEqual(p.results_without_activity, []);
    const res1 = p.results.find((r) => r.result_id === RES1.id);
    assert.equal(res1.figures.budget_spent, 9600);
    assert.equal(res1.figures.reach_actual, 32);
    const row = p.activities.find((a) => a.activity_id === activity.id);
    assert.equal(row.cost_per_child, 300);
    assert.equal(row.cost_basis, 'spent');
    assert.equal(row.monitoring_agreement, true);
    assert.equal(p.echelons.find((e) => e.echelon === 'basic').figures.budget_planned, 12000);
    assert.equal(p.total.incomplete, true, 'two activities know no figures for 2025');

    await call('/api/collaborations/{id}/results/{result_id}/priority', 'PUT', `${base(C.id)}/results/${RES2.id}/priority`, 200,
        { as: a1, body: { priority: 'high', urgency: 'high' } });
    p = await portfolio();
    assert.equal(p.results.find((r) => r.result_id === RES2.id).attention, 'important_little_budget');
    assert.match(p.results.find((r) => r.result_id === RES2.id).attention_text, /Hoge prioriteit/);

    const decision = (await call('/api/collaborations/{id}/activities/{activity_id}/decisions', 'POST',
        `${base(C.id)}/activities/${activity.id}/decisions`, 201, { as: a1, body: { decision: 'rebuild', decided_on: '2026-12-01', reason: 'Meer ouders betrekken' } })).json;
    assert.equal(decision.decision, 'rebuild');
    const after = (await call('/api/collaborations/{id}/activities/{activity_id}', 'GET', `${base(C.id)}/activities/${activity.id}`, 200, { as: b1 })).json;
    assert.equal(after.status, 'rebuilding');
    p = await portfolio('?year=2024');
    assert.equal(p.year, 2024);
    assert.equal(p.total.budget_planned, null, 'nothing is known of 2024');
    assert.equal(p.decisions[0].reason, 'Meer ouders betrekken');
});

test('the export opens as a workbook with the matrix first', async () => {
    const res = await send('GET', `${base(C.id)}/portfolio/export?format=xlsx`, { as: b1 });
    assert.equal(res.status, 200, res.text.slice(0, 200));
    validate('/api/collaborations/{id}/portfolio/export', 'get', res, 'export');
    assert.match(res.headers['content-disposition'], /attachment; filename="aanbodanalyse\.xlsx"/);
    const sheets = readSheets(res.bytes);
    assert.deepEqual(Object.keys(sheets), ['Matrix', 'Resultaten', 'Activiteiten', 'Echelons', 'Besluiten']);
    const matrix = sheets.Matrix;
    assert.deepEqual(matrix[0], ['Resultaat \\ activiteit', 'Buurtsportcoach', 'Huiswerkklas', 'Inloop voor ouders']);
    const row = matrix.find((cells) => cells[0] === RES1.title);
    assert.deepEqual(row, [RES1.title, '', 'draagt bij: Wie meekomt op school, heeft minder zware hulp nodig'], JSON.stringify(matrix));
    assert.ok(sheets.Activiteiten.some((row) => row[0] === 'Huiswerkklas' && row.includes('300')), JSON.stringify(sheets.Activiteiten));
    assert.equal(sheets.Besluiten[1][1], 'Ombouwen');
    const csv = await call('/api/collaborations/{id}/portfolio/export', 'GET', `${base(C.id)}/portfolio/export?format=csv`, 200, { as: b1 });
    assert.equal(csv.text.split('\r\n')[0], 'Resultaat \\ activiteit,Buurtsportcoach,Huiswerkklas,Inloop voor ouders', 'the CSV is the matrix');
    await call('/api/collaborations/{id}/portfolio/export', 'GET', `${base(C.id)}/portfolio/export?format=pdf`, 400, { as: b1 });
});

test('bad input is refused with the field named, and nothing is written', async () => {
    const refused = async (body, field) => {
        const res = await call('/api/collaborations/{id}/activities', 'POST', `${base(C.id)}/activities`, 400, { as: b1, body });
        assert.equal(res.json.error.field, field, res.text);
    };
    await refused({ name: 'x' }, 'echelon');
    await refused({ name: 'x', echelon: 'everything' }, 'echelon');
    await refused({ name: '', echelon: 'basic' }, 'name');
    await refused({ name: 'x', echelon: 'basic', age_from: 12, age_to: 4 }, 'age_to');
    await refused({ name: 'x', echelon: 'basic', years: [{ year: 2025, budget_planned: -5 }] }, 'years');
    await refused({ name: 'x', echelon: 'basic', years: [{ year: 2025, budget_planned: 1.5 }] }, 'years');
    await refused({ name: 'x', echelon: 'basic', regions: ['GM9999'] }, 'regions');
    await refused({ name: 'x', echelon: 'basic', result_ids: ['res_doesnotexist'] }, 'result_ids');
    await refused({ name: 'x', echelon: 'basic', monitoring: { what: 'iets', review_on: 'ooit' } }, 'monitoring');
    await call('/api/collaborations/{id}/portfolio', 'GET', `${base(C.id)}/portfolio?year=twintig`, 400, { as: b1 });
    const list = (await call('/api/collaborations/{id}/activities', 'GET', `${base(C.id)}/activities`, 200, { as: a1 })).json;
    assert.deepEqual(list.map((a) => a.name), ['Buurtsportcoach', 'Huiswerkklas', 'Inloop voor ouders']);
});
