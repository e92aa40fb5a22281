// Browser test of block 5: a provider uploads a trajectory file and sees its own outcomes (re-entry
// in its own records, no funnel, no access to the municipality's page); a user of the municipality
// sees the same residents' figures with small ones hidden, and what re-entry rests on there.
//   KOMPAS_URL, KOMPAS_ADMIN_EMAIL / KOMPAS_ADMIN_PASSWORD (to make the two accounts), KOMPAS_TEST_OUTPUT
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';
import { SUFFIX, adminSession, createOrganisation, createPerson, freshAgb, password } from '../http/lib/accounts.mjs';
import { sampleDelivery, trajectoryCsv } from '../http/lib/trajectories.mjs';

useBrowser();

const MUNICIPALITY = 'GM0363'; // not in the demo data, so only the tests' own deliveries count

test('a provider uploads trajectories; a municipality user sees them with small figures hidden', async () => {
    const admin = await adminSession();
    const providerOrg = await createOrganisation(admin, `Jeugdhulp Browsertest ${SUFFIX}`, 'provider', null, freshAgb());
    const providerPw = password('browser-prov');
    const providerPerson = await createPerson(admin, {
        email: `browser-prov-${SUFFIX}@uitkomsten.example`, name: 'Hulpverlener Browser', organisation_id: providerOrg.id, password: providerPw,
    });
    const gemeenteOrg = await createOrganisation(admin, `Gemeente Browsertest ${SUFFIX}`, 'municipality', MUNICIPALITY);
    const gemeentePw = password('browser-gem');
    const gemeentePerson = await createPerson(admin, {
        email: `browser-gem-${SUFFIX}@uitkomsten.example`, name: 'Beleidsadviseur Browser', organisation_id: gemeenteOrg.id, password: gemeentePw,
    });
    const dir = mkdtempSync(join(tmpdir(), 'kompas-browser-'));
    const file = join(dir, 'trajecten.csv');
    writeFileSync(file, trajectoryCsv(sampleDelivery(MUNICIPALITY)));

    // The provider: upload, see the success message and its own (unsuppressed) figures.
    const provider = await newPage();
    try {
        await provider.page.goto(`${BASE}/inloggen`);
        await signIn(provider.page, providerPerson.email, providerPw);
        await provider.page.goto(`${BASE}/uitkomsten/aanbieder`);
        await provider.page.getByLabel('Trajectbestand').setInputFiles(file);
        await provider.page.getByRole('button', { name: 'Uploaden' }).click();
        const status = provider.page.getByTestId('upload-result');
        await status.waitFor();
        assert.match(await status.innerText(), /15 trajecten ingelezen/);
        const own = provider.page.getByTestId('outcomes-table-11');
        await own.waitFor();
        assert.equal(await own.getByTestId('suppressed-cell').count(), 0, 'a provider sees its own small numbers');
        assert.equal(await own.getByTestId('small-numerator-cell').count(), 0, 'a provider sees its own small numerators');
        // Re-entry counts in its own records only, and the page says so.
        assert.match(await provider.page.getByTestId('reentry-basis').innerText(), /uw organisatie/);
        // No funnel: comparing providers is for the municipality (the funnel API answers 403 here).
        assert.match(await provider.page.getByTestId('comparison-note').innerText(), /gemeente/);
        for (const id of ['funnel-explanation', 'funnel', 'funnel-chart', 'funnel-table']) {
            assert.equal(await provider.page.getByTestId(id).count(), 0, `no ${id} on the provider page`);
        }
        assert.equal(await provider.page.getByRole('heading', { name: /trechterdiagram/i }).count(), 0, 'no funnel heading');
        // What the provider does with its outcomes: an aanspreekpunt and an own improvement action.
        const contactForm = provider.page.getByTestId('contact-form');
        await contactForm.getByText('Er is nog geen aanspreekpunt genoemd.').waitFor();
        await provider.page.getByRole('button', { name: 'Aanspreekpunt opslaan' }).click();
        await provider.page.getByRole('link', { name: /naam van het aanspreekpunt/ }).waitFor(); // the error summary
        await provider.page.getByLabel('Naam aanspreekpunt').fill('Ilse de Wit');
        await provider.page.getByLabel('Functie (niet verplicht)').fill('Kwaliteitsfunctionaris');
        await provider.page.getByRole('button', { name: 'Aanspreekpunt opslaan' }).click();
        await provider.page.getByRole('status').filter({ hasText: 'Het aanspreekpunt is opgeslagen.' }).waitFor();
        await provider.page.getByLabel('Wat gaat u verbeteren?').fill('Eindgesprek bij elke afsluiting');
        await provider.page.locator('#pac-hulpvorm').selectOption('11');
        await provider.page.getByLabel('Streefdatum').fill('2027-03-31');
        await provider.page.getByRole('button', { name: 'Verbeteractie vastleggen' }).click();
        const ownActions = provider.page.getByTestId('provider-actions');
        await ownActions.getByRole('rowheader', { name: 'Eindgesprek bij elke afsluiting' }).waitFor();
        await ownActions.getByLabel('Status van Eindgesprek bij elke afsluiting').selectOption('in_progress');
        await provider.page.waitForFunction(() => document.querySelector('[data-testid="provider-actions"] select')?.value === 'in_progress');
        await assertClean(provider.page, provider.errors);
        await provider.page.screenshot({ path: join(OUT, 'outcomes-provider.png'), fullPage: true });

        // The municipality's page is not for a provider: the server's message, not a broken page.
        await provider.page.goto(`${BASE}/uitkomsten/gemeente/${MUNICIPALITY}`);
        const refused = provider.page.getByTestId('outcomes-forbidden');
        await refused.waitFor();
        assert.match(await refused.innerText(), /Geen toegang\./);
        assert.equal(await provider.page.getByTestId('outcomes-table-all').count(), 0, 'no figures for a provider');
        await assertClean(provider.page, provider.errors);
    } finally {
        await provider.context.close();
    }

    // A user of the municipality: the same residents, with the 3 trajectories of help form 11 hidden
    // (which other cells are hidden too, and why, the page does not say).
    const other = await newPage();
    try {
        await other.page.goto(`${BASE}/inloggen`);
        await signIn(other.page, gemeentePerson.email, gemeentePw);
        await other.page.goto(`${BASE}/uitkomsten/gemeente/${MUNICIPALITY}`);
        const table = other.page.getByTestId('outcomes-table-11');
        await table.waitFor();
        const hidden = table.getByTestId('suppressed-cell').first();
        await hidden.waitFor();
        assert.match(await hidden.getAttribute('aria-label'), /onderdrukt/);
        const legend = other.page.getByTestId('suppression-legend');
        await legend.waitFor();
        const legendText = await legend.innerText();
        assert.match(legendText, /minder dan 10 trajecten of metingen/, 'the legend explains hidden figures');
        assert.match(legendText, /terug te rekenen/, 'the legend explains hidden figures');
        assert.match(legendText, /aandeel verborgen/, 'the legend explains small numerators');
        assert.match(legendText, /1 tot en met 4/, 'the legend explains small numerators');
        assert.match(await other.page.getByTestId('reentry-basis').innerText(), /elke aanbieder, in elke gemeente/);
        // Any share shown only by its n carries the words for a screen reader.
        for (const cell of await other.page.getByTestId('small-numerator-cell').all()) {
            assert.match(await cell.getAttribute('aria-label'), /klein aantal/);
        }
        const providers = other.page.getByTestId('provider-table');
        await providers.waitFor();
        assert.equal(await other.page.getByText(/trajecten ingelezen/).count(), 0, 'no upload form for a municipality');
        await other.page.getByTestId('funnel-explanation').waitFor(); // the municipality keeps its funnel
        // The municipality sees the provider's aanspreekpunt and its action, by name.
        const notes = other.page.getByTestId('provider-notes').getByRole('row', { name: new RegExp(`Jeugdhulp Browsertest ${SUFFIX}`) });
        await notes.getByText(/Ilse de Wit/).waitFor();
        const notesText = await notes.innerText();
        assert.match(notesText, /Kwaliteitsfunctionaris/);
        assert.match(notesText, /Eindgesprek bij elke afsluiting \([^)]*klaar op 31 maart 2027; in uitvoering\)/);
        await assertClean(other.page, other.errors);
        await other.page.screenshot({ path: join(OUT, 'outcomes-municipality.png'), fullPage: true });
    } finally {
        await other.context.close();
    }
});
