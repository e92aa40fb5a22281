// What the browser tests share: the environment, one Chromium per test file, fresh pages that
// record script errors, the "no broken values" check and signing in.
//   KOMPAS_URL, KOMPAS_DEMO_EMAIL, KOMPAS_DEMO_PASSWORD, KOMPAS_TEST_OUTPUT (screenshots → <dir>/browser/),
//   CHROMIUM (default /usr/bin/chromium)
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE = (process.env.KOMPAS_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
export const DEMO_EMAIL = process.env.KOMPAS_DEMO_EMAIL ?? 'demo@kompas.local';
export const DEMO_PASSWORD = process.env.KOMPAS_DEMO_PASSWORD ?? 'demo-wachtwoord-2026!';
export const OUT = join(process.env.KOMPAS_TEST_OUTPUT ?? 'test-output', 'browser');
export const TIMEOUT = 20_000;

let browser;

/** Launches Chromium before the file's tests and closes it after them. */
export function useBrowser() {
  before(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  after(async () => {
    await browser?.close();
  });
}

/** A fresh browser context (own cookies) with a page that records script errors. */
export async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => dialog.accept());
  return { context, page, errors };
}

export async function assertClean(page, errors) {
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /NaN|undefined|\bnull\b|\[object Object\]/, 'page shows a broken value');
  assert.deepEqual(errors, [], 'no script errors on the page');
}

export async function signIn(page, email, password) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByTestId('user-menu').waitFor();
}
