// Block 5 over HTTP (docs/dev/api.md): a provider uploads trajectory records and sees its
// own outcomes and records (audited); the municipality sees suppressed aggregates of all providers
// (a provider may not: docs/privacy.md); funnels never rank.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, send, signIn } from './lib/accounts.mjs';
import { randomBsn, sampleDelivery, trajectoryCsv } from './lib/trajectories.mjs';

const MUNICIPALITY = 'GM0363'; // not in the demo data, so only the tests' own deliveries count
let admin;
let provider; // { org, session }
let municipal; // a session of a municipality user
let delivery;

const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
const upload = (as, filename, text, status) =>
    call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', status, { as, body: { filename, content_base64: base64(text) } });

before(async () => {
    admin = await adminSession();
    const org = await createOrganisation(admin, `Aanbieder uitkomsten ${SUFFIX}`, 'provider', null, freshAgb());
    const pw = password('prov');
    const person = await createPerson(admin, { email: `prov-${SUFFIX}@uitkomsten.example`, name: 'Hulpverlener', organisation_id: org.id, password: pw });
    provider = { org, session: await signIn(person.email, pw, 'provider') };
    const gemeente = await createOrganisation(admin, `Gemeente uitkomsten ${SUFFIX}`, 'municipality', MUNICIPALITY);
    const mpw = password('gem');
    const mperson = await createPerson(admin, { email: `gem-${SUFFIX}@uitkomsten.example`, name: 'Beleid', organisation_id: gemeente.id, password: mpw });
    municipal = await signIn(mperson.email, mpw, 'municipality');
    delivery = sampleDelivery(MUNICIPALITY);
});

test('a provider uploads a CSV once; the same file again changes nothing', async () => {
    const first = await upload(provider.session, 'trajecten.csv', trajectoryCsv(delivery), 201);
    assert.equal(first.json.trajectories, 15);
    assert.equal(first.json.already_imported, false);
    const again = await upload(provider.session, 'trajecten.csv', trajectoryCsv(delivery), 201);
    assert.equal(again.json.already_imported, true);
    const own = await call('/api/outcomes/provider', 'GET', '/api/outcomes/provider', 200, { as: provider.session });
    const all2024 = own.json.rows.find((r) => r.help_form === 'all' && r.period === '2024');
    assert.equal(all2024.ended.value, 15);
    assert.equal(all2024.planned.numerator, 12);
    assert.equal(all2024.planned.denominator, 15);
    assert.ok(all2024.planned.interval.lower < 0.8 && all2024.planned.interval.upper > 0.8, 'Wilson interval around 12/15');
    const forms = own.json.rows.filter((r) => r.period === '2024').map((r) => r.help_form);
    assert.deepEqual(forms, ['02', '11', 'all']);
    // Its own view hides nothing, not even the 3 of help form 11.
    assert.equal(own.json.rows.find((r) => r.help_form === '11' && r.period === '2024').ended.value, 3);
});

test('a bad row refuses the whole file with line and column, and does not echo the BSN', async () => {
    const rows = sampleDelivery(MUNICIPALITY);
    rows[4] = { ...rows[4], bsn: '123456789' };
    const res = await upload(provider.session, 'fout.csv', trajectoryCsv(rows), 400);
    assert.equal(res.json.error.line, 6);
    assert.equal(res.json.error.column, 1);
    assert.match(res.json.error.message, /fout\.csv:6:1/);
    assert.doesNotMatch(res.text, /123456789/);
    const page = await call('/api/trajectories', 'GET', '/api/trajectories?limit=1000', 200, { as: provider.session });
    assert.equal(page.json.total, 15, 'nothing of the refused file was stored');
});

test('an upload larger than the ordinary 1 MiB body limit is read (not 413), and a bad last row refuses all of it', async () => {
    const total = async () =>
        (await call('/api/trajectories', 'GET', '/api/trajectories?limit=1', 200, { as: provider.session })).json.total;
    const before = await total();
    const rows = [];
    for (let i = 0; i < 20000; i++) {
        rows.push({ bsn: randomBsn(), municipality: MUNICIPALITY, helpForm: '02', start: '2023-03-01', end: '2024-03-01' });
    }
    rows.push({ bsn: '123456789', municipality: MUNICIPALITY, helpForm: '02', start: '2023-03-01' });
    const text = trajectoryCsv(rows);
    assert.ok(base64(text).length > 1.5 * 1024 * 1024, 'well over the ordinary body limit');
    const res = await upload(provider.session, 'groot.csv', text, 400);
    assert.equal(res.json.error.line, 20002);
    assert.equal(await total(), before, 'one transaction: nothing of the refused file was stored');
});

test('an Excel upload is read too, and a row of another provider refuses the file', async () => {
    const xlsx = readFileSync(new URL('../fixtures/trajectories/trajecten.xlsx', import.meta.url));
    const res = await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 400,
        { as: provider.session, body: { filename: 'trajecten.xlsx', content_base64: xlsx.toString('base64') } });
    // Row 2 belongs to AGB 65656055, not to this provider; the message names the file as uploaded.
    assert.match(res.json.error.message, /^trajecten\.xlsx:2:/);
    assert.match(res.json.error.message, /andere aanbieder/);
    assert.equal(res.json.error.line, 2);
    assert.doesNotMatch(res.text, /999900006|Tom de Wit/);
});

