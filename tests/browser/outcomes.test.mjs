// Browser test of block 5: a provider uploads a trajectory file and sees its own outcomes; another
// user, of a municipality, sees the same residents' figures with the small ones suppressed.
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

test('a provider uploads trajectories; a municipality user sees them suppressed', async () => {
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
        await assertClean(provider.page, provider.errors);
        await provider.page.screenshot({ path: join(OUT, 'outcomes-provider.png'), fullPage: true });
    } finally {
        await provider.context.close();
    }

    // Another user, of the municipality: the same residents, with the 3 trajectories of help form 11 hidden.
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
        await other.page.getByTestId('suppression-legend').waitFor();
        const providers = other.page.getByTestId('provider-table');
        await providers.waitFor();
        assert.equal(await other.page.getByText(/trajecten ingelezen/).count(), 0, 'no upload form for a municipality');
        await assertClean(other.page, other.errors);
        await other.page.screenshot({ path: join(OUT, 'outcomes-municipality.png'), fullPage: true });
    } finally {
        await other.context.close();
    }
});
