// Browser test of the youth-profile page (block 1A) against a running Kompas server.
//   KOMPAS_URL        base URL (default http://127.0.0.1:18080)
//   KOMPAS_DISTRICT   a district of Almere (default WK003401)
//   KOMPAS_TEST_OUTPUT  where screenshots go (default test-output) → <dir>/browser/*.png
// Run: node --test tests/browser/   (after `npm ci` in tests/browser)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.env.KOMPAS_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
const DISTRICT = process.env.KOMPAS_DISTRICT ?? 'WK003401';
const OUT = join(process.env.KOMPAS_TEST_OUTPUT ?? 'test-output', 'browser');
const YOUTH_CARE = 'PercentageJongerenMetJeugdzorg';
const TIMEOUT = 20_000;

let browser;
let page;
const pageErrors = [];

before(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  context.setDefaultTimeout(TIMEOUT);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
});

after(async () => {
  await browser?.close();
});

const card = (key) => page.locator(`article[data-indicator="${key}"]`);

async function assertNoBrokenText() {
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /NaN|undefined|null|\[object Object\]/, 'page shows a broken value');
  assert.deepEqual(pageErrors, [], 'no script errors on the page');
}

test('district page: cards, youth-care detail with line chart and table', async () => {
  await page.goto(`${BASE}/regio/${DISTRICT}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await page.locator('[data-testid="indicator-cards"] article').first().waitFor();
  assert.ok(await page.locator('header').count() >= 1, 'header landmark');
  assert.equal(await page.locator('main').count(), 1, 'one main landmark');
  assert.ok(await page.locator('nav').count() >= 1, 'nav landmark');
  await page.screenshot({ path: join(OUT, 'district-cards.png'), fullPage: true });

  await card(YOUTH_CARE).getByRole('button').click();
  const chart = page.locator('[data-testid="trend-chart"]');
  await chart.locator('svg, canvas').first().waitFor();
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.ok((await chart.getAttribute('aria-label'))?.length > 20, 'chart has a summary label');
  assert.match(page.url(), new RegExp(`/regio/${DISTRICT}\\?indicator=${YOUTH_CARE}$`));

  const table = page.locator('[data-testid="trend-table"]');
  await table.locator('caption').waitFor();
  const rows = table.locator('tbody tr');
  const dutchDecimal = /\d,\d/;
  let withFigures = 0;
  for (const row of await rows.all()) if (dutchDecimal.test(await row.innerText())) withFigures += 1;
  assert.ok(withFigures >= 2, `trend table has at least 2 rows with Dutch decimals (got ${withFigures})`);
  assert.ok(await table.locator('th[scope="col"]').count() >= 2, 'column headers with scope');

  await page.locator('[data-testid="district-chart"] svg, [data-testid="district-chart"] canvas').first().waitFor();
  await page.locator('[data-testid="district-table"] tbody tr').first().waitFor();
  await assertNoBrokenText();
  await page.screenshot({ path: join(OUT, 'district-youth-care.png'), fullPage: true });
});

test('municipality page: youth-care card shows the 2024 figure 11,7', async () => {
  await page.goto(`${BASE}/regio/GM0034`);
  const youthCare = card(YOUTH_CARE);
  await youthCare.waitFor();
  const text = await youthCare.innerText();
  assert.match(text, /11,7\s*%/, `card shows 11,7 % (got: ${text})`);
  assert.match(text, /2024/);
  await assertNoBrokenText();
  await page.screenshot({ path: join(OUT, 'municipality.png'), fullPage: true });
});

test('unknown region: a Dutch error message instead of an empty page', async () => {
  await page.goto(`${BASE}/regio/GM9999`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Kan de gegevens niet ophalen/);
  await page.screenshot({ path: join(OUT, 'unknown-region.png'), fullPage: true });
});
