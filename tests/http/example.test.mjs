// The demo's worked example collaboration (issue 15): `kompas serve --demo-account` makes it once,
// coordinated by the demo account, marked as example data. Its baselines are the demo's real CBS
// figures for Almere; it has partners, an ambition, two results and a closed evaluation round with
// at least three answers. Needs KOMPAS_DEMO_PASSWORD (printed by the server, as scripts/test.sh reads it).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, call, signIn } from './lib/accounts.mjs';
import { request } from './lib/client.mjs';

const DEMO = { email: process.env.KOMPAS_DEMO_EMAIL || 'demo@kompas.local', password: process.env.KOMPAS_DEMO_PASSWORD };
let demo;
let example;

before(async () => {
    assert.ok(DEMO.password, 'KOMPAS_DEMO_PASSWORD is set (the server prints it on the first start)');
    demo = await signIn(DEMO.email, DEMO.password, 'demo');
    const list = await call('/api/collaborations', 'GET', '/api/collaborations', 200, { as: demo });
    const examples = list.json.filter((c) => c.example);
    assert.equal(examples.length, 1, 'exactly one example collaboration');
    example = examples[0];
});

test('the example is coordinated by the demo account and says so in its name', () => {
    assert.equal(example.my_role, 'coordinator');
    assert.match(example.name, /voorbeeld/i);
    assert.deepEqual(example.regions, ['GM0034']);
});

test('it has partners of at least three organisations besides the municipality', async () => {
    const detail = await call('/api/collaborations/{id}', 'GET', `/api/collaborations/${example.id}`, 200, { as: demo });
    assert.equal(detail.json.example, true);
    const others = detail.json.partners.filter((p) => p.role === 'partner' && p.kind === 'organisation');
    assert.ok(others.length >= 3, `partners: ${detail.json.partners.map((p) => p.name).join(', ')}`);
    assert.ok(Object.values(detail.json.agreements).every((text) => text.length > 0), 'every agreement is filled in');
});

test('an ambition with two results whose baselines are the real CBS figures of Almere', async () => {
    const ambitions = await call('/api/collaborations/{id}/ambitions', 'GET', `/api/collaborations/${example.id}/ambitions`, 200, { as: demo });
    assert.equal(ambitions.json.length, 1);
    const rows = await call('/api/collaborations/{id}/results', 'GET', `/api/collaborations/${example.id}/results`, 200, { as: demo });
    assert.equal(rows.json.length, 2);
    for (const { result } of rows.json) {
        const obs = await request(`/api/observations?region=GM0034&indicator=${result.indicator}`);
        assert.equal(obs.status, 200);
        const real = obs.json.find((o) => o.period === result.baseline.period);
        assert.ok(real && real.value !== null, `${result.indicator} has a CBS figure for ${result.baseline.period}`);
        assert.equal(result.baseline.value, real.value, `${result.indicator}: the baseline is the CBS figure`);
        assert.ok(result.target.year > Number(result.baseline.period.slice(0, 4)));
        assert.ok(result.target.value < result.baseline.value, 'the example aims lower (both indicators: less is better)');
        assert.match(result.title, /^In \d{4} .*\d+,\d %/, 'the title states the target with a decimal comma');
    }
});

test('a closed evaluation round with at least three answers, so its figures are shown', async () => {
    const rounds = await call('/api/collaborations/{id}/evaluations', 'GET', `/api/collaborations/${example.id}/evaluations`, 200, { as: demo });
    assert.equal(rounds.json.length, 1);
    const [round] = rounds.json;
    assert.equal(round.closed, true);
    assert.ok(round.responses >= 3, `${round.responses} answers`);
    const result = await call('/api/collaborations/{id}/evaluations/{round_id}', 'GET', `/api/collaborations/${example.id}/evaluations/${round.id}`, 200, { as: demo });
    for (const element of result.json.elements) {
        assert.equal(element.hidden, false, `${element.element} is shown`);
        assert.equal(typeof element.mean, 'number');
    }
});

test('a collaboration that someone makes is not an example', async () => {
    const made = await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: demo, body: { name: `Echte samenwerking ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' },
    });
    assert.equal(made.json.example, false);
});
