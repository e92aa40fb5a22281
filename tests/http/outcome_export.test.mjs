// The fixed contract for scripts (issue 12): GET /api/outcomes/municipality/{code}/export?format=
// csv|xlsx&granularity=year|half_year has one row per help form or provider × period × figure, a
// status column (shown, suppressed, numerator_suppressed) with its reason, and cells that equal
// GET /api/outcomes/municipality/{code} exactly: here every figure of the JSON is looked up in
// both files and compared, suppressed cells included, for both granularities.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, send, signIn } from './lib/accounts.mjs';
import { randomBsn, sampleDelivery, trajectoryCsv } from './lib/trajectories.mjs';
import { parseCsv } from './lib/csv.mjs';
import { readSheets } from './lib/xlsx.mjs';

const MUNICIPALITY = 'GM0599'; // used by no other test
const COUNTS = ['started', 'ended', 'ongoing'];
const SHARES = ['planned', 'without_help', 'no_reentry'];
let municipal;
let admin;

const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

async function provider(name, rows) {
    const org = await createOrganisation(admin, `${name} ${SUFFIX}`, 'provider', null, freshAgb());
    const pw = password(name);
    const person = await createPerson(admin, { email: `${name.toLowerCase().replaceAll(' ', '-')}-${SUFFIX}@export.example`, name, organisation_id: org.id, password: pw });
    const session = await signIn(person.email, pw, name);
    await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 201, { as: session, body: { filename: 'trajecten.csv', content_base64: base64(trajectoryCsv(rows)) } });
}

before(async () => {
    admin = await adminSession();
    // A large provider (two deliveries and more) and a small one, so that the report has shown,
    // suppressed and numerator-suppressed cells, provider rows and "overige aanbieders".
    const large = [...sampleDelivery(MUNICIPALITY), ...sampleDelivery(MUNICIPALITY)];
    for (let i = 0; i < 14; i++) large.push({ bsn: randomBsn(), municipality: MUNICIPALITY, helpForm: '03', start: '2024-0' + ((i % 9) + 1) + '-03' });
    await provider('Aanbieder Groot', large);
    await provider('Aanbieder Klein', [0, 1, 2].map((i) => ({ bsn: randomBsn(), municipality: MUNICIPALITY, helpForm: '04', start: '2024-02-0' + (i + 1), end: '2025-01-1' + i })));
    const gemeente = await createOrganisation(admin, `Gemeente export ${SUFFIX}`, 'municipality', MUNICIPALITY);
    const pw = password('export');
    const person = await createPerson(admin, { email: `gem-${SUFFIX}@export.example`, name: 'Beleid', organisation_id: gemeente.id, password: pw });
    municipal = await signIn(person.email, pw, 'municipality');
});


// Every figure of the report's JSON as [key, status, cells], keyed like the export's rows.
function figuresOf(report) {
    const out = [];
    const add = (group, helpForm, provider, period, figures) => {
        for (const figure of [...COUNTS, ...SHARES, 'satisfaction']) {
            const f = figures[figure];
            const status = f.suppressed ? 'suppressed' : f.numerator_suppressed ? 'numerator_suppressed' : 'shown';
            let cells;
            if (COUNTS.includes(figure)) cells = { value: f.value };
            else if (figure === 'satisfaction') cells = { mean: f.mean, n: f.n };
            else cells = { numerator: f.numerator, denominator: f.denominator, share: f.share, interval_lower: f.interval?.lower ?? null, interval_upper: f.interval?.upper ?? null };
            out.push([[group, helpForm, provider, period, figure].join('|'), status, cells]);
        }
    };
    for (const r of report.rows) add('help_form', r.help_form, '', r.period, r);
    for (const r of report.providers) add('provider', '', r.provider, r.period, r);
    for (const r of report.other_providers.rows) add('other_providers', '', '', r.period, r);
    return out;
}

