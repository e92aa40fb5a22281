// Browser test of issue 15, without the command line: the platform administrator signs in,
// creates a municipality organisation (Almere, GM0034) and a person in it, copies the one-time
// link; the person opens it in a fresh browser context, sets a password and signs in. A used
// link then says so in Dutch. Screenshots of each administration page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

useBrowser();

const ADMIN_EMAIL = process.env.KOMPAS_ADMIN_EMAIL ?? 'beheer@kompas.local';
const ADMIN_PASSWORD = process.env.KOMPAS_ADMIN_PASSWORD ?? 'beheer-wachtwoord-2026!';

test('administrator creates a municipality and a person; the person sets a password via the link and signs in', async () => {
  const stamp = Date.now().toString(36);
  const orgName = `Gemeente Almere (browsertest ${stamp})`;
  const personName = `Sanne de Wit ${stamp}`;
  const email = `sanne-${stamp}@almere.example`;
  const password = `Een zin als wachtwoord ${stamp}!`;
  let url;
  const admin = await newPage();
  try {
    const { page, errors } = admin;
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer: organisaties' }).waitFor();

    // A municipality organisation.
    await page.getByLabel('Naam', { exact: true }).fill(orgName);
    await page.getByLabel('Soort organisatie').selectOption('municipality');
    await page.getByLabel(/^Regio/).fill('GM0034');
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await page.getByText(`${orgName} is aangemaakt.`).waitFor();
    const row = page.getByTestId('organisations-table').getByRole('row').filter({ hasText: orgName });
    assert.match(await row.innerText(), /gemeente\s+GM0034/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'admin-organisations.png'), fullPage: true });

    // A person in it: the one-time link is shown once.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Personen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer: personen' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(personName);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: orgName });
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const link = page.getByTestId('one-time-link');
    await link.waitFor();
    url = await link.getByLabel('Eenmalige link').inputValue();
    assert.match(url, /\/wachtwoord-instellen#[0-9a-f]{64}$/);
    const personRow = page.getByTestId('people-table').getByRole('row').filter({ hasText: email });
    assert.match(await personRow.innerText(), new RegExp(`${orgName.replace(/[()]/g, '\\$&')}\\s+aan`));
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'admin-people.png'), fullPage: true });

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Lidmaatschappen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer: lidmaatschappen' }).waitFor();
    assert.equal(await page.getByLabel(`Organisatie van ${personName}`).evaluate((s) => s.selectedOptions[0].textContent), orgName);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'admin-memberships.png'), fullPage: true });
  } finally {
    await admin.context.close();
  }

  // The person, in a fresh browser context (no session, no cookies).
  const person = await newPage();
  try {
    const { page, errors } = person;
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    await page.getByText(`Welkom, ${personName}.`).waitFor();
    await page.screenshot({ path: join(OUT, 'admin-set-password.png'), fullPage: true });
    await page.getByLabel('Nieuw wachtwoord').fill(password);
    await page.getByLabel('Herhaal het wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByTestId('password-set').waitFor();
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await signIn(page, email, password);
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    assert.equal(session.person.email, email);
    assert.equal(session.organisation.name, orgName);
    assert.equal(session.organisation.region, 'GM0034');
    // Not an administrator: no Beheer in the navigation, and the page says no.
    assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).count(), 0);
    await page.goto(`${BASE}/beheer/personen`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await assertClean(page, errors);

    // The link works once.
    await page.goto(url);
    await page.getByTestId('link-refused').waitFor();
    assert.match(await page.getByTestId('link-refused').innerText(), /al gebruikt/);
    await page.screenshot({ path: join(OUT, 'admin-link-used.png'), fullPage: true });
  } finally {
    await person.context.close();
  }
});
