// Browser test of own data (issue 15): the administrator uploads a small KWB CSV for a municipality
// and a long CSV with an own indicator, gives that indicator a title in the indicator editor, and
// sees a neighbourhood's profile where missing figures come from the nearest level, saying so,
// and where the absence of national figures is said once.
//   KOMPAS_URL, KOMPAS_ADMIN_EMAIL / KOMPAS_ADMIN_PASSWORD, KOMPAS_TEST_OUTPUT
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';
import { ADMIN, SUFFIX } from '../http/lib/accounts.mjs';

useBrowser();

const FIXTURE = fileURLToPath(new URL('../fixtures/own-data/kwb-testdorp.csv', import.meta.url));

test('an administrator uploads figures, describes an own indicator and sees the nearest level', async () => {
    const kwb = readFileSync(FIXTURE, 'utf8').replace(/\n(\d);/g, (_, id) => `\n${SUFFIX}${id};`);
    const key = `wachttijd_${SUFFIX}`;
    const longCsv = `indicator,region,period,value\n${key},GM0999,2024JJ00,42\n`;
    const { page, errors } = await newPage();
    try {
        await page.goto(`${BASE}/inloggen`);
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.goto(`${BASE}/eigen-cijfers`);
        await page.getByRole('heading', { level: 1, name: 'Eigen cijfers' }).waitFor();
        assert.match(await page.getByTestId('own-data-area').innerText(), /elk gebied/);

        // 1. The KWB CSV, with the progress bar on the way.
        await page.getByLabel(/CBS-download/).check();
        await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'kwb-testdorp.csv', mimeType: 'text/csv', buffer: Buffer.from(kwb) });
        await page.getByRole('button', { name: 'Laden' }).click();
        const result = page.getByTestId('own-data-result');
        await page.waitForFunction(() => document.querySelector('[data-testid="own-data-result"]')?.textContent?.includes('ingelezen'));
        assert.match(await result.innerText(), /cijfers ingelezen uit kwb-testdorp\.csv/);
        await page.screenshot({ path: join(OUT, 'own-data-upload.png'), fullPage: true });

        // The same file again changes nothing, and says so.
        await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'kwb-testdorp.csv', mimeType: 'text/csv', buffer: Buffer.from(kwb) });
        await page.getByRole('button', { name: 'Laden' }).click();
        await page.waitForFunction(() => document.querySelector('[data-testid="own-data-result"]')?.textContent?.includes('al eerder'));

        // A refused file: the error names the line and column, nothing is stored.
        await page.getByLabel(/lange CSV/).check();
        await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from(`indicator,region,period,value\n${key},GM0999,2024JJ00,veel\n`) });
        await page.getByRole('button', { name: 'Laden' }).click();
        const summary = page.getByTestId('error-summary');
        await summary.waitFor();
        assert.match(await summary.innerText(), /Regel 2, kolom 4/);
        await page.screenshot({ path: join(OUT, 'own-data-error.png'), fullPage: true });

        // 2. An own indicator from a long CSV, then its title in the editor.
        await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'eigen.csv', mimeType: 'text/csv', buffer: Buffer.from(longCsv) });
        await page.getByRole('button', { name: 'Laden' }).click();
        await page.waitForFunction(() => document.querySelector('[data-testid="own-data-result"]')?.textContent?.includes('1 cijfer ingelezen'));
        await page.getByTestId('indicator-list').getByRole('link', { name: key }).click();
        await page.getByTestId('indicator-form').waitFor();
        await page.getByLabel('Titel', { exact: true }).fill('Wachttijd tot jeugdhulp');
        await page.getByLabel('Eenheid', { exact: true }).fill('dagen');
        await page.getByLabel('Lager is beter').check();
        await page.getByLabel('Definitie', { exact: true }).fill('Gemiddeld aantal dagen tussen aanmelding en start van de hulp.');
        await page.getByRole('button', { name: 'Beschrijving opslaan' }).click();
        await page.waitForFunction(() => document.querySelector('[data-testid="indicator-saved"]')?.textContent?.includes('opgeslagen'));
        await page.getByRole('heading', { level: 1, name: 'Wachttijd tot jeugdhulp' }).waitFor();
        await page.screenshot({ path: join(OUT, 'own-data-indicator.png'), fullPage: true });

        // A built-in CBS indicator: no description form, only a local note.
        await page.goto(`${BASE}/eigen-cijfers/indicatoren/PercentageJongerenMetJeugdzorg`);
        await page.getByRole('heading', { name: 'Lokale toelichting' }).waitFor();
        assert.equal(await page.getByTestId('indicator-form').count(), 0, 'a CBS definition is not editable');
        await page.getByLabel(/^Toelichting/).fill(`In Testdorp telt ook de hulp via het sociaal team mee (${SUFFIX}).`);
        await page.getByRole('button', { name: 'Toelichting opslaan' }).click();
        await page.getByText('De toelichting is opgeslagen.').waitFor();

        // 3. The neighbourhood's profile: figures of the nearest level, said in words.
        await page.goto(`${BASE}/regio/BU09990101`);
        const cards = page.getByTestId('indicator-cards');
        await cards.waitFor();
        const own = cards.locator(`[data-indicator="${key}"]`);
        assert.match(await own.innerText(), /Wachttijd tot jeugdhulp/);
        assert.match(await own.getByTestId('nearest-level-note').innerText(), /Voor deze buurt is dit cijfer niet bekend; hier staat het cijfer van gemeente Testdorp/);
        const inKind = cards.locator('[data-indicator="JongerenMetJeugdzorgInNatura"]');
        assert.match(await inKind.getByTestId('nearest-level-note').innerText(), /hier staat het cijfer van Wijk 01/);
        const share = cards.locator('[data-indicator="PercentageJongerenMetJeugdzorg"]');
        assert.match(await share.getByTestId('nearest-level-note').innerText(), /gemeente Testdorp/);
        assert.equal(await cards.locator('[data-indicator="AantalInwoners"] [data-testid="nearest-level-note"]').count(), 0, 'its own figure needs no note');
        // No national figures in this installation: said once, not on every card.
        assert.match(await page.getByTestId('national-missing').innerText(), /geen landelijke cijfers/);
        assert.doesNotMatch(await cards.innerText(), /Nederland/);
        await share.getByRole('button', { name: /Bekijk verloop/ }).click();
        assert.match(await page.getByTestId('local-note').innerText(), /sociaal team/);
        await assertClean(page, errors);
        await page.screenshot({ path: join(OUT, 'own-data-profile.png'), fullPage: true });
    } finally {
        await page.context().close();
    }
});
