// The youth profile answers what the seeds ask (issue 15), over HTTP: a municipality's profile
// compares with a group of similar municipalities (same CBS urbanisation and size class, one of the
// two, or picked by hand), and shows the signals of the caller's collaborations about the area to
// members only. The fixture kwb-similar.csv adds four made-up municipalities around Almere (see
// tests/fixtures/own-data/README.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn } from './lib/accounts.mjs';

const FIXTURE = new URL('../fixtures/own-data/kwb-similar.csv', import.meta.url);
const SIMILAR = '/api/regions/{code}/similar';
const SIGNALS = '/api/regions/{code}/signals';
const JZ = 'PercentageJongerenMetJeugdzorg';
const ours = (regions) => regions.map((r) => r.code ?? r).filter((code) => /^GM090[1-4]$/.test(code)).sort();
let admin;
let member; // coordinator of collaboration C (about GM0034)
let outsider; // signed in, in no collaboration about GM0034
let C;
let SIG;
let SIG_DISTRICT;
let OTHER; // a signal of another collaboration, about GM0901

before(async () => {
    admin = await adminSession();
    const content_base64 = readFileSync(FIXTURE).toString('base64');
    await call('/api/own-data/uploads', 'POST', '/api/own-data/uploads', 201, { as: admin, body: { format: 'kwb-csv', filename: 'kwb-similar.csv', content_base64 } });
    const A = await createOrganisation(admin, `Gemeente S ${SUFFIX}`, 'municipality', 'GM0034');
    const D = await createOrganisation(admin, `Buiten S ${SUFFIX}`, 'provider');
    const pa = password('sa1');
    const pd = password('sd1');
    const pA = await createPerson(admin, { email: `sa1-${SUFFIX}@similar.example`, name: `Lid ${SUFFIX}`, organisation_id: A.id, password: pa });
    const pD = await createPerson(admin, { email: `sd1-${SUFFIX}@similar.example`, name: `Buiten ${SUFFIX}`, organisation_id: D.id, password: pd });
    member = await signIn(pA.email, pa, 'member');
    outsider = await signIn(pD.email, pd, 'outsider');
    C = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: member, body: { name: `Signalen ${SUFFIX}`, theme: 'Jeugdzorg', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    const signal = async (as, id, text, region, date) => (await call('/api/collaborations/{id}/signals', 'POST', `/api/collaborations/${id}/signals`, 201, {
        as, body: { text, source: 'professional', source_detail: 'wijkteam', date, region, theme: 'jeugdzorg' },
    })).json;
    SIG = await signal(member, C.id, `Wachtlijst in Almere ${SUFFIX}`, 'GM0034', '2026-11-10');
    SIG_DISTRICT = await signal(member, C.id, `Zorgen in de wijk ${SUFFIX}`, 'WK003401', '2026-11-12');
    const other = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: outsider, body: { name: `Elders ${SUFFIX}`, theme: 'Jeugdzorg', regions: ['GM0901'], period_start: '2026-01-01' },
    })).json;
    OTHER = await signal(outsider, other.id, `Elders ${SUFFIX}`, 'GM0901', '2026-11-11');
});

test('the default group: same urbanisation and size, named, with its members', async () => {
    const res = (await call(SIMILAR, 'GET', '/api/regions/GM0034/similar', 200)).json;
    assert.equal(res.municipality.region.code, 'GM0034');
    assert.equal(res.municipality.urbanisation, 2);
    assert.equal(res.municipality.size_class, 7);
    assert.equal(res.group.mode, 'both');
    assert.equal(res.group.name, 'gemeenten met 150.000 tot 250.000 inwoners, sterk stedelijk');
    assert.deepEqual(ours(res.group.members), ['GM0901', 'GM0902']);
    assert.ok(!res.group.members.some((m) => m.code === 'GM0034'), 'never itself');
    assert.deepEqual(ours(res.candidates.map((c) => c.region)), ['GM0901', 'GM0902', 'GM0903', 'GM0904']);
    const jz = res.entries.find((e) => e.indicator === JZ);
    assert.equal(jz.period, '2024JJ00', "Almere's latest period");
    assert.equal(jz.method, 'median', 'KWB shares carry no counts: the median of the members');
    assert.equal(jz.value, 9.5, 'only Vergelijkstad Noord has the share');
    assert.deepEqual(jz.with_value, ['GM0901']);
    assert.deepEqual(jz.without_value, ['GM0902'], 'an unknown figure is said, not counted as zero');
});

