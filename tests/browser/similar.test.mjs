// Browser test of the youth profile's comparison with similar municipalities and its signals
// (issue 15): anyone sees Almere's group named, with its members and a group value on the cards,
// and changes the group; only a member of a collaboration sees its signals about Almere.
//   KOMPAS_URL, KOMPAS_ADMIN_EMAIL / KOMPAS_ADMIN_PASSWORD, KOMPAS_TEST_OUTPUT
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, signIn as apiSignIn } from '../http/lib/accounts.mjs';

useBrowser();
const FIXTURE = new URL('../fixtures/own-data/kwb-similar.csv', import.meta.url);
const YOUTH_CARE = 'article[data-indicator="PercentageJongerenMetJeugdzorg"]';
let person;
let signalText;

before(async () => {
    const admin = await adminSession();
    await call('/api/own-data/uploads', 'POST', '/api/own-data/uploads', 201, {
        as: admin, body: { format: 'kwb-csv', filename: 'kwb-similar.csv', content_base64: readFileSync(FIXTURE).toString('base64') },
    });
    const org = await createOrganisation(admin, `Gemeente signalen ${SUFFIX}`, 'municipality', 'GM0034');
    const pw = password('sig');
    person = { ...(await createPerson(admin, { email: `sig-${SUFFIX}@profiel.example`, name: `Beleid ${SUFFIX}`, organisation_id: org.id, password: pw })), password: pw };
    const session = await apiSignIn(person.email, pw, 'signals');
    const collaboration = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: session, body: { name: `Samen Almere ${SUFFIX}`, theme: 'Jeugdzorg', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    signalText = `Ouders melden lange wachttijden ${SUFFIX}`;
    await call('/api/collaborations/{id}/signals', 'POST', `/api/collaborations/${collaboration.id}/signals`, 201, {
        as: session, body: { text: signalText, source: 'parent', date: '2026-11-15', region: 'WK003401', theme: 'jeugdzorg' },
    });
});

test('anyone compares Almere with similar municipalities and changes the group', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${BASE}/regio/GM0034`);
    const name = page.getByTestId('similar-group-name');
    await name.waitFor();
    assert.equal(await name.innerText(), 'gemeenten met 150.000 tot 250.000 inwoners, sterk stedelijk');
    const text = await page.getByTestId('similar-group-text').innerText();
    assert.match(text, /Almere heeft 150\.000 tot 250\.000 inwoners en is sterk stedelijk/);
    assert.match(text, /Vergelijkstad Noord/);
    assert.match(text, /Vergelijkstad Zuid/);
    assert.doesNotMatch(text, /Middelstad|Ruimdorp/);
    const card = page.locator(YOUTH_CARE);
    await card.getByTestId('card-group').waitFor();
    assert.match(await card.getByTestId('card-group-value').innerText(), /^9,5/);
    assert.match(await card.getByTestId('card-group').innerText(), /mediaan van 1 van de 2 gemeenten; zonder cijfer: Vergelijkstad Zuid/);
    assert.equal(await page.getByTestId('area-signals').count(), 0, 'no signals for an anonymous visitor');
    await assertClean(page, errors);
    await page.getByTestId('similar-group').screenshot({ path: join(OUT, 'similar-group.png') });
    await page.screenshot({ path: join(OUT, 'similar-profile.png'), fullPage: true });

    // Pick a municipality by hand.
    await page.getByLabel('Zelf gemeenten kiezen').check();
    await page.getByTestId('similar-picker').waitFor();
    await page.getByLabel(/Middelstad/).check();
    await page.waitForFunction(() => document.querySelector('[data-testid="similar-group-count"]')?.textContent === '1 gemeente');
    assert.equal(await name.innerText(), 'zelf gekozen gemeenten');
    await page.waitForFunction((sel) => document.querySelector(`${sel} [data-testid="card-group-value"]`)?.textContent?.startsWith('12,3'), YOUTH_CARE);
    await page.getByTestId('similar-group').screenshot({ path: join(OUT, 'similar-picked.png') });
    // Urbanisation only.
    await page.getByLabel('Alleen zelfde stedelijkheid').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="similar-group-name"]')?.textContent === 'gemeenten die sterk stedelijk zijn');
    assert.match(await page.getByTestId('similar-group-text').innerText(), /Middelstad/);
    await assertClean(page, errors);
    await page.context().close();
});

test('a member of a collaboration sees its signals about Almere on the profile', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, person.email, person.password);
    await page.goto(`${BASE}/regio/GM0034`);
    const signals = page.getByTestId('area-signals');
    await signals.getByTestId('area-signal').first().waitFor();
    const text = await signals.innerText();
    assert.match(text, new RegExp(signalText));
    assert.match(text, new RegExp(`Samen Almere ${SUFFIX}`));
    await assertClean(page, errors);
    await signals.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'similar-signals.png'), fullPage: true });
    await page.context().close();
});
