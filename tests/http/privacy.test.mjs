// Block 5 played by the attacker with a provider account (docs/privacy.md). Each test must fail for
// the attack, not for the test:
// - the re-entry oracle: provider A uploads made-up clients and one target BSN; provider B then
//   starts care for the target. Everything A can download must be the same, byte for byte, before
//   and after B's upload: with 9 and with 1,000 made-up clients, and with shifted dates;
// - differences between downloads: a municipality's report before and after an unrelated upload is
//   the same download (the engine test plays the attacker on both downloads together).
// Each scenario uses a municipality of its own, so that other test files running at the same time
// cannot change its figures.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { SUFFIX, adminSession, createOrganisation, createPerson, freshAgb, password, send, signIn } from './lib/accounts.mjs';
import { randomBsn, trajectoryCsv } from './lib/trajectories.mjs';

let admin;
const providers = {}; // A, B -> { org, session }

const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

async function upload(as, filename, rows) {
    const res = await send('POST', '/api/trajectories/uploads', { as, body: { filename, content_base64: base64(trajectoryCsv(rows)) } });
    assert.equal(res.status, 201, res.text);
}

function addDays(date, days) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
}

// Everything a provider can ask about outcomes, as status and body; the municipality and funnel
// routes answer it 403, and that refusal must not change either.
async function everythingAsProvider(as, municipality) {
    const paths = [
        '/api/outcomes/provider?granularity=year',
        '/api/outcomes/provider?granularity=half_year',
        `/api/outcomes/municipality/${municipality}?granularity=year`,
        `/api/outcomes/municipality/${municipality}?granularity=half_year`,
        '/api/outcomes/funnel?indicator=no_reentry&year=2024',
        `/api/outcomes/funnel?indicator=no_reentry&year=2024&municipality=${municipality}`,
        '/api/outcomes/funnel?indicator=planned&year=2024',
        '/api/trajectories?limit=1000', // its own records (there is no export yet)
    ];
    const out = [];
    for (const path of paths) {
        const res = await send('GET', path, { as });
        out.push(`${path} ${res.status} ${res.text}`);
    }
    return out;
}

before(async () => {
    admin = await adminSession();
    for (const key of ['A', 'B']) {
        const org = await createOrganisation(admin, `Aanbieder ${key} privacytest ${SUFFIX}`, 'provider', null, freshAgb());
        const pw = password(`priv-${key}`);
        const person = await createPerson(admin, {
            email: `priv-${key}-${SUFFIX}@privacy.example`, name: `Aanbieder ${key}`, organisation_id: org.id, password: pw,
        });
        providers[key] = { org, session: await signIn(person.email, pw, `provider ${key}`) };
    }
});

const scenarios = [
    { madeUp: 9, shift: 0, municipality: 'GM0502' },
    { madeUp: 9, shift: 45, municipality: 'GM0503' },
    { madeUp: 1000, shift: 0, municipality: 'GM0505' },
    { madeUp: 1000, shift: 200, municipality: 'GM0512' },
];

for (const { madeUp, shift, municipality } of scenarios) {
    test(`re-entry oracle: ${madeUp} made-up clients, dates shifted ${shift} days`, async () => {
        // Numbers of their own (leading zero): no other file's client or demo client can be one of them.
        const target = randomBsn({ leadingZero: true });
        const end = addDays('2024-01-15', shift);
        const rows = [];
        for (let i = 0; i < madeUp; i++) {
            rows.push({ bsn: randomBsn({ leadingZero: true }), municipality, helpForm: '03', start: addDays(end, -200), end, reason: '01' });
        }
        rows.push({ bsn: target, municipality, helpForm: '03', start: addDays(end, -200), end, reason: '01' });
        await upload(providers.A.session, `aanval-${madeUp}-${shift}.csv`, rows);
        const before = await everythingAsProvider(providers.A.session, municipality);
        const municipalityRow = async () => {
            const res = await send('GET', `/api/outcomes/municipality/${municipality}?granularity=year`, { as: admin });
            assert.equal(res.json.reentry_basis, 'all_providers');
            return res.json.rows.find((r) => r.help_form === 'all' && r.period === end.slice(0, 4));
        };
        const municipalityBefore = await municipalityRow();

        // B starts care for the target within the 12 months after A's planned end.
        await upload(providers.B.session, `doel-${madeUp}-${shift}.csv`,
            [{ bsn: target, municipality, helpForm: '03', start: addDays('2024-03-01', shift) }]);
        const after = await everythingAsProvider(providers.A.session, municipality);
        assert.deepEqual(after, before, 'what A can download tells whether its target has care elsewhere');

        // The provider's view says what its re-entry figure rests on.
        const own = JSON.parse(before[0].slice(before[0].indexOf('{')));
        assert.equal(own.reentry_basis, 'own_records');
        if (madeUp === 1000) {
            // The control: the municipality's own view (here the administrator's) does count the new
            // start, so the two worlds really differ where re-entry is looked for across providers:
            // 1,001 of 1,001 without re-entry before; after it, one re-entry (a complement of 1,
            // hidden) or a hidden row.
            const after = await municipalityRow();
            assert.equal(municipalityBefore.no_reentry.denominator, madeUp + 1);
            assert.equal(municipalityBefore.no_reentry.numerator, madeUp + 1);
            assert.notEqual(after.no_reentry.numerator, madeUp + 1, 'the target re-entered at B');
            assert.ok(after.no_reentry.numerator_suppressed || after.no_reentry.suppressed);
        }
    });
}

test('an unrelated upload changes nothing in a municipality\'s report', async () => {
    const municipality = 'GM0513';
    const rows = [];
    for (let i = 0; i < 40; i++) {
        const helpForm = i < 30 ? '02' : '11'; // 10 in 11: small figures to hide around them
        rows.push({ bsn: randomBsn(), municipality, helpForm, start: `2023-0${(i % 9) + 1}-12`, end: i % 4 ? `2024-0${(i % 9) + 1}-20` : undefined, reason: i % 5 ? '01' : '02', satisfaction: 5 + (i % 5), withoutHelp: i % 3 ? '04' : '01' });
    }
    await upload(providers.A.session, 'gemeente-basis.csv', rows);
    const download = async () => {
        const out = [];
        for (const g of ['year', 'half_year']) {
            const res = await send('GET', `/api/outcomes/municipality/${municipality}?granularity=${g}`, { as: admin });
            assert.equal(res.status, 200);
            out.push(res.text);
        }
        return out;
    };
    const first = await download();
    assert.match(first.join(''), /"suppressed":true/, 'the report hides something: the attack has a target');
    const unrelated = [];
    for (let i = 0; i < 25; i++) unrelated.push({ bsn: randomBsn(), municipality: 'GM0518', helpForm: '03', start: '2023-05-01', end: '2024-02-01' });
    await upload(providers.B.session, 'elders.csv', unrelated);
    assert.deepEqual(await download(), first, 'two downloads together would tell more than one');
});
