// Browser test of block 6: improvement actions, against a running Kompas server (same environment
// as portfolio.test.mjs, plus KOMPAS_ADMIN_EMAIL/KOMPAS_ADMIN_PASSWORD to make the owner's account).
// The demo user coordinates a new collaboration with a provider as partner; through the pages it
// adds an action with a person of that provider as owner and a due date in the past, sees it
// marked "over tijd" in words, moves its status on with a note and sees the history. The owner
// then signs in and finds the action under "Mijn acties".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { adminSession, createOrganisation, createPerson, password } from '../http/lib/accounts.mjs';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

useBrowser();

test('add an action with an owner, change its status with a note, see the history and the owner\'s "Mijn acties"', async () => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const admin = await adminSession();
  const provider = await createOrganisation(admin, `Jeugdhulp Vooruit ${stamp}`, 'provider');
  const ownerPassword = password('browser-owner');
  const owner = await createPerson(admin, { email: `eigenaar-${stamp}@actions.example`, name: `Fatima de Boer ${stamp}`, organisation_id: provider.id, password: ownerPassword });
  const title = `Cliëntenpanel betrekken bij de evaluatie ${stamp}`;

  const coordinator = await newPage();
  try {
    const { page, errors } = coordinator;
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const id = await page.evaluate(async ({ stamp, providerId }) => {
      const session = await (await fetch('/api/session')).json();
      const send = async (path, body) => {
        const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const col = await send('/api/collaborations', { name: `Browsertest verbeteren ${stamp}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' });
      await send(`/api/collaborations/${col.id}/partners`, { organisation_id: providerId, role: 'partner' });
      return col.id;
    }, { stamp, providerId: provider.id });

    await page.goto(`${BASE}/samenwerkingen/${id}`);
    await page.getByTestId('collaboration-subnav').getByRole('link', { name: 'Verbeteracties', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Verbeteracties' }).waitFor();
    await page.getByText('Er zijn nog geen verbeteracties afgesproken.').waitFor();
    // Submitting without owner says so, next to the field and in the summary.
    await page.getByLabel('Wat gaan we verbeteren?').fill(title);
    await page.getByRole('button', { name: 'Verbeteractie vastleggen' }).click();
    await page.getByRole('link', { name: 'Kies een aanspreekpunt' }).waitFor();
    await page.getByLabel('Aanspreekpunt').selectOption({ label: `${owner.name} (${provider.name})` });
    await page.getByLabel('Streefdatum').fill('2026-01-15');
    await page.getByLabel('Aanbieder of organisatie').selectOption({ label: provider.name });
    await page.getByRole('button', { name: 'Verbeteractie vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: `Verbeteractie "${title}" is vastgelegd.` }).waitFor();
    const row = page.getByTestId('actions-table').getByRole('row', { name: new RegExp(title.slice(0, 30)) });
    assert.match(await row.innerText(), /15 januari 2026 — over tijd/);
    assert.match(await row.innerText(), new RegExp(`${owner.name} \\(${provider.name}\\)`));
    await page.getByText('1 verbeteractie, waarvan 1 over tijd.').waitFor();

    // The coordinator moves it on, with a note; the history shows who and why.
    await row.getByLabel('Nieuwe status').selectOption('in_progress');
    await row.getByLabel('Toelichting (niet verplicht)').fill('Eerste panel gepland op 12 februari');
    await row.getByRole('button', { name: 'Status opslaan' }).click();
    const history = row.getByRole('list', { name: `Geschiedenis van ${title}` });
    await history.getByText(/Eerste panel gepland op 12 februari/).waitFor();
    assert.equal(await history.getByRole('listitem').count(), 2);
    assert.match(await history.getByRole('listitem').nth(1).innerText(), /^In uitvoering — door .+ op \d{2}-\d{2}-\d{4}, \d{2}:\d{2}:\d{2} — Eerste panel gepland op 12 februari$/);
    assert.match(await row.innerText(), /In uitvoering/);
    await page.screenshot({ path: join(OUT, 'actions.png'), fullPage: true });
    await assertClean(page, errors);
  } finally {
    await coordinator.context.close();
  }

  // The owner signs in and finds it under "Mijn acties", over time, with its history.
  const ownerPage = await newPage();
  try {
    const { page, errors } = ownerPage;
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, owner.email, ownerPassword);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn acties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
    const row = page.getByTestId('my-open-actions').getByRole('row', { name: new RegExp(title.slice(0, 30)) });
    await row.waitFor();
    assert.match(await row.innerText(), /over tijd/);
    assert.match(await row.innerText(), /Browsertest verbeteren/);
    assert.match(await row.innerText(), /Eerste panel gepland op 12 februari/);
    await page.getByText('1 van uw 1 open acties is over tijd.').waitFor();
    await page.screenshot({ path: join(OUT, 'my-actions-open.png'), fullPage: true });
    // The owner closes it; it moves to "Afgerond of vervallen".
    await row.getByLabel('Nieuwe status').selectOption('done');
    await row.getByLabel('Toelichting (niet verplicht)').fill('Panel draait, verslag gedeeld');
    await row.getByRole('button', { name: 'Status opslaan' }).click();
    await page.getByTestId('my-closed-actions').getByText(/Panel draait, verslag gedeeld/).waitFor();
    await page.getByText('U heeft geen open verbeteracties.').waitFor();
    await page.screenshot({ path: join(OUT, 'my-actions.png'), fullPage: true });
    await assertClean(page, errors);
  } finally {
    await ownerPage.context.close();
  }
});
