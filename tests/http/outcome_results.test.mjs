// Issue 12: a societal result can use an outcome indicator of block 5 (here the share of planned
// ends) as its indicator. Its series is the municipality's outcome report with the same suppression:
// every year equals the report's "all help forms" row as that reader sees it (a suppressed share is
// confidential, never a value). A partner that may not see the municipality's outcomes (a provider:
// every uploader is a curious party) sees the result but not one figure of it, on the result page,
// on the results list and in the results download.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, send, signIn } from './lib/accounts.mjs';
import { sampleDelivery, trajectoryCsv } from './lib/trajectories.mjs';
import { parseCsv } from './lib/csv.mjs';

const CODE = 'GM0034'; // the demo's municipality: results need a known region
let municipal;
let provider;
let collaboration;
let result;

before(async () => {
    const admin = await adminSession();
    const gemeente = await createOrganisation(admin, `Gemeente uitkomstresultaat ${SUFFIX}`, 'municipality', CODE);
    const gpw = password('uitkomstresultaat-gem');
    const gperson = await createPerson(admin, { email: `uitkomst-gem-${SUFFIX}@results.example`, name: 'Beleid', organisation_id: gemeente.id, password: gpw });
    municipal = await signIn(gperson.email, gpw, 'municipality');
    const aanbieder = await createOrganisation(admin, `Aanbieder uitkomstresultaat ${SUFFIX}`, 'provider', null, freshAgb());
    const ppw = password('uitkomstresultaat-prov');
    const pperson = await createPerson(admin, { email: `uitkomst-prov-${SUFFIX}@results.example`, name: 'Aanbieder', organisation_id: aanbieder.id, password: ppw });
    provider = await signIn(pperson.email, ppw, 'provider');
    await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 201, {
        as: provider, body: { filename: 'trajecten.csv', content_base64: Buffer.from(trajectoryCsv(sampleDelivery(CODE))).toString('base64') },
    });
    collaboration = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, { as: municipal, body: { name: `Uitkomstresultaat ${SUFFIX}`, theme: 'Jeugdhulp', regions: [CODE], period_start: '2026-01-01' } })).json;
    await call('/api/collaborations/{id}/partners', 'POST', `/api/collaborations/${collaboration.id}/partners`, 201, { as: municipal, body: { organisation_id: aanbieder.id, role: 'partner' } });
    const ambition = (await call('/api/collaborations/{id}/ambitions', 'POST', `/api/collaborations/${collaboration.id}/ambitions`, 201, { as: municipal, body: { title: 'Jeugdhulp die werkt', statement: '', agreed_on: '2026-01-15' } })).json;
    result = (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `/api/collaborations/${collaboration.id}/ambitions/${ambition.id}/results`, 201, {
        as: municipal, body: { title: 'Meer trajecten eindigen volgens plan', indicator: 'UitkomstVolgensPlanBeeindigd', regions: [CODE], baseline: { value: 60, period: '2023JJ00' }, target: { value: 70, year: 2028 }, agreed_on: '2026-01-15' },
    })).json;
});

// The report's "all help forms" share of planned ends by year, as the municipality sees it.
async function reportShares() {
    const report = (await call('/api/outcomes/municipality/{code}', 'GET', `/api/outcomes/municipality/${CODE}`, 200, { as: municipal })).json;
    return report.rows.filter((r) => r.help_form === 'all').map((r) => ({
        period: `${r.period}JJ00`,
        hidden: Boolean(r.planned.suppressed || r.planned.numerator_suppressed),
        numerator: r.planned.numerator, denominator: r.planned.denominator,
    }));
}

test('the result follows the municipality\'s outcome report, suppression included', async () => {
    // Other test files upload into the same municipality at the same time: compare a progress read
    // between two equal reports.
    let checked = false;
    for (let attempt = 0; attempt < 10 && !checked; attempt++) {
        const before = await reportShares();
        const progress = (await call('/api/collaborations/{id}/results/{result_id}', 'GET', `/api/collaborations/${collaboration.id}/results/${result.id}`, 200, { as: municipal })).json;
        const after = await reportShares();
        if (JSON.stringify(before) !== JSON.stringify(after)) continue;
        assert.ok(before.length > 0, 'the report has years');
        assert.equal(progress.indicator.key, 'UitkomstVolgensPlanBeeindigd');
        assert.match(progress.indicator.source, /Trajectgegevens/);
        assert.deepEqual(progress.series.map((p) => p.period), before.map((r) => r.period));
        for (const [i, point] of progress.series.entries()) {
            const row = before[i];
            if (row.hidden) {
                assert.equal(point.status, 'confidential', `${row.period} is suppressed in the report`);
                assert.equal(point.value, null);
                assert.equal(point.numerator, null);
            } else if (row.denominator) {
                assert.equal(point.numerator, row.numerator, row.period);
                assert.equal(point.denominator, row.denominator, row.period);
                assert.ok(Math.abs(point.value - (100 * row.numerator) / row.denominator) < 1e-9, row.period);
            }
        }
        if (before.some((r) => r.hidden)) assert.match(progress.level_note, /onderdrukt/);
        checked = true;
    }
    assert.ok(checked, 'two equal reports around one progress read');
});

test('a provider partner sees the result but none of its outcome figures', async () => {
    const progress = (await call('/api/collaborations/{id}/results/{result_id}', 'GET', `/api/collaborations/${collaboration.id}/results/${result.id}`, 200, { as: provider })).json;
    assert.equal(progress.result.id, result.id);
    assert.deepEqual(progress.series, []);
    assert.equal(progress.status, 'cannot_say');
    assert.match(progress.status_reason, /alleen de gemeente zelf/);
    assert.equal(progress.change, null);

    const rows = (await call('/api/collaborations/{id}/results', 'GET', `/api/collaborations/${collaboration.id}/results`, 200, { as: provider })).json;
    const row = rows.find((r) => r.result.id === result.id);
    assert.deepEqual(row.sparkline, []);
    assert.equal(row.latest, null);

    const download = await send('GET', `/api/collaborations/${collaboration.id}/results/export?format=csv`, { as: provider });
    assert.equal(download.status, 200);
    const [header, ...lines] = parseCsv(download.text);
    const line = lines.find((cells) => cells.includes('Meer trajecten eindigen volgens plan'));
    assert.ok(line, 'the result is in the download');
    for (const column of ['latest_period', 'latest_value', 'latest_numerator', 'latest_denominator', 'interval_lower', 'interval_upper']) {
        assert.equal(line[header.indexOf(column)], '', `${column} is empty for the provider`);
    }
    assert.match(line[header.indexOf('progress_reason')], /alleen de gemeente zelf/);
});

test('an outcome indicator needs municipalities as regions', async () => {
    const ambitions = (await call('/api/collaborations/{id}/ambitions', 'GET', `/api/collaborations/${collaboration.id}/ambitions`, 200, { as: municipal })).json;
    const res = await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `/api/collaborations/${collaboration.id}/ambitions/${ambitions[0].id}/results`, 400, {
        as: municipal, body: { title: 'Per wijk', indicator: 'UitkomstVolgensPlanBeeindigd', regions: ['WK003401'], baseline: { value: 60, period: '2023JJ00' }, target: { value: 70, year: 2028 }, agreed_on: '2026-01-15' },
    });
    assert.equal(res.json.error.field, 'regions');
    assert.match(res.json.error.message, /per gemeente/);
});
