// Browser test of block 0 (accounts, collaborations, evaluation) against a running Kompas server.
//   KOMPAS_URL             base URL (default http://127.0.0.1:18080)
//   KOMPAS_DEMO_EMAIL      demo account (default demo@kompas.local)
//   KOMPAS_DEMO_PASSWORD   its password (printed by `kompas serve --demo-account`, e.g. by `make run`)
//   KOMPAS_ADMIN_EMAIL / KOMPAS_ADMIN_PASSWORD   platform admin (default beheer@kompas.local, as tests/http)
//   KOMPAS_PARTNER_ORG     organisation to invite (default "Zorgaanbieder De Brug")
//   KOMPAS_TEST_OUTPUT     where screenshots go (default test-output) → <dir>/browser/*.png
// Run: node --test tests/browser/   (after `npm ci` in tests/browser)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

const ADMIN_EMAIL = process.env.KOMPAS_ADMIN_EMAIL ?? 'beheer@kompas.local';
const ADMIN_PASSWORD = process.env.KOMPAS_ADMIN_PASSWORD ?? 'beheer-wachtwoord-2026!';
const PARTNER_ORG = process.env.KOMPAS_PARTNER_ORG ?? 'Zorgaanbieder De Brug';

useBrowser();

const ELEMENT_KEYS = ['shared_horizon', 'partner_interest', 'results_achieved', 'organisation', 'relations_and_trust', 'leadership'];

/** Calls the API from the page, as the web app does: same origin, the session's CSRF token. */
async function api(page, method, path, body) {
  return page.evaluate(async ([m, p, b]) => {
    const headers = {};
    if (m !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRF-Token'] = (await (await fetch('/api/session')).json()).csrf_token;
    }
    const res = await fetch(p, { method: m, headers, body: b === undefined ? undefined : JSON.stringify(b) });
    return { status: res.status, json: await res.json().catch(() => null) };
  }, [method, path, body]);
}

/**
 * A new organisation with one person (made by the platform admin), invited as partner of the
 * collaboration by the coordinator signed in on `coordinatorPage`. Returns { email, password }.
 */
async function answeringPartner(coordinatorPage, collaborationId, i) {
  const stamp = `${Date.now()}-${i}`;
  const { context, page } = await newPage();
  let person;
  const password = `Browsertest-${stamp}-partner!`;
  try {
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    const org = await api(page, 'POST', '/api/organisations', { name: `Browsertest partner ${stamp}`, kind: 'civic_partner' });
    assert.equal(org.status, 201, `organisation: ${JSON.stringify(org.json)}`);
    person = await api(page, 'POST', '/api/people', {
      email: `browsertest-${stamp}@example.nl`, name: `Partner ${stamp}`, organisation_id: org.json.id, password,
    });
    assert.equal(person.status, 201, `person: ${JSON.stringify(person.json)}`);
    const invited = await api(coordinatorPage, 'POST', `/api/collaborations/${collaborationId}/partners`, {
      organisation_id: org.json.id, role: 'partner',
    });
    assert.equal(invited.status, 201, `invitation: ${JSON.stringify(invited.json)}`);
  } finally {
    await context.close();
  }
  return { email: person.json.email, password };
}

test('signed out, the youth profile still works and offers "Inloggen"', async () => {
  const { context, page, errors } = await newPage();
  try {
    // The start page explains the blocks and links to the open youth profile.
    await page.goto(`${BASE}/`);
    await page.getByTestId('start-blocks').waitFor();
    await page.getByRole('link', { name: /^Staat van de jeugd in / }).click();
    await page.waitForURL(/\/regio\/[A-Z0-9]+/);
    await page.locator('[data-testid="indicator-cards"] article').first().waitFor();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Samenwerkingen' }).count(), 0, 'no collaborations link when signed out');
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'signed-out-profile.png'), fullPage: false });
  } finally {
    await context.close();
  }
});