test('the group can be changed: urbanisation only, size only, picked', async () => {
    const urban = (await call(SIMILAR, 'GET', '/api/regions/GM0034/similar?group=urbanisation', 200)).json;
    assert.equal(urban.group.name, 'gemeenten die sterk stedelijk zijn');
    assert.deepEqual(ours(urban.group.members), ['GM0901', 'GM0902', 'GM0903']);
    assert.equal(urban.entries.find((e) => e.indicator === JZ).value, 10.9); // median of 9.5 and 12.3
    const size = (await call(SIMILAR, 'GET', '/api/regions/GM0034/similar?group=size', 200)).json;
    assert.equal(size.group.name, 'gemeenten met 150.000 tot 250.000 inwoners');
    assert.deepEqual(ours(size.group.members), ['GM0901', 'GM0902', 'GM0904']);
    assert.equal(size.entries.find((e) => e.indicator === JZ).value, 9.1); // median of 9.5 and 8.7
    const picked = (await call(SIMILAR, 'GET', '/api/regions/GM0034/similar?group=picked&members=GM0903,GM0034', 200)).json;
    assert.equal(picked.group.name, 'zelf gekozen gemeenten');
    assert.deepEqual(picked.group.members.map((m) => m.code), ['GM0903']);
    assert.equal(picked.entries.find((e) => e.indicator === JZ).value, 12.3);
    const none = (await call(SIMILAR, 'GET', '/api/regions/GM0034/similar?group=picked', 200)).json;
    assert.equal(none.group.members.length, 0);
    assert.equal(none.entries.find((e) => e.indicator === JZ).value, null);
});

test('bad questions are refused and say what was wrong', async () => {
    const mode = await call(SIMILAR, 'GET', '/api/regions/GM0034/similar?group=alles', 400);
    assert.equal(mode.json.error.field, 'group');
    const code = await call(SIMILAR, 'GET', '/api/regions/GM0034/similar?group=picked&members=XX12', 400);
    assert.equal(code.json.error.field, 'members');
    const district = await call(SIMILAR, 'GET', '/api/regions/WK003401/similar', 400);
    assert.match(district.json.error.message, /alleen voor een gemeente/);
    await call(SIMILAR, 'GET', '/api/regions/GM9998/similar', 404);
});

test("signals on the area's profile: members see them, outsiders and anonymous callers do not", async () => {
    const mine = (await call(SIGNALS, 'GET', '/api/regions/GM0034/signals', 200, { as: member })).json;
    const ids = mine.map((s) => s.id);
    assert.ok(ids.includes(SIG.id), 'the signal about Almere');
    assert.ok(ids.includes(SIG_DISTRICT.id), 'a signal about a district of Almere is about Almere too');
    assert.ok(!ids.includes(OTHER.id), "another area's signal is not Almere's");
    assert.equal(mine.find((s) => s.id === SIG.id).collaboration_name, C.name);
    assert.ok(ids.indexOf(SIG_DISTRICT.id) < ids.indexOf(SIG.id), 'newest first');
    const district = (await call(SIGNALS, 'GET', '/api/regions/WK003401/signals', 200, { as: member })).json;
    assert.deepEqual(district.map((s) => s.id).filter((id) => id === SIG.id || id === SIG_DISTRICT.id), [SIG_DISTRICT.id], 'the district shows its own, not the municipality’s');
    for (const [who, as] of [['outsider', outsider], ['administrator', admin]]) {
        const res = await call(SIGNALS, 'GET', '/api/regions/GM0034/signals', 200, { as });
        assert.ok(!res.json.some((s) => s.collaboration_id === C.id), `${who} sees C's signals`);
    }
    const theirs = (await call(SIGNALS, 'GET', '/api/regions/GM0901/signals', 200, { as: outsider })).json;
    assert.deepEqual(theirs.map((s) => s.id), [OTHER.id], 'the outsider sees its own collaboration’s signal');
    const anonymous = await send('GET', '/api/regions/GM0034/signals');
    assert.equal(anonymous.status, 401);
    assert.ok(!anonymous.text.includes(SUFFIX));
    // The public profile itself never carries signals.
    const profile = await send('GET', '/api/regions/GM0034/profile');
    assert.ok(!profile.text.includes(SIG.text));
    await call(SIGNALS, 'GET', '/api/regions/GM9998/signals', 404, { as: member });
});
