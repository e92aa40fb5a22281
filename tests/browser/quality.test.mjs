// Browser test of block 4 on the provider side: a provider marks its own quality conditions; the
// municipality's coordinator makes a contract lot with that provider and sees the overview show
// them (status in words, missing evidence marked) and reads the provider's record without forms,
// then records an answer to the second effectiveness question, which links to the outcome report
// filtered on the provider.
//   KOMPAS_URL, KOMPAS_ADMIN_EMAIL / KOMPAS_ADMIN_PASSWORD (to make the accounts), KOMPAS_TEST_OUTPUT
// Run: node --test tests/browser/quality.test.mjs   (after `npm ci` in tests/browser and tests/http)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, freshAgb, password, signIn as apiSignIn } from '../http/lib/accounts.mjs';

useBrowser();

test('a provider marks its conditions; the coordinator sees them in the contract lot overview', async () => {
    const admin = await adminSession();
    const agb = freshAgb();
    const providerOrg = await createOrganisation(admin, `Zorgaanbieder Kwaliteit ${SUFFIX}`, 'provider', null, agb);
    const providerPw = password('browser-kw-prov');
    const providerPerson = await createPerson(admin, {
        email: `browser-kw-prov-${SUFFIX}@kwaliteit.example`, name: 'Kwaliteitsmedewerker Browser', organisation_id: providerOrg.id, password: providerPw,
    });
    const gemeenteOrg = await createOrganisation(admin, `Gemeente Kwaliteit ${SUFFIX}`, 'municipality', 'GM0034');
    const gemeentePw = password('browser-kw-gem');
    const gemeentePerson = await createPerson(admin, {
        email: `browser-kw-gem-${SUFFIX}@kwaliteit.example`, name: 'Inkoopadviseur Browser', organisation_id: gemeenteOrg.id, password: gemeentePw,
    });
    // The collaboration and the provider as partner, through the API (the UI of block 0 has its own test).
    const coordinator = await apiSignIn(gemeentePerson.email, gemeentePw, 'coordinator');
    const collaboration = (await call('/api/collaborations', 'POST', '/api/collaborations', 201, {
        as: coordinator, body: { name: `Inkoop jeugdhulp ${SUFFIX}`, theme: 'Inkoop', regions: ['GM0034'], period_start: '2026-01-01' },
    })).json;
    await call('/api/collaborations/{id}/partners', 'POST', `/api/collaborations/${collaboration.id}/partners`, 201, {
        as: coordinator, body: { organisation_id: providerOrg.id, role: 'partner' },
    });

    // 1. The provider fills in two conditions on its own page.
    const provider = await newPage();
    try {
        await provider.page.goto(`${BASE}/inloggen`);
        await signIn(provider.page, providerPerson.email, providerPw);
        await provider.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Onze kwaliteit' }).click();
        await provider.page.getByRole('heading', { level: 1, name: `Kwaliteitsvoorwaarden van ${providerOrg.name}` }).waitFor();
        const table = provider.page.getByTestId('quality-table');
        assert.equal(await table.getByTestId('condition-status').count(), 10);
        assert.equal(await table.locator('[data-status="unknown"]').count(), 10, 'all ten start unknown');

        await provider.page.getByText('Meldcode huiselijk geweld en kindermishandeling', { exact: true }).last().click();
        const meldcode = provider.page.getByTestId('condition-form-reporting_code');
        await meldcode.getByLabel('Status').selectOption('met');
        await meldcode.getByLabel('Toelichting en bewijs').fill('Meldcode vastgesteld; alle medewerkers getraind in 2026.');
        await meldcode.getByLabel(/Link naar het bewijs/).fill('https://example.nl/meldcode');
        await meldcode.getByRole('button', { name: 'Opslaan' }).click();
        await meldcode.getByRole('status').waitFor();

        await provider.page.getByText('Geregistreerde professionals', { exact: true }).last().click();
        const skj = provider.page.getByTestId('condition-form-registered_professionals');
        await skj.getByLabel('Status').selectOption('partly');
        await skj.getByLabel('Aandeel geregistreerd').fill('85');
        await skj.getByRole('button', { name: 'Opslaan' }).click();
        await skj.getByRole('status').waitFor();

        const row = table.locator('tr[data-condition="reporting_code"]');
        assert.match(await row.innerText(), /Voldoet/);
        assert.match(await row.innerText(), /Kwaliteitsmedewerker Browser/, 'who confirmed it, filled by the server');
        assert.match(await table.locator('tr[data-condition="registered_professionals"]').innerText(), /Voldoet deels[\s\S]*85 %/);
        await assertClean(provider.page, provider.errors);
        await provider.page.screenshot({ path: join(OUT, 'quality-provider.png'), fullPage: true });
    } finally {
        await provider.context.close();
    }

    // 2. The coordinator makes a contract lot and sees the provider's conditions in its overview.
    const gemeente = await newPage();
    try {
        await gemeente.page.goto(`${BASE}/inloggen`);
        await signIn(gemeente.page, gemeentePerson.email, gemeentePw);
        await gemeente.page.goto(`${BASE}/samenwerkingen/${collaboration.id}`);
        await gemeente.page.getByTestId('collaboration-subnav').getByRole('link', { name: 'Percelen en kwaliteitseisen' }).click();
        await gemeente.page.getByRole('heading', { level: 1, name: 'Percelen en kwaliteitseisen' }).waitFor();
        // An empty form first: a linked error summary.
        await gemeente.page.getByRole('button', { name: 'Perceel aanmaken' }).click();
        await gemeente.page.getByTestId('error-summary').waitFor();
        await gemeente.page.getByLabel('Naam van het perceel').fill('Ambulante jeugdhulp');
        const eisen = gemeente.page.getByRole('group', { name: 'Kwaliteitseisen van dit perceel' });
        for (const name of ['Meldcode huiselijk geweld en kindermishandeling', 'Geregistreerde professionals', 'Kwaliteitssysteem']) {
            await eisen.getByRole('checkbox', { name }).check();
        }
        await gemeente.page.getByRole('group', { name: 'Gecontracteerde aanbieders' }).getByRole('checkbox', { name: providerOrg.name }).check();
        await gemeente.page.getByRole('button', { name: 'Perceel aanmaken' }).click();
        await gemeente.page.waitForURL(/\/percelen\/lot_[^/]+$/);
        await gemeente.page.getByRole('heading', { level: 1, name: 'Ambulante jeugdhulp' }).waitFor();

        const matrix = gemeente.page.getByTestId('lot-matrix');
        await matrix.waitFor();
        assert.match(await matrix.locator('caption').innerText(), /geen rangorde[\s\S]*12 maanden/);
        const row = matrix.locator(`tr[data-provider="${providerOrg.id}"]`);
        assert.match(await row.locator('td[data-condition="reporting_code"]').innerText(), /Voldoet/);
        assert.doesNotMatch(await row.locator('td[data-condition="reporting_code"]').innerText(), /ontbreekt/);
        assert.match(await row.locator('td[data-condition="registered_professionals"]').innerText(), /Voldoet deels/);
        const system = await row.locator('td[data-condition="quality_system"]').innerText();
        assert.match(system, /Onbekend/);
        assert.match(system, /bewijs ontbreekt/, 'missing evidence is said in words, not by colour alone');
        await assertClean(gemeente.page, gemeente.errors);
        await gemeente.page.screenshot({ path: join(OUT, 'quality-lot.png'), fullPage: true });

        // The provider's record as a partner reads it: the same table, no forms.
        await row.getByRole('link', { name: providerOrg.name }).click();
        await gemeente.page.getByRole('heading', { level: 1, name: `Kwaliteitsvoorwaarden van ${providerOrg.name}` }).waitFor();
        assert.match(await gemeente.page.getByTestId('quality-table').locator('tr[data-condition="reporting_code"]').innerText(), /Meldcode vastgesteld/);
        assert.equal(await gemeente.page.getByRole('heading', { name: 'Voorwaarden vastleggen' }).count(), 0, 'a partner gets no edit forms');
        assert.equal(await gemeente.page.getByRole('button', { name: 'Opslaan' }).count(), 0);
        await assertClean(gemeente.page, gemeente.errors);
        await gemeente.page.screenshot({ path: join(OUT, 'quality-partner-view.png'), fullPage: true });

        // 3. The second effectiveness question, with the link to the outcome report on this provider.
        await gemeente.page.goto(`${BASE}/samenwerkingen/${collaboration.id}/effectiviteit`);
        await gemeente.page.getByTestId('conversation-list').getByRole('link', { name: providerOrg.name }).click();
        await gemeente.page.getByRole('heading', { level: 1, name: `Gesprek met ${providerOrg.name}` }).waitFor();
        const monitoring = gemeente.page.locator('section[data-question="monitoring"]');
        await monitoring.getByText('Antwoord vastleggen').click();
        await monitoring.getByLabel('Antwoord van de aanbieder').fill('Uitval en doelrealisatie worden per product gevolgd.');
        await monitoring.getByLabel(/Onderbouwing en bewijs/).fill('Kwartaalrapportage aan de gemeente');
        await monitoring.getByRole('button', { name: 'Antwoord opslaan' }).click();
        await monitoring.getByTestId('answer-monitoring').waitFor();
        assert.match(await monitoring.innerText(), /Inkoopadviseur Browser/);
        const link = monitoring.getByTestId('outcome-links').getByRole('link', { name: /Uitkomsten van .* voor inwoners van GM0034/ });
        assert.equal(await link.getAttribute('href'), `/uitkomsten/gemeente/GM0034?aanbieder=${agb}`);
        await assertClean(gemeente.page, gemeente.errors);
        await gemeente.page.screenshot({ path: join(OUT, 'quality-effectiveness.png'), fullPage: true });
    } finally {
        await gemeente.context.close();
    }
});
