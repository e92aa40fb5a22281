// Browser test of block 3A (the theory of change) against a running Kompas server. Same
// environment as ambition.test.mjs: KOMPAS_URL, KOMPAS_DEMO_EMAIL, KOMPAS_DEMO_PASSWORD,
// KOMPAS_TEST_OUTPUT (screenshots → <dir>/browser/). The collaboration, ambition and result are
// made through the API from the signed-in page (the ambition test covers their forms); the
// assumption is recorded through the form, without an activity (the activities API is not in
// this tree yet).
// Run: node --test tests/browser/theory.test.mjs   (after `npm ci` in tests/browser)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

useBrowser();

// Sends a JSON request the way the app does (same origin, CSRF token from the session).
async function api(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    const session = await (await fetch('/api/session')).json();
    const res = await fetch(path, {
      method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
  }, { method, path, body });
}

test('record an assumption with evidence and see it in the graph and the table', async () => {
  const { context, page, errors } = await newPage();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outcomeName = `Ouders voelen zich gesteund ${stamp.slice(11, 19)}`;
  try {
    await page.goto(`${BASE}/samenwerkingen`);
    await page.waitForURL(/\/inloggen\?terug=/);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    await page.waitForURL(/\/samenwerkingen$/);
    const col = await api(page, 'POST', '/api/collaborations', {
      name: `Browsertest veranderverhaal ${stamp}`, theme: 'Opvoeden', regions: ['GM0034'], period_start: '2026-01-01',
    });
    assert.equal(col.status, 201, JSON.stringify(col.json));
    const id = col.json.id;
    const amb = await api(page, 'POST', `/api/collaborations/${id}/ambitions`, { title: 'Gezond opgroeien', statement: '', agreed_on: '2026-11-24' });
    assert.equal(amb.status, 201, JSON.stringify(amb.json));
    const res = await api(page, 'POST', `/api/collaborations/${id}/ambitions/${amb.json.id}/results`, {
      title: 'In 2028 krijgt hooguit 10 % van de jongeren in Almere jeugdzorg', indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'],
      baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 }, agreed_on: '2026-11-24',
    });
    assert.equal(res.status, 201, JSON.stringify(res.json));

    // A second partner, for whom the coordinator records an assumption below.
    const partnerOrg = process.env.KOMPAS_PARTNER_ORG ?? 'Zorgaanbieder De Brug';
    const orgs = await api(page, 'GET', '/api/organisations');
    const brug = orgs.json.find((o) => o.name === partnerOrg);
    assert.ok(brug, `organisation ${partnerOrg} (made by the test setup)`);
    assert.equal((await api(page, 'POST', `/api/collaborations/${id}/partners`, { organisation_id: brug.id, role: 'partner' })).status, 201);

    // From the collaboration's navigation to the theory of change.
    await page.goto(`${BASE}/samenwerkingen/${id}`);
    await page.getByTestId('collaboration-subnav').getByRole('link', { name: 'Veranderverhaal', exact: true }).click();
    await page.waitForURL(/\/veranderverhaal$/);
    await page.getByRole('heading', { level: 1, name: 'Veranderverhaal' }).waitFor();
    await page.getByText('Er zijn nog geen veronderstellingen vastgelegd.').waitFor();

    // An empty form gives a linked error summary; then a real assumption with a new intermediate outcome.
    await page.getByRole('button', { name: 'Veronderstelling vastleggen' }).click();
    await page.getByTestId('error-summary').waitFor();
    assert.match(await page.getByTestId('error-summary').innerText(), /resultaat/i);
    await page.getByLabel('Aan welk maatschappelijk resultaat draagt het bij?').selectOption(res.json.id);
    await page.getByLabel('Via welk tussenresultaat?').selectOption({ label: 'Een nieuw tussenresultaat benoemen…' });
    await page.getByLabel('Naam van het nieuwe tussenresultaat').fill(outcomeName);
    await page.getByLabel(/Cijfer in Kompas dat het volgt/).selectOption('PercentageJongerenMetJeugdzorg');
    await page.getByLabel(/Waarom denkt u dat dit zo werkt/).fill('Ouders die op tijd steun krijgen, hebben minder vaak zware hulp nodig.');
    await page.getByLabel('Waarop rust het?').selectOption('research_based');
    await page.getByLabel(/^Bron/).fill('NJi, Opvoedingsondersteuning: wat werkt');
    await page.getByLabel(/Open vragen/).fill('Bereiken we ook gezinnen met tieners?');
    await page.getByLabel(/wat doet het cijfer van het tussenresultaat/).selectOption('decrease');
    await page.screenshot({ path: join(OUT, 'theory-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Veronderstelling vastleggen' }).click();
    await page.getByText('De veronderstelling is vastgelegd.').waitFor();

    // The coordinator records the same step for the other partner: common ground.
    await page.getByLabel('Van welke partner is deze veronderstelling?').selectOption({ label: partnerOrg });
    await page.getByLabel('Waarop rust het?').selectOption('practice_based');
    await page.getByLabel(/Open vragen/).fill('Hoe houden we het bereik vast?');
    await page.getByRole('button', { name: 'Veronderstelling vastleggen' }).click();
    await page.getByText(new RegExp(`${outcomeName}: genoemd door`)).waitFor();
    const ground = await page.getByTestId('common-ground').first().innerText();
    assert.match(ground, new RegExp(partnerOrg));
    assert.match(ground, /Gemeente Almere/);

    // The table: one row per assumption with the outcome, the holder, the evidence, the question and a verdict in words.
    const table = page.getByTestId('assumption-table');
    await table.waitFor();
    assert.match(await table.locator('caption').innerText(), /Alle veronderstellingen/);
    const row = table.locator('tbody tr').filter({ hasText: outcomeName }).filter({ hasText: 'Gemeente Almere' });
    assert.equal(await row.count(), 1);
    assert.equal(await table.locator('tbody tr').filter({ hasText: partnerOrg }).count(), 1);
    const text = await row.innerText();
    for (const expected of [/onderzoek/, /NJi, Opvoedingsondersteuning/, /gezinnen met tieners/, /Nog geen activiteit gekozen/, /In 2028 krijgt hooguit 10 %/]) {
      assert.match(text, expected);
    }
    assert.match(text, /beweegt zoals verwacht|beweegt tegen de verwachting in|niet te zeggen/);
    assert.match(text, /Laatste cijfer: \d/);

    // The graph: an image with a summary, drawn with the outcome and the result as nodes.
    const graph = page.getByTestId('theory-graph');
    await graph.waitFor();
    assert.match(await graph.getAttribute('aria-label'), /1 tussenresultaat .* 1 resultaat .* 2 lijn/);
    assert.ok((await graph.getAttribute('data-nodes')).split('|').includes(outcomeName));
    await graph.locator('svg text').first().waitFor();
    const drawn = await graph.locator('svg text').allTextContents();
    assert.ok(drawn.some((t) => outcomeName.startsWith(t.replace(/…$/, '').trim().slice(0, 20))), `the outcome is drawn: ${drawn.join(' | ')}`);
    assert.ok(drawn.some((t) => /Nog geen activiteit/.test(t)), `the activity column is drawn: ${drawn.join(' | ')}`);

    // The coordinator changes the other partner's assumption; focus moves to the form.
    await table.getByRole('button', { name: new RegExp(`Wijzig de veronderstelling van ${partnerOrg}`) }).click();
    const heading = page.getByRole('heading', { name: `Veronderstelling van ${partnerOrg} wijzigen` });
    await heading.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'veronderstelling-form-titel');
    assert.equal(await page.getByLabel(/Open vragen/).inputValue(), 'Hoe houden we het bereik vast?');
    await page.getByLabel(/Open vragen/).fill('Hoe houden we het bereik vast na 2027?');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByRole('heading', { name: 'Veronderstelling vastleggen' }).waitFor();
    await table.locator('tbody tr').filter({ hasText: 'na 2027?' }).filter({ hasText: partnerOrg }).waitFor();

    // Keyboard: the delete button of our own assumption can be reached with Tab and has a full name.
    const remove = row.getByRole('button', { name: /Verwijder de veronderstelling van/ });
    await remove.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Verwijderen');
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'theory.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