test('sign-in form: empty fields and a wrong password give linked, readable errors', async () => {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${BASE}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /e-mailadres/i);
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inloggen-email', 'summary link focuses the field');
    await page.getByLabel('E-mailadres').fill(DEMO_EMAIL);
    await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText(/klopt niet|te vaak/i).waitFor();
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'sign-in-error.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

test('collaboration: create, invite a partner, evaluate, see results, sign out', async () => {
  const { context, page, errors } = await newPage();
  const name = `Browsertest samenwerking ${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    // Signed out, /samenwerkingen sends to the sign-in page and back afterwards.
    await page.goto(`${BASE}/samenwerkingen`);
    await page.waitForURL(/\/inloggen\?terug=%2Fsamenwerkingen/);
    await page.screenshot({ path: join(OUT, 'sign-in.png'), fullPage: true });
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    await page.waitForURL(/\/samenwerkingen$/);
    assert.match(await page.getByTestId('user-menu').innerText(), /Ingelogd als .+\(.+\)/);
    await page.getByRole('heading', { level: 1, name: 'Samenwerkingen' }).waitFor();

    // Create a collaboration; first try without fields to see the error summary.
    await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();
    await page.getByTestId('error-summary').waitFor();
    assert.match(await page.getByTestId('error-summary').innerText(), /naam/i);
    await page.screenshot({ path: join(OUT, 'collaborations-errors.png'), fullPage: true });
    await page.getByLabel('Naam van de samenwerking').fill(name);
    await page.getByLabel('Maatschappelijke opgave').fill('Meer jongeren die zich veilig voelen in de wijk');
    await page.getByLabel('Gebieden', { exact: true }).fill('GM0034, WK003401');
    await page.getByLabel('Begindatum').fill('2026-01-01');
    await page.getByLabel('Einddatum (niet verplicht)').fill('2029-12-31');
    await page.getByLabel('Beschrijving (niet verplicht)').fill('Aangemaakt door de browsertest.');
    await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();
    await page.waitForURL(/\/samenwerkingen\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const collaborationUrl = page.url();
    assert.match(await page.getByTestId('collaboration-overview').innerText(), /GM0034, WK003401/);

    // Agreements: coordinators may edit.
    await page.getByLabel('Wie coördineert').fill('De gemeente, met een kwartaaloverleg.');
    await page.getByLabel('Hoe vaak monitoren we').fill('Elk halfjaar');
    await page.getByRole('button', { name: 'Afspraken opslaan' }).click();
    await page.getByText('De afspraken zijn opgeslagen.').waitFor();

    // Invite the partner organisation by name.
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: PARTNER_ORG });
    await page.getByLabel('Rol in de samenwerking').selectOption('partner');
    await page.getByRole('button', { name: 'Partner uitnodigen' }).click();
    const partners = page.getByTestId('partners-table');
    await partners.getByRole('rowheader', { name: PARTNER_ORG }).waitFor();
    const row = partners.locator('tr', { has: page.getByRole('rowheader', { name: PARTNER_ORG }) });
    assert.match(await row.innerText(), /partner/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'collaboration.png'), fullPage: true });

    // Open an evaluation round.
    await page.getByRole('link', { name: 'Evaluatie van de samenwerking' }).click();
    await page.waitForURL(/\/evaluaties$/);
    await page.getByLabel('Titel van de ronde').fill('Eerste ronde');
    await page.getByRole('button', { name: 'Ronde openen' }).click();
    await page.waitForURL(/\/evaluaties\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Eerste ronde' }).waitFor();
    assert.equal(await page.getByLabel('Onderteken mijn antwoorden met mijn naam').isChecked(), false, 'signing is off by default');

    // Sending without scores is refused with all six elements named.
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    assert.equal(await summary.getByRole('link').count(), 6, 'six missing scores');
    await page.screenshot({ path: join(OUT, 'evaluation-form-errors.png'), fullPage: true });

    const scores = { shared_horizon: 8, partner_interest: 7, results_achieved: 6, organisation: 7, relations_and_trust: 9, leadership: 6 };
    for (const [element, score] of Object.entries(scores)) {
      await page.locator(`label[for="score-${element}-${score}"]`).click();
    }
    await page.getByLabel('Toelichting bij relaties en vertrouwen (niet verplicht)').fill('Goed contact tussen de partners.');
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByText('Uw antwoorden zijn opgeslagen.').waitFor();

    // Results with one answer: the count and why, but no figures, chart or table, and the unsigned
    // comment stays back: with one answer each would show what this one partner said.
    const results = page.getByTestId('results');
    assert.match(await results.getByTestId('response-count').innerText(), /^1 antwoord\b/);
    assert.match(await results.getByTestId('results-withheld').innerText(), /zodra er minstens 3 antwoorden zijn/);
    assert.equal(await page.getByTestId('element-result').count(), 6);
    assert.equal(await page.getByTestId('withheld').count(), 6);
    assert.equal(await page.getByTestId('distribution-shared_horizon').count(), 0, 'no distribution with one answer');
    assert.equal(await page.locator('[data-testid^="chart-"]').count(), 0, 'no chart with one answer');
    assert.doesNotMatch(await results.innerText(), /Goed contact tussen de partners/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'evaluation-results-withheld.png'), fullPage: true });
    // Not just hidden on the page: the server does not send the scores or the comment at all.
    const [, collaborationId, roundId] = /\/samenwerkingen\/([^/]+)\/evaluaties\/([^/?#]+)/.exec(page.url());
    const apiPath = `/api/collaborations/${collaborationId}/evaluations/${roundId}`;
    const one = await api(page, 'GET', apiPath);
    assert.equal(one.status, 200);
    assert.equal(one.json.min_answers, 3);
    assert.ok(one.json.elements.every((e) => e.hidden && e.distribution === null && e.mean === null && e.median === null
      && e.min === null && e.max === null && e.change === null), `one answer sends figures: ${JSON.stringify(one.json.elements[0])}`);
    assert.ok(!JSON.stringify(one.json).includes('Goed contact'), 'one answer sends its unsigned comment');

    // Two more partners answer, each as its own person: from three answers on the results show.
    for (const [i, score] of [[1, 8], [2, 6]]) {
      const partner = await answeringPartner(page, collaborationId, i);
      const { context: theirs, page: theirPage } = await newPage();
      try {
        await theirPage.goto(`${BASE}/inloggen`);
        await signIn(theirPage, partner.email, partner.password);
        const body = { scores: ELEMENT_KEYS.map((element) => ({ element, score })), signed: false };
        const answered = await api(theirPage, 'PUT', `${apiPath}/response`, body);
        assert.equal(answered.status, 200, `answer of partner ${i}: ${JSON.stringify(answered.json)}`);
      } finally {
        await theirs.close();
      }
    }
    await page.reload();
    assert.match(await results.getByTestId('response-count').innerText(), /^3 antwoorden\b/);
    const horizon = page.getByTestId('distribution-shared_horizon');
    await horizon.waitFor();
    assert.equal(await results.getByTestId('results-withheld').count(), 0);
    const cells = await horizon.locator('tbody td').allInnerTexts();
    assert.deepEqual(cells, ['0', '0', '0', '0', '0', '1', '0', '2', '0', '0'], 'two 8s and a 6 for gedeelde horizon');
    assert.equal(await page.getByTestId('element-result').count(), 6);
    assert.match(await page.locator('[data-element="shared_horizon"] [data-testid="change"]').innerText(), /geen vorige ronde/);
    await page.locator('[data-testid="chart-shared_horizon"] svg').first().waitFor();
    const trust = page.locator('[data-testid="element-result"][data-element="relations_and_trust"]');
    assert.match(await trust.innerText(), /Goed contact tussen de partners\.\s*— anoniem/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'evaluation-results.png'), fullPage: true });

    // Sign out: the collaborations page asks to sign in again.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('link', { name: 'Inloggen' }).waitFor();
    await page.goto(collaborationUrl);
    await page.waitForURL(/\/inloggen\?terug=/);
    await page.goto(`${BASE}/samenwerkingen`);
    await page.waitForURL(/\/inloggen\?terug=%2Fsamenwerkingen/);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByText('Log in om deze pagina te bekijken').waitFor();
    const status = await page.evaluate(async () => (await fetch('/api/collaborations')).status);
    assert.equal(status, 401, 'the session is gone on the server');
    await page.screenshot({ path: join(OUT, 'signed-out.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

test('audit log: platform admin sees records with Dutch actions', async () => {
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${BASE}/audit`);
    await page.waitForURL(/\/inloggen\?terug=%2Faudit/);
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.waitForURL(/\/audit$/);
    await page.getByRole('link', { name: 'Auditlog' }).waitFor();
    const table = page.getByTestId('audit-table');
    await table.locator('tbody tr').first().waitFor();
    const text = await table.innerText();
    assert.match(text, /ingelogd/);
    assert.match(text, /\d{2}-\d{2}-\d{4},? \d{2}:\d{2}:\d{2}/, 'local date and time');
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'audit.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
