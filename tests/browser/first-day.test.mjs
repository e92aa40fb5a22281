// The acceptance of issue 15 in one flow, without the command line: the platform administrator
// creates a municipality (the made-up Testdorp, GM0999) and a person in it; the person follows the
// one-time link, sets a password, signs in, uploads a KWB CSV for Testdorp and an own indicator,
// gives that indicator a title in the editor, and sees a neighbourhood's profile whose missing
// figures come from the nearest level, saying so. Each step as a user would do it in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';
import { ADMIN, SUFFIX } from '../http/lib/accounts.mjs';

useBrowser();

const FIXTURE = fileURLToPath(new URL('../fixtures/own-data/kwb-testdorp.csv', import.meta.url));

test('first day: create a municipality and a person, set the password by link, upload, describe, see the nearest level', async () => {
  const orgName = `Gemeente Testdorp ${SUFFIX}`;
  const personName = `Noor Bakker ${SUFFIX}`;
  const email = `noor-${SUFFIX}@testdorp.example`;
  const secret = `Een lange zin als wachtwoord ${SUFFIX}!`;
  const key = `wachtlijst_${SUFFIX}`;
  // The IDs made unique, so that this run's file is new content even on a server that saw the fixture.
  const kwb = readFileSync(FIXTURE, 'utf8').replace(/\n(\d);/g, (_, id) => `\nf${SUFFIX}${id};`);
  let url;

  // 1. The administrator: a municipality and a person in it, with a one-time link.
  const admin = await newPage();
  try {
    const { page, errors } = admin;
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer: organisaties' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(orgName);
    await page.getByLabel('Soort organisatie').selectOption('municipality');
    await page.getByLabel(/^Regio/).fill('GM0999');
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await page.getByText(`${orgName} is aangemaakt.`).waitFor();
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Personen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer: personen' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(personName);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: orgName });
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const link = page.getByTestId('one-time-link');
    await link.waitFor();
    url = await link.getByLabel('Eenmalige link').inputValue();
    await assertClean(page, errors);
  } finally {
    await admin.context.close();
  }

  // 2-6. The person, in a fresh browser: the link, the password, signing in, own data, the profile.
  const person = await newPage();
  try {
    const { page, errors } = person;
    await page.goto(url);
    await page.getByText(`Welkom, ${personName}.`).waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill(secret);
    await page.getByLabel('Herhaal het wachtwoord').fill(secret);
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByTestId('password-set').waitFor();
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await signIn(page, email, secret);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Eigen cijfers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eigen cijfers' }).waitFor();
    assert.match(await page.getByTestId('own-data-area').innerText(), /GM0999|Testdorp/);
    await page.getByLabel(/CBS-download/).check();
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'kwb-testdorp.csv', mimeType: 'text/csv', buffer: Buffer.from(kwb) });
    await page.getByRole('button', { name: 'Laden' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="own-data-result"]')?.textContent?.includes('ingelezen'));
    assert.match(await page.getByTestId('own-data-result').innerText(), /cijfers ingelezen uit kwb-testdorp\.csv/);

    // An own indicator for Testdorp, then its title in the editor.
    await page.getByLabel(/lange CSV/).check();
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'eigen.csv', mimeType: 'text/csv', buffer: Buffer.from(`indicator,region,period,value\n${key},GM0999,2024JJ00,31\n`) });
    await page.getByRole('button', { name: 'Laden' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="own-data-result"]')?.textContent?.includes('1 cijfer ingelezen'));
    await page.getByTestId('indicator-list').getByRole('link', { name: key }).click();
    await page.getByTestId('indicator-form').waitFor();
    await page.getByLabel('Titel', { exact: true }).fill(`Kinderen op de wachtlijst ${SUFFIX}`);
    await page.getByRole('button', { name: 'Beschrijving opslaan' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="indicator-saved"]')?.textContent?.includes('opgeslagen'));

    // The neighbourhood's profile: the own indicator, from the municipality, saying so.
    await page.goto(`${BASE}/regio/BU09990101`);
    const cards = page.getByTestId('indicator-cards');
    await cards.waitFor();
    const own = cards.locator(`[data-indicator="${key}"]`);
    assert.match(await own.innerText(), new RegExp(`Kinderen op de wachtlijst ${SUFFIX}`));
    assert.match(await own.getByTestId('nearest-level-note').innerText(), /Voor deze buurt is dit cijfer niet bekend; hier staat het cijfer van gemeente Testdorp/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'first-day-profile.png'), fullPage: true });
  } finally {
    await person.context.close();
  }
});
