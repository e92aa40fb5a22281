// Browser test of block 3B: activities and the portfolio analysis, against a running Kompas server
// (same environment as ambition.test.mjs). The collaboration, its ambition and two results are set
// up through the API from inside the signed-in page; everything about activities goes through the
// pages: add an activity, see its result leave the gaps and the matrix totals change, record a
// decision, and download the workbook and read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSheets } from '../http/lib/xlsx.mjs';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

useBrowser();

// Creates a collaboration with an ambition and two results, as the signed-in user, via the API.
async function setUp(page, stamp) {
  return page.evaluate(async (stamp) => {
    const session = await (await fetch('/api/session')).json();
    const send = async (path, body) => {
      const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const col = await send('/api/collaborations', { name: `Browsertest aanbod ${stamp}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' });
    const amb = await send(`/api/collaborations/${col.id}/ambitions`, { title: 'Gezond en veilig opgroeien', statement: '', agreed_on: '2026-02-01' });
    const result = (title) => send(`/api/collaborations/${col.id}/ambitions/${amb.id}/results`, {
      title, indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10, year: 2028 }, agreed_on: '2026-02-01',
    });
    const r1 = await result('In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg');
    const r2 = await result('In 2028 sport 70 % van de jongeren wekelijks');
    return { id: col.id, r1: r1.title, r2: r2.title };
  }, stamp);
}

async function addActivity(page, { name, echelon, result, reason, budget, reach }) {
  await page.getByLabel('Naam van de activiteit').fill(name);
  await page.getByLabel('Echelon').selectOption(echelon);
  if (result) {
    await page.getByRole('checkbox', { name: result }).check();
    await page.getByLabel('Waarom draagt dit bij?').fill(reason);
  }
  await page.getByLabel('Jaar', { exact: true }).fill('2026');
  await page.getByLabel('Budget gepland (€)').fill(budget);
  await page.getByLabel('Bereik gepland').fill(reach);
  await page.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await page.getByRole('status').filter({ hasText: `De activiteit ‘${name}’ is toegevoegd.` }).waitFor();
}

test('add activities, see the gaps and totals change, decide, export the workbook', async () => {
  const { context, page, errors } = await newPage();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  try {
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const { id, r1, r2 } = await setUp(page, stamp);

    await page.goto(`${BASE}/samenwerkingen/${id}/aanbod`);
    await page.getByRole('heading', { level: 1, name: 'Aanbodanalyse' }).waitFor();
    const gaps = page.getByTestId('results-without-activity');
    assert.deepEqual((await gaps.getByRole('listitem').allInnerTexts()).sort(), [r1, r2].sort());

    // An activity serving the first result, and one that serves none.
    await page.goto(`${BASE}/samenwerkingen/${id}`);
    await page.getByTestId('collaboration-subnav').getByRole('link', { name: 'Activiteiten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Activiteiten' }).waitFor();
    await addActivity(page, { name: 'Huiswerkklas', echelon: 'basic', result: r1, reason: 'Wie meekomt op school, heeft minder zware hulp nodig', budget: '12.000', reach: '40' });
    await page.screenshot({ path: join(OUT, 'activities.png'), fullPage: true });
    await addActivity(page, { name: 'Inloop voor ouders', echelon: 'prevention', budget: '5000', reach: '100' });
    const table = page.getByTestId('activities-table');
    await table.getByRole('row', { name: /Inloop voor ouders/ }).getByText('geen resultaat').waitFor();
    assert.match(await table.getByRole('row', { name: /Huiswerkklas/ }).innerText(), /Onbekend; nog geen monitoringsafspraak/);
    // Its owner adds a monitoring agreement; the figures of 2026 stay as they were.
    await page.getByRole('button', { name: 'Huiswerkklas wijzigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Huiswerkklas wijzigen' }).waitFor();
    assert.equal(await page.getByLabel('Budget gepland (€)').inputValue(), '12000');
    await page.getByLabel('Monitoringsafspraak: wat volgen we?').fill('Opkomst en overgang naar het volgende leerjaar');
    await page.getByLabel('Door wie?').fill('Wijkteam Haven');
    await page.getByLabel('Bespreken op').fill('2027-06-30');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await table.getByRole('row', { name: /Huiswerkklas/ }).getByText(/gemonitord: Opkomst en overgang/).waitFor();
    await assertClean(page, errors);

    await page.getByRole('link', { name: 'aanbodanalyse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbodanalyse' }).waitFor();
    assert.deepEqual(await page.getByTestId('results-without-activity').getByRole('listitem').allInnerTexts(), [r2]);
    assert.deepEqual(await page.getByTestId('activities-without-result').getByRole('listitem').allInnerTexts(), ['Inloop voor ouders']);
    assert.match(await page.getByTestId('unknown-quality').innerText(), /Huiswerkklas: met een monitoringsafspraak\nInloop voor ouders: nog zonder monitoringsafspraak/);
    const matrix = page.getByTestId('portfolio-matrix');
    assert.equal(await matrix.getByTestId('total-budget').innerText(), '€ 17.000');
    assert.equal(await matrix.getByTestId('total-reach').innerText(), '140');
    assert.match(await matrix.getByRole('row', { name: new RegExp(r1.slice(0, 20)) }).innerText(), /€ 12\.000/);
    assert.match(await page.getByTestId('cost-table').getByRole('row', { name: /Huiswerkklas/ }).innerText(), /€ 300/);
    await assertClean(page, errors);

    // The coordinator gives the second result a high priority: it stands out without any activity.
    await page.getByLabel(`Prioriteit van ${r2}`).selectOption('high');
    await page.getByTestId('investment-table').getByText('Hoge prioriteit of urgentie, maar geen enkele activiteit draagt eraan bij.').waitFor();

    // A decision to wind down the activity that serves no result.
    await page.getByLabel('Activiteit', { exact: true }).selectOption({ label: 'Inloop voor ouders' });
    await page.getByLabel('Besluit', { exact: true }).selectOption('wind_down');
    await page.getByLabel('Waarom?').fill('Draagt aan geen resultaat bij; de partners kiezen voor de huiswerkklas');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByTestId('decisions').getByText(/Afbouwen ‘Inloop voor ouders’/).waitFor();
    await page.screenshot({ path: join(OUT, 'portfolio.png'), fullPage: true });

    // The export: a real download, opened as a workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('portfolio-export').click()]);
    assert.equal(download.suggestedFilename(), 'aanbodanalyse.xlsx');
    const sheets = readSheets(await readFile(await download.path()));
    assert.deepEqual(sheets.Matrix[0], ['Resultaat \\ activiteit', 'Huiswerkklas', 'Inloop voor ouders']);
    assert.deepEqual(sheets.Matrix.find((row) => row[0] === r1), [r1, 'draagt bij: Wie meekomt op school, heeft minder zware hulp nodig']);
    assert.deepEqual(sheets.Matrix[3], ['(geen resultaat)', '', 'draagt aan geen resultaat bij']);
    assert.ok(sheets.Besluiten.some((row) => row[0] === 'Inloop voor ouders' && row[1] === 'Afbouwen'), JSON.stringify(sheets.Besluiten));
    await assertClean(page, errors);
  } finally {
    await context.close();
  }
});
