// Downloads of the tables (issue 12): the youth profile, a collaboration's results and its
// improvement actions, as CSV and .xlsx, hold the API's own cells for the same screen, every
// figure with its status and, where it is not a plain known figure, the reason; access and audit
// as the screens. (The outcome report's export is checked cell by cell in outcome_export.test.mjs,
// the portfolio's in activities.test.mjs.)
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn } from './lib/accounts.mjs';
import { parseCsv } from './lib/csv.mjs';
import { readSheets } from './lib/xlsx.mjs';

let admin;
let a1; // coordinator of C
let outsider;
let C;
let RES;


// Both files of an export as arrays of objects keyed by the header.
async function download(path, session) {
    const tables = [];
    for (const format of ['csv', 'xlsx']) {
        const res = await send('GET', `${path}${path.includes('?') ? '&' : '?'}format=${format}`, { as: session });
        assert.equal(res.status, 200, `${path} ${format}: ${res.text.slice(0, 200)}`);
        assert.match(res.headers['content-disposition'], new RegExp(`^attachment; filename="[^"]+\\.${format}"$`));
        // The CSV guards a text that a spreadsheet would read as a formula with a leading apostrophe;
        // the workbook needs no guard (a text cell is never a formula). Undo the guard to compare.
        const unguard = (text) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);
        const rows = format === 'csv' ? parseCsv(res.text).map((r) => r.map(unguard)) : Object.values(readSheets(res.bytes))[0];
        if (format === 'csv' && path.includes('/results/')) assert.ok(res.text.includes(`"'=Gezond opgroeien, ""samen"""`), 'the formula guard');
        const [header, ...body] = rows;
        tables.push(body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))));
    }
    assert.deepEqual(tables[1], tables[0], `${path}: the CSV and the workbook hold the same cells`);
    return tables[0];
}

const cell = (value) => (value === null || value === undefined ? '' : String(value));
const number = (text) => (text === '' ? null : Number(text));

before(async () => {
    admin = await adminSession();
    const A = await createOrganisation(admin, `Gemeente X ${SUFFIX}`, 'municipality', 'GM0034');
    const D = await createOrganisation(admin, `Buiten X ${SUFFIX}`, 'municipality');
    const pa = password('xa1');
    const pd = password('xd1');
    const pA = await createPerson(admin, { email: `xa1-${SUFFIX}@export.example`, name: `Coördinator ${SUFFIX}`, organisation_id: A.id, password: pa });
    const pD = await createPerson(admin, { email: `xd1-${SUFFIX}@export.example`, name: `Buitenstaander ${SUFFIX}`, organisation_id: D.id, password: pd });
    a1 = await signIn(pA.email, pa, 'coordinator');
    outsider = await signIn(pD.email, pd, 'outsider');
    C = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: a1, body: { name: `Export ${SUFFIX}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    const amb = (await call('/api/collaborations/{id}/ambitions', 'POST', `/api/collaborations/${C.id}/ambitions`, 201, {
        as: a1, body: { title: '=Gezond opgroeien, "samen"', statement: '', agreed_on: '2026-02-01' },
    })).json;
    RES = (await call('/api/collaborations/{id}/ambitions/{ambition_id}/results', 'POST', `/api/collaborations/${C.id}/ambitions/${amb.id}/results`, 201, {
        as: a1, body: { title: 'In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg', indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10, year: 2028 }, agreed_on: '2026-02-01' },
    })).json;
    const owners = (await call('/api/collaborations/{id}/action-owners', 'GET', `/api/collaborations/${C.id}/action-owners`, 200, { as: a1 })).json;
    await call('/api/collaborations/{id}/actions', 'POST', `/api/collaborations/${C.id}/actions`, 201, {
        as: a1, body: { title: 'Wachttijden bespreken, met de wijkteams', owner_person_id: owners[0].person_id, due_on: '2026-01-15', result_id: RES.id },
    });
});

test('the youth profile: one row per indicator with value, status and reason, as the API', async () => {
    const profile = (await call('/api/regions/{code}/profile', 'GET', '/api/regions/GM0034/profile', 200, {})).json;
    const rows = await download('/api/regions/GM0034/profile/export', null);
    assert.equal(rows.length, profile.entries.length);
    assert.ok(rows.length > 5, 'the demo profile has indicators');
    profile.entries.forEach((entry, i) => {
        const row = rows[i];
        assert.equal(row.indicator, entry.indicator.key);
        assert.equal(row.period, entry.latest.period);
        assert.equal(number(row.value), entry.latest.value, `${row.indicator} value`);
        assert.equal(row.status, entry.latest.status);
        assert.equal(row.reason === '', entry.latest.status === 'known', `${row.indicator}: a reason exactly when the figure is not a plain known one`);
        assert.equal(number(row.change), entry.change);
        assert.equal(number(row.country_value), entry.country?.value ?? null);
    });
    await call('/api/regions/{code}/profile/export', 'GET', '/api/regions/GM0034/profile/export?format=ods', 400, {});
});

test('the results: one row per result, as the dashboard; audited; an outsider gets nothing', async () => {
    const dashboard = (await call('/api/collaborations/{id}/results', 'GET', `/api/collaborations/${C.id}/results`, 200, { as: a1 })).json;
    const rows = await download(`/api/collaborations/${C.id}/results/export`, a1);
    assert.equal(rows.length, dashboard.length);
    const [row] = rows;
    const [first] = dashboard;
    assert.equal(row.result_id, RES.id);
    assert.equal(row.ambition, first.ambition_title, 'a text that starts like a formula is kept in the workbook');
    assert.equal(row.latest_period, cell(first.latest?.period));
    assert.equal(number(row.latest_value), first.latest?.value ?? null);
    assert.equal(row.progress, first.status);
    assert.equal(row.progress_reason, first.status_reason);
    const res = await send('GET', `/api/collaborations/${C.id}/results/export?format=csv`, { as: outsider });
    assert.equal(res.status, 404);
    const trail = (await call('/api/audit', 'GET', `/api/audit?object=${C.id}`, 200, { as: admin })).json;
    assert.ok(trail.some((r) => r.action === 'export' && r.object_type === 'results'), 'the download is audited');
});

test('the improvement actions: one row per action with its owner, status and history', async () => {
    const actions = (await call('/api/collaborations/{id}/actions', 'GET', `/api/collaborations/${C.id}/actions`, 200, { as: a1 })).json;
    const rows = await download(`/api/collaborations/${C.id}/actions/export`, a1);
    assert.equal(rows.length, actions.length);
    assert.equal(rows[0].title, actions[0].title);
    assert.equal(rows[0].owner, actions[0].owner_name);
    assert.equal(rows[0].status, actions[0].status);
    assert.equal(rows[0].overdue, String(actions[0].overdue));
    assert.equal(rows[0].result_id, RES.id);
    assert.match(rows[0].history, /open/);
    const res = await send('GET', `/api/collaborations/${C.id}/actions/export`, { as: outsider });
    assert.equal(res.status, 404);
});