// The export's rows by the same key, with their cells as numbers (empty → null).
function exportRows(table) {
    const [header, ...rows] = table;
    assert.deepEqual(header, ['group', 'help_form', 'provider', 'label', 'period', 'figure', 'status', 'reason', 'value', 'numerator',
        'denominator', 'share', 'interval_lower', 'interval_upper', 'mean', 'n', 'incomplete']);
    const byKey = new Map();
    for (const cells of rows) {
        const get = (name) => cells[header.indexOf(name)] ?? '';
        const key = [get('group'), get('help_form'), get('provider'), get('period'), get('figure')].join('|');
        assert.ok(!byKey.has(key), `one row per figure: ${key} twice`);
        const number = (name) => (get(name) === '' ? null : Number(get(name)));
        byKey.set(key, { status: get('status'), reason: get('reason'), number });
    }
    return byKey;
}

function compare(report, table, label) {
    const expected = figuresOf(report);
    const rows = exportRows(table);
    assert.equal(rows.size, expected.length, `${label}: one row per help form or provider × period × figure`);
    const statuses = new Set();
    const reasons = new Map();
    for (const [key, status, cells] of expected) {
        const row = rows.get(key);
        assert.ok(row, `${label}: ${key} is missing`);
        assert.equal(row.status, status, `${label}: ${key} status`);
        for (const [name, value] of Object.entries(cells)) assert.equal(row.number(name), value, `${label}: ${key} ${name}`);
        statuses.add(status);
        if (!reasons.has(status)) reasons.set(status, new Set());
        reasons.get(status).add(row.reason);
    }
    assert.ok(statuses.has('shown') && statuses.has('suppressed'), `${label}: the data gives shown and suppressed cells (${[...statuses]})`);
    // One reason per status: it never tells a small cell from one hidden to protect another.
    for (const [status, texts] of reasons) assert.equal(texts.size, 1, `${label}: ${status} has reasons ${[...texts].join(' / ')}`);
    assert.equal([...reasons.get('shown')][0], '');
}

for (const granularity of ['year', 'half_year']) {
    test(`CSV and .xlsx cells equal the API's, suppressed cells included (${granularity})`, async () => {
        const report = (await call('/api/outcomes/municipality/{code}', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}?granularity=${granularity}`, 200, { as: municipal })).json;
        assert.ok(report.providers.length > 0 && report.other_providers.count >= 1, 'a provider row and "overige aanbieders"');
        const csv = await call('/api/outcomes/municipality/{code}/export', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}/export?format=csv&granularity=${granularity}`, 200, { as: municipal });
        assert.match(csv.contentType, /^text\/csv/);
        assert.equal(csv.headers['content-disposition'], `attachment; filename="uitkomsten-${MUNICIPALITY}-${granularity}.csv"`);
        assert.ok(!csv.text.startsWith('\ufeff'), 'no byte order mark');
        compare(report, parseCsv(csv.text), `csv ${granularity}`);
        const xlsx = await call('/api/outcomes/municipality/{code}/export', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}/export?format=xlsx&granularity=${granularity}`, 200, { as: municipal });
        const sheets = readSheets(xlsx.bytes);
        compare(report, sheets[`Uitkomsten ${MUNICIPALITY}`], `xlsx ${granularity}`);
    });
}

test('the export has the report\'s access, refuses other formats, and is audited', async () => {
    await call('/api/outcomes/municipality/{code}/export', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}/export?format=pdf`, 400, { as: municipal });
    await call('/api/outcomes/municipality/{code}/export', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}/export?granularity=week`, 400, { as: municipal });
    // Another municipality's figures are not this municipality's to download.
    await call('/api/outcomes/municipality/{code}/export', 'GET', '/api/outcomes/municipality/GM0363/export', 403, { as: municipal });
    const res = await send('GET', `/api/outcomes/municipality/${MUNICIPALITY}/export`, {});
    assert.equal(res.status, 401);
    const trail = (await call('/api/audit', 'GET', `/api/audit?object=${MUNICIPALITY}`, 200, { as: admin })).json;
    assert.ok(trail.some((r) => r.action === 'export' && r.object_type === 'outcomes' && r.object_id === MUNICIPALITY), 'the download is in the audit trail');
});
