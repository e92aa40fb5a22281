// Browser test of blocks 1B and 2 (ambitions, societal results, signals, progress) against a
// running Kompas server. Same environment as collaboration.test.mjs:
//   KOMPAS_URL, KOMPAS_DEMO_EMAIL, KOMPAS_DEMO_PASSWORD, KOMPAS_TEST_OUTPUT (screenshots → <dir>/browser/)
// Run: node --test tests/browser/ambition.test.mjs   (after `npm ci` in tests/browser)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

const STATUS_TEXT = /op koers|achter|doel bereikt|kan \(nog\) niet zeggen/;

useBrowser();

test('ambition → societal result → progress page → dashboard → signal', async () => {
  const { context, page, errors } = await newPage();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const collaborationName = `Browsertest ambities ${stamp}`;
  const ambitionTitle = `Minder zware jeugdzorg ${stamp}`;
  const resultTitle = 'In 2028 krijgt hooguit 10 % van de jongeren in Almere jeugdzorg';
  try {
    await page.goto(`${BASE}/samenwerkingen`);
    await page.waitForURL(/\/inloggen\?terug=/);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    await page.waitForURL(/\/samenwerkingen$/);

    // A fresh collaboration of our own, on Almere and one district.
    await page.getByLabel('Naam van de samenwerking').fill(collaborationName);
    await page.getByLabel('Maatschappelijke opgave').fill('Minder jongeren met zware jeugdzorg');
    await page.getByLabel('Gebieden', { exact: true }).fill('GM0034, WK003401');
    await page.getByLabel('Begindatum').fill('2025-01-01');
    await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();
    await page.waitForURL(/\/samenwerkingen\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: collaborationName }).waitFor();
    const subnav = page.getByTestId('collaboration-subnav');
    for (const name of ['Ambities', 'Resultaten', 'Signalen']) await subnav.getByRole('link', { name, exact: true }).waitFor();

    // Ambitions: empty form first gives a linked error summary, then a real ambition.
    await subnav.getByRole('link', { name: 'Ambities', exact: true }).click();
    await page.waitForURL(/\/ambities$/);
    await page.getByRole('heading', { level: 1, name: 'Ambities' }).waitFor();
    await page.getByRole('button', { name: 'Ambitie opslaan' }).click();
    await page.getByTestId('error-summary').waitFor();
    assert.match(await page.getByTestId('error-summary').innerText(), /titel/i);
    await page.getByLabel('Titel van de ambitie').fill(ambitionTitle);
    await page.getByLabel('Wat willen we samen bereiken?').fill('Jongeren krijgen eerder en dichtbij lichte steun, zodat minder van hen zware jeugdzorg nodig hebben.');
    await page.getByLabel('Afgesproken op').fill('2025-03-12');
    await page.getByRole('group', { name: 'Partners die de ambitie hebben afgesproken' }).getByRole('checkbox').first().check();
    await page.getByRole('group', { name: /Cijfers uit de staat van de jeugd/ }).getByRole('checkbox', { name: 'Jongeren met jeugdzorg', exact: true }).check();
    await page.screenshot({ path: join(OUT, 'ambitions-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Ambitie opslaan' }).click();
    await page.waitForURL(/\/ambities\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: ambitionTitle }).waitFor();
    await page.getByTestId('ambition-indicators').getByRole('link', { name: 'Jongeren met jeugdzorg' }).waitFor();

    // A societal result on the demo indicator for GM0034: baseline 2022 = 10,8, target 10,0 in 2028.
    await page.getByLabel('Indicator', { exact: true }).selectOption('PercentageJongerenMetJeugdzorg');
    const gm = page.getByRole('group', { name: 'Gebied(en)' }).getByRole('checkbox', { name: 'GM0034' });
    if (!(await gm.isChecked())) await gm.check();
    const pick = page.getByLabel(/Kies een gepubliceerd cijfer/);
    await pick.waitFor();
    await pick.selectOption('2022JJ00');
    await page.getByLabel(/Waarde van de nulmeting/).fill('10,8');
    await page.getByLabel('Jaar van de nulmeting').fill('2022');
    await page.getByLabel(/Streefwaarde/).fill('10,0');
    await page.getByLabel('Streefjaar').fill('2028');
    await page.getByRole('button', { name: 'Voorbeeldzin overnemen' }).click();
    assert.match(await page.getByLabel('Het resultaat in één zin').inputValue(), /^In 2028 /);
    await page.getByLabel('Het resultaat in één zin').fill(resultTitle);
    await page.getByRole('group', { name: 'Afgesproken door' }).getByRole('checkbox').first().check();
    await page.locator('#resultaat-datum').fill('2025-03-12');
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'ambition.png'), fullPage: true });
    await page.getByRole('button', { name: 'Resultaat toevoegen' }).click();

    // The result page: status in words with its reason, the chart and the same figures in a table.
    await page.waitForURL(/\/resultaten\/[^/?]+/);
    await page.getByRole('heading', { level: 1, name: resultTitle }).waitFor();
    const badge = page.getByTestId('status-badge').first();
    assert.match(await badge.innerText(), STATUS_TEXT);
    assert.ok((await page.getByTestId('progress-status').innerText()).length > 30, 'status reason beside the badge');
    const chart = page.getByTestId('progress-chart');
    await chart.locator('svg').first().waitFor();
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.match(await chart.getAttribute('aria-label'), /Nulmeting .*streefwaarde/);
    const table = page.getByTestId('progress-table');
    const row2024 = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: '2024', exact: true }) });
    assert.match(await row2024.innerText(), /11,7/, 'table has 11,7 for 2024');
    const row2022 = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: '2022', exact: true }) });
    assert.match(await row2022.innerText(), /nulmeting/);
    assert.ok((await table.locator('th[scope="col"]').count()) >= 4, 'column headers');
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'result.png'), fullPage: true });

    // The dashboard: one row for the result, with a sparkline that has a text alternative.
    await page.locator('.kompas-crumbs').getByRole('link', { name: 'Resultaten' }).click();
    await page.waitForURL(/\/resultaten$/);
    const dash = page.getByTestId('dashboard-table');
    await dash.waitFor();
    const row = dash.locator('tbody tr', { has: page.getByRole('link', { name: resultTitle }) });
    await row.waitFor();
    const rowText = await row.innerText();
    assert.match(rowText, new RegExp(ambitionTitle));
    assert.match(rowText, /2028/);
    assert.match(rowText, STATUS_TEXT);
    assert.match((await row.getByTestId('sparkline').getAttribute('aria-label')) ?? '', /\d/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'results-dashboard.png'), fullPage: true });

    // Signals: add one and find it at the top of the list.
    await page.goto(page.url().replace(/\/resultaten$/, '/signalen'));
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    const signalText = `Ouders merken dat het inloopspreekuur helpt (${stamp}).`;
    await page.getByLabel('Wat is er opgemerkt?').fill(signalText);
    await page.getByLabel('Van wie komt het signaal?').selectOption('parent');
    await page.getByLabel('Hoort bij ambitie (niet verplicht)').selectOption({ label: ambitionTitle });
    await page.getByRole('button', { name: 'Signaal toevoegen' }).click();
    await page.getByText('Het signaal is toegevoegd.').waitFor();
    await page.getByTestId('signal-list').getByText(signalText).waitFor();
    assert.match(await page.getByTestId('signal-list').locator('li').first().innerText(), /ouder/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'signals.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