test('client-level records: the owner only, pseudonymised, and every read audited', async () => {
    const page = await call('/api/trajectories', 'GET', '/api/trajectories?limit=5', 200, { as: provider.session });
    assert.equal(page.json.trajectories.length, 5);
    for (const t of page.json.trajectories) {
        for (const row of delivery) assert.ok(!JSON.stringify(t).includes(row.bsn));
    }
    await call('/api/trajectories', 'GET', '/api/trajectories', 403, { as: municipal });
    await call('/api/trajectories/uploads', 'POST', '/api/trajectories/uploads', 403,
        { as: municipal, body: { filename: 'x.csv', content_base64: base64(trajectoryCsv(delivery)) } });
    const audit = await call('/api/audit', 'GET', '/api/audit?limit=200', 200, { as: admin });
    const reads = audit.json.filter((r) => r.action === 'read_client_data');
    assert.ok(reads.some((r) => r.organisation_id === provider.org.id && r.result === 'ok'), 'the owner\'s read is audited');
    assert.ok(reads.some((r) => r.result === 'denied'), 'the refused read is audited too');
});

test('a provider sees no figure that combines providers', async () => {
    for (const path of [`/api/outcomes/municipality/${MUNICIPALITY}`, '/api/outcomes/funnel?indicator=planned&year=2024',
        `/api/outcomes/funnel?indicator=no_reentry&year=2024&municipality=${MUNICIPALITY}`]) {
        const res = await send('GET', path, { as: provider.session });
        assert.equal(res.status, 403, path);
        assert.match(res.json.error.message, /gemeente/);
    }
    const own = await call('/api/outcomes/provider', 'GET', '/api/outcomes/provider', 200, { as: provider.session });
    assert.equal(own.json.reentry_basis, 'own_records');
});

test('the municipality sees every base count of 1-9 suppressed, and no small numerator', async () => {
    for (const granularity of ['year', 'half_year']) {
        const res = await call('/api/outcomes/municipality/{code}', 'GET', `/api/outcomes/municipality/${MUNICIPALITY}?granularity=${granularity}`, 200, { as: municipal });
        assert.ok(res.json.rows.length > 0);
        let hidden = 0;
        assert.equal(typeof res.json.other_providers.count, 'number');
        for (const row of [...res.json.rows, ...res.json.providers, ...res.json.other_providers.rows]) {
            for (const key of ['started', 'ended', 'ongoing']) {
                const v = row[key].value;
                assert.ok(v === null || v === 0 || v >= 10, `${key} ${v} in ${row.period}`);
                if (row[key].suppressed) hidden++;
            }
            for (const key of ['planned', 'without_help', 'no_reentry']) {
                const d = row[key].denominator;
                assert.ok(d === null || d === 0 || d >= 10, `${key} denominator=${d} in ${row.period}`);
            }
            const answers = row.satisfaction.n;
            assert.ok(answers === null || answers === 0 || answers >= 10, `satisfaction n=${answers} in ${row.period}`);
            for (const key of ['planned', 'without_help', 'no_reentry']) {
                const { numerator: count, denominator: n, numerator_suppressed: hiddenCount } = row[key];
                if (count === null) continue;
                assert.equal(hiddenCount, false);
                const small = (v) => v > 0 && v < 5;
                assert.ok(!small(count) && !small(n - count), `${key} ${count} of ${n} in ${row.period}`);
                assert.ok(n === 0 || n >= 20 || (count !== 0 && count !== n), `${key} ${count} of ${n} in ${row.period}`);
            }
        }
        assert.ok(hidden > 0, 'the 3 trajectories of help form 11 are hidden');
        assert.equal(res.json.reentry_basis, 'all_providers');
    }
    await call('/api/outcomes/municipality/{code}', 'GET', '/api/outcomes/municipality/0363', 400, { as: municipal });
});

test('the funnel lists providers by code, never by share, with its limits', async () => {
    const res = await call('/api/outcomes/funnel', 'GET', '/api/outcomes/funnel?indicator=planned&year=2024', 200, { as: municipal });
    const codes = res.json.points.map((p) => p.provider);
    assert.deepEqual(codes, [...codes].sort());
    for (const p of res.json.points) {
        const { numerator: count, denominator: n } = p;
        assert.ok(n >= 10);
        assert.ok(!(count > 0 && count < 5) && !(n - count > 0 && n - count < 5), `${count} of ${n}`);
        assert.ok(p.interval.lower <= p.share && p.share <= p.interval.upper, `interval around ${count} of ${n}`);
        assert.equal(p.own, false, 'a municipality has no point of its own');
    }
    for (const l of res.json.limits) assert.ok(l.lower998 <= l.lower95 && l.lower95 <= l.upper95 && l.upper95 <= l.upper998);
    const bad = await send('GET', '/api/outcomes/funnel?indicator=ranking', { as: municipal });
    assert.equal(bad.status, 400);
});
