// The JSON API against a running server with the demo data (Almere, GM0034, CBS KWB 2018-2025).
// Every response is validated against docs/api/openapi.yaml; the figures against the known data.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { BASE_URL, assertClose, expectError, expectJson, request } from './lib/client.mjs';
import { contract } from './lib/openapi.mjs';

const YOUTH_PCT = 'PercentageJongerenMetJeugdzorg';
const YOUTH_NATURA = 'JongerenMetJeugdzorgInNatura';

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const obsKey = (o) => [o.indicator, o.region, o.period];
function compareObs(a, b) {
    const ka = obsKey(a), kb = obsKey(b);
    for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
}
function assertSorted(list, compare, label) {
    for (let i = 1; i < list.length; i++) {
        assert.ok(compare(list[i - 1], list[i]) < 0,
            `${label}: not strictly ordered at index ${i}: ${JSON.stringify(list[i - 1])} then ${JSON.stringify(list[i])}`);
    }
}
function find(list, indicator, region, period) {
    return list.find((o) => o.indicator === indicator && o.region === region && o.period === period);
}
const hasValue = (o) => o !== null && o !== undefined && o.value !== null;

before(async () => {
    try {
        await request('/api/health');
    } catch (error) {
        throw new Error(`cannot reach the Kompas server at ${BASE_URL.origin}; start it with the demo data ` +
            `or set KOMPAS_URL. (${error.message})`);
    }
});

describe('GET /api/health', () => {
    test('status ok, a known database, and the demo data loaded', async () => {
        const health = await expectJson('/api/health', '/api/health');
        assert.equal(health.status, 'ok');
        assert.ok(health.counts.observations > 0, `counts.observations = ${health.counts.observations}`);
        assert.ok(health.counts.regions > 0, `counts.regions = ${health.counts.regions}`);
        assert.ok(health.counts.indicators > 0, `counts.indicators = ${health.counts.indicators}`);
    });
});

describe('GET /api/indicators', () => {
    test('ordered by key, unique, with the youth-care indicators', async () => {
        const list = await expectJson('/api/indicators', '/api/indicators');
        assertSorted(list, (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0), '/api/indicators by key');
        const pct = list.find((i) => i.key === YOUTH_PCT);
        assert.ok(pct, `${YOUTH_PCT} missing; keys: ${list.map((i) => i.key).join(', ')}`);
        assert.equal(pct.unit, '%', `${YOUTH_PCT}.unit`);
        assert.ok(list.some((i) => i.key === YOUTH_NATURA), `${YOUTH_NATURA} missing`);
    });
});

describe('GET /api/regions', () => {
    test('without filters: all regions ordered by code, GM0034 among them', async () => {
        const list = await expectJson('/api/regions', '/api/regions');
        assertSorted(list, byCode, '/api/regions by code');
        assert.deepEqual(list.find((r) => r.code === 'GM0034'),
            { code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' });
    });

    test('parent=GM0034&level=district: the districts of Almere', async () => {
        const list = await expectJson('/api/regions', '/api/regions?parent=GM0034&level=district');
        assert.ok(list.length > 0, 'no districts for GM0034');
        assertSorted(list, byCode, 'districts by code');
        for (const r of list) {
            assert.match(r.code, /^WK0034\d{2}$/, `district code ${r.code}`);
            assert.equal(r.parent, 'GM0034', `${r.code}.parent`);
            assert.equal(r.level, 'district', `${r.code}.level`);
        }
        assert.ok(list.some((r) => r.code === 'WK003401'), 'WK003401 missing');
    });

    test('each filter alone narrows the list', async () => {
        const byLevel = await expectJson('/api/regions', '/api/regions?level=neighbourhood');
        assert.ok(byLevel.length > 0 && byLevel.every((r) => r.level === 'neighbourhood'), 'level=neighbourhood');
        const byParent = await expectJson('/api/regions', '/api/regions?parent=WK003401');
        assert.ok(byParent.length > 0 && byParent.every((r) => r.parent === 'WK003401'), 'parent=WK003401');
    });

    test('400 for a malformed parent code', async () => {
        await expectError('/api/regions', '/api/regions?parent=XX12', 400, 'invalid_argument');
    });
});

describe('GET /api/regions/{code}', () => {
    test('WK003401: ancestors NL01, GM0034 and neighbourhoods BU003401xx as children', async () => {
        const r = await expectJson('/api/regions/{code}', '/api/regions/WK003401');
        assert.equal(r.code, 'WK003401');
        assert.equal(r.level, 'district');
        assert.equal(r.parent, 'GM0034');
        assert.deepEqual(r.ancestors.map((a) => a.code), ['NL01', 'GM0034']);
        assert.deepEqual(r.ancestors[0], { code: 'NL01', name: r.ancestors[0].name, level: 'country', parent: null });
        assert.deepEqual(r.ancestors[1], { code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' });
        assert.ok(r.children.length > 0, 'WK003401 has no children');
        assertSorted(r.children, byCode, 'children by code');
        for (const child of r.children) {
            assert.match(child.code, /^BU003401\d{2}$/, 'child code');
            assert.equal(child.parent, 'WK003401', `${child.code}.parent`);
            assert.equal(child.level, 'neighbourhood', `${child.code}.level`);
        }
        const listed = await expectJson('/api/regions', '/api/regions?parent=WK003401');
        assert.deepEqual(r.children, listed, 'children differ from /api/regions?parent=WK003401');
    });

    test('GM0034 and NL01: the chain ends at the country', async () => {
        const gm = await expectJson('/api/regions/{code}', '/api/regions/GM0034');
        assert.equal(gm.name, 'Almere');
        assert.deepEqual(gm.ancestors.map((a) => a.code), ['NL01']);
        assert.ok(gm.children.some((c) => c.code === 'WK003401'), 'GM0034 children lack WK003401');
        const nl = await expectJson('/api/regions/{code}', '/api/regions/NL01');
        assert.equal(nl.parent, null);
        assert.equal(nl.level, 'country');
        assert.deepEqual(nl.ancestors, []);
    });

    test('404 for an unknown code, 400 for a malformed one', async () => {
        await expectError('/api/regions/{code}', '/api/regions/GM9999', 404, 'not_found');
        await expectError('/api/regions/{code}', '/api/regions/XX12', 400, 'invalid_argument');
        await expectError('/api/regions/{code}', '/api/regions/GM00345', 400, 'invalid_argument');
    });
});

describe('GET /api/observations (the fixed contract for scripts)', () => {
    let all;
    before(async () => {
        all = await expectJson('/api/observations', '/api/observations?region=GM0034');
    });

    test('region=GM0034: the youth-care figures of Almere', async () => {
        assert.ok(all.length > 0, 'no observations for GM0034');
        for (const o of all) {
            for (const field of ['indicator', 'region', 'period', 'value', 'status']) {
                assert.ok(field in o, `observation without ${field}: ${JSON.stringify(o)}`);
            }
            assert.equal(o.region, 'GM0034');
            assert.ok(o.value === null || (typeof o.value === 'number' && Number.isFinite(o.value)), `value ${o.value}`);
            if (o.status === 'unknown') assert.equal(o.value, null, `unknown must be null, not ${o.value}: ${JSON.stringify(o)}`);
        }
        assertSorted(all, compareObs, 'observations by indicator, region, period');
        const expected = [
            [YOUTH_PCT, '2018JJ00', 9.6], [YOUTH_PCT, '2024JJ00', 11.7],
            [YOUTH_NATURA, '2018JJ00', 5805], [YOUTH_NATURA, '2024JJ00', 7400],
        ];
        for (const [indicator, period, value] of expected) {
            const o = find(all, indicator, 'GM0034', period);
            assert.ok(o, `no observation ${indicator} GM0034 ${period}`);
            assertClose(o.value, value, `${indicator} GM0034 ${period}`);
            assert.ok(o.status === 'known' || o.status === 'provisional', `${indicator} ${period} status ${o.status}`);
        }
        for (const indicator of [YOUTH_PCT, YOUTH_NATURA]) {
            const o = find(all, indicator, 'GM0034', '2025JJ00');
            assert.ok(!o || o.value === null, `2025 has no youth-care figure; got ${JSON.stringify(o)}`);
        }
        const periods = [...new Set(all.map((o) => o.period))].sort();
        assert.equal(periods[0], '2018JJ00', `first period; periods: ${periods}`);
        assert.equal(periods.at(-1), '2025JJ00', `last period; periods: ${periods}`);
    });

    test('indicator filter returns exactly that indicator\'s rows', async () => {
        const only = await expectJson('/api/observations', `/api/observations?region=GM0034&indicator=${YOUTH_PCT}`);
        assert.deepEqual(only, all.filter((o) => o.indicator === YOUTH_PCT));
        assert.ok(only.length >= 7, `expected 2018-2024 at least, got ${only.map((o) => o.period)}`);
    });

    test('a comma list returns the union, ordered; %2C works like a comma', async () => {
        const both = await expectJson('/api/observations', '/api/observations?region=GM0034,WK003401');
        const wk = await expectJson('/api/observations', '/api/observations?region=WK003401');
        assert.ok(wk.length > 0, 'no observations for WK003401');
        assert.deepEqual(both, [...all, ...wk].sort(compareObs));
        const encoded = await expectJson('/api/observations', '/api/observations?region=GM0034%2CWK003401');
        assert.deepEqual(encoded, both);
    });

    test('errors: missing region 400, malformed 400, unknown 404, unknown indicator 404', async () => {
        const t = '/api/observations';
        const missing = await expectError(t, '/api/observations', 400, 'invalid_argument');
        assert.ok(!('field' in missing.error) || ['region', ''].includes(missing.error.field), `field ${missing.error.field}`);
        await expectError(t, '/api/observations?indicator=PercentageJongerenMetJeugdzorg', 400, 'invalid_argument');
        await expectError(t, '/api/observations?region=XX12', 400, 'invalid_argument');
        await expectError(t, '/api/observations?region=GM0034,XX12', 400, 'invalid_argument');
        await expectError(t, '/api/observations?region=GM9999', 404, 'not_found');
        await expectError(t, '/api/observations?region=GM0034,GM9999', 404, 'not_found');
        await expectError(t, '/api/observations?region=GM0034&indicator=GeenBestaandeIndicator', 404, 'not_found');
    });
});

// Checks a profile against the region's own observations, following ProfileEntry in openapi.yaml:
// latest is the newest period with a value (else the newest at all), previous the period before
// it, change = latest - previous when both are known, parent/country the same period elsewhere.
async function checkProfile(code) {
    const profile = await expectJson('/api/regions/{code}/profile', `/api/regions/${code}/profile`);
    const region = await expectJson('/api/regions/{code}', `/api/regions/${code}`);
    const { ancestors, children, ...plain } = region;
    assert.deepEqual(profile.region, plain, 'profile.region');
    assert.equal(profile.parent?.code ?? null, region.parent, 'profile.parent');
    const own = await expectJson('/api/observations', `/api/observations?region=${code}`);
    const parentObs = region.parent
        ? await expectJson('/api/observations', `/api/observations?region=${region.parent}`) : [];
    const countryObs = code === 'NL01' ? [] : await expectJson('/api/observations', '/api/observations?region=NL01');

    // Nearest level (issue 15): an indicator without a known value of its own may come from the
    // district or municipality above, which says so; every other entry is the region's own.
    const borrowed = profile.entries.filter((e) => e.from_region !== null);
    for (const e of borrowed) {
        const label = `${code} ${e.indicator.key} (nearest level)`;
        assert.ok(['district', 'municipality'].includes(region.level) || region.level === 'neighbourhood', `${label}: only below a municipality`);
        assert.ok(ancestors.some((a) => a.code === e.from_region.code && ['district', 'municipality'].includes(a.level)), `${label}: from an ancestor`);
        assert.ok(!own.some((o) => o.indicator === e.indicator.key && hasValue(o)), `${label}: the region has no known value itself`);
        const theirs = await expectJson('/api/observations', `/api/observations?region=${e.from_region.code}&indicator=${e.indicator.key}`);
        assert.deepEqual(e.latest, theirs.findLast(hasValue), `${label}: the ancestor's latest known figure`);
        assert.match(e.nearest_level_note, /is dit cijfer niet bekend; hier staat het cijfer van/, `${label}: says so`);
    }
    const borrowedKeys = new Set(borrowed.map((e) => e.indicator.key));
    const keys = [...new Set(own.map((o) => o.indicator))].filter((k) => !borrowedKeys.has(k)).sort();
    assert.deepEqual(profile.entries.filter((e) => e.from_region === null).map((e) => e.indicator.key).sort(), keys,
        `${code}: one profile entry per indicator with observations`);
    for (const e of profile.entries.filter((x) => x.from_region === null)) {
        assert.equal(e.nearest_level_note, null);
        const label = `${code} ${e.indicator.key}`;
        const series = own.filter((o) => o.indicator === e.indicator.key); // ordered by period
        let li = series.findLastIndex(hasValue);
        if (li < 0) li = series.length - 1;
        assert.deepEqual(e.latest, series[li], `${label}: latest`);
        assert.deepEqual(e.previous, series[li - 1] ?? null, `${label}: previous`);
        if (hasValue(e.latest) && hasValue(e.previous)) {
            // Rounded to the indicator's decimals: no floating-point noise such as 0.29999999999999893.
            const step = 10 ** -e.indicator.decimals;
            assertClose(e.change, e.latest.value - e.previous.value, `${label}: change`, step / 2 + 1e-9);
            assertClose(e.change / step, Math.round(e.change / step), `${label}: change in steps of ${step}`, 1e-6);
        } else {
            assert.equal(e.change, null, `${label}: change without two values`);
        }
        for (const [name, others, otherCode] of [['parent', parentObs, region.parent], ['country', countryObs, 'NL01']]) {
            const same = otherCode && otherCode !== code ? find(others, e.indicator.key, otherCode, e.latest.period) : undefined;
            if (hasValue(same)) {
                assert.deepEqual(e[name], same, `${label}: ${name} must be ${otherCode} ${e.latest.period}`);
            } else if (e[name] !== null) {
                assert.deepEqual(e[name], same, `${label}: ${name} must be null or ${otherCode}'s own observation`);
            }
        }
    }
    return profile;
}

describe('GET /api/regions/{code}/profile', () => {
    test('GM0034: youth care 11.7 % in 2024JJ00, previous 2023JJ00, change ≈ 0.3', async () => {
        const profile = await checkProfile('GM0034');
        assert.equal(profile.parent?.code, 'NL01');
        const e = profile.entries.find((x) => x.indicator.key === YOUTH_PCT);
        assert.ok(e, `no ${YOUTH_PCT} entry; entries: ${profile.entries.map((x) => x.indicator.key)}`);
        assert.equal(e.indicator.unit, '%');
        assert.equal(e.latest.period, '2024JJ00', 'latest period (2025 has no value)');
        assertClose(e.latest.value, 11.7, 'latest value');
        assert.equal(e.previous?.period, '2023JJ00', 'previous period');
        assertClose(e.change, 0.3, 'change', 1e-6);
        assert.equal(e.change, 0.3, 'change rounded to one decimal, not 0.29999999999999893');
        const natura = profile.entries.find((x) => x.indicator.key === YOUTH_NATURA);
        assert.ok(natura, `no ${YOUTH_NATURA} entry`);
        assert.equal(natura.latest.period, '2024JJ00');
        assertClose(natura.latest.value, 7400, `${YOUTH_NATURA} latest value`);
    });

    test('WK003401: parent figures come from GM0034 for the same period', async () => {
        const profile = await checkProfile('WK003401');
        assert.equal(profile.parent?.code, 'GM0034');
        assert.ok(profile.entries.length > 0, 'WK003401 has no profile entries');
        const withParent = profile.entries.filter((e) => e.parent !== null);
        assert.ok(withParent.length > 0, 'no entry of WK003401 has a GM0034 comparison');
        for (const e of withParent) {
            assert.equal(e.parent.region, 'GM0034');
            assert.equal(e.parent.period, e.latest.period);
            assert.equal(e.parent.indicator, e.indicator.key);
        }
    });

    test('a neighbourhood and the country have valid profiles too', async () => {
        const wk = await expectJson('/api/regions/{code}', '/api/regions/WK003401');
        await checkProfile(wk.children[0].code);
        const nl = await checkProfile('NL01');
        assert.equal(nl.parent, null);
    });

    test('404 for an unknown region, 400 for a malformed code', async () => {
        await expectError('/api/regions/{code}/profile', '/api/regions/GM9999/profile', 404, 'not_found');
        await expectError('/api/regions/{code}/profile', '/api/regions/XX12/profile', 400, 'invalid_argument');
    });
});

describe('unknown paths under /api/', () => {
    test('answer 404 with an Error body', async () => {
        for (const path of ['/api/does-not-exist', '/api/regions/GM0034/nope', '/api/indicators/extra/segments']) {
            await expectError(null, path, 404, 'not_found');
        }
    });
});

describe('GET /api/regions/{code}/profile/export', () => {
    test('the profile as CSV and as a workbook (the cells are compared in exports.test.mjs)', async () => {
        for (const format of ['csv', 'xlsx']) {
            const res = await request(`/api/regions/GM0034/profile/export?format=${format}`);
            assert.equal(res.status, 200);
            contract().assertAnyResponse('/api/regions/{code}/profile/export', 'get', 200, res, `profile export ${format}`);
        }
        const csv = await request('/api/regions/GM0034/profile/export');
        assert.match(csv.text, /^indicator,title,unit,period,value,/, 'csv is the default');
        await expectError('/api/regions/{code}/profile/export', '/api/regions/GM9999/profile/export', 404, 'not_found');
    });
});

// Issue 15: similar municipalities on the demo data (Almere's classes from its own KWB figures;
// the group's members and values are checked in similar.test.mjs).
describe('GET /api/regions/{code}/similar', () => {
    test("Almere's classes and a group that never holds Almere itself", async () => {
        const res = await expectJson('/api/regions/{code}/similar', '/api/regions/GM0034/similar');
        assert.equal(res.municipality.urbanisation, 2, 'MateVanStedelijkheid 2 in every KWB year');
        assert.equal(res.municipality.urbanisation_name, 'sterk stedelijk');
        assert.equal(res.municipality.size_class, 7, '229,574 inhabitants on 1 January 2025');
        assert.equal(res.group.name, 'gemeenten met 150.000 tot 250.000 inwoners, sterk stedelijk');
        assert.ok(!res.group.members.some((m) => m.code === 'GM0034'));
        const empty = await expectJson('/api/regions/{code}/similar', '/api/regions/GM0034/similar?group=picked');
        assert.equal(empty.group.members.length, 0);
        assert.ok(empty.entries.length > 0);
        for (const entry of empty.entries) assert.equal(entry.value, null, `${entry.indicator}: no members, no value`);
        await expectError('/api/regions/{code}/similar', '/api/regions/GM9999/similar', 404, 'not_found');
    });
});

// The open data (the public GETs of openapi.yaml); the account operations are checked the same way
// at the end of access.test.mjs, which walks every route.
test('every documented public GET was checked against a real 200 response', () => {
    const c = contract();
    const missing = [...c.operations()]
        .filter(({ method, op }) => method === 'get' && Array.isArray(op.security) && op.security.length === 0)
        .map(({ template, method }) => `${method} ${template} 200`)
        .filter((key) => !c.validated.has(key));
    assert.deepEqual(missing, [], 'operations in openapi.yaml without a test of their success response');
});
