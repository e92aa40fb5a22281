// Accessibility (WCAG 2.1 AA, issue 15): axe-core runs on every page of web/src/app/app.tsx,
// signed out, signed in as the demo user (on the demo's example collaboration), as a provider and
// as the platform administrator, and fails on any serious or critical violation. Every chart on
// those pages must have a table next to it. One flow is done by keyboard alone: sign in and open
// the example collaboration's results with Tab and Enter.
//   KOMPAS_URL, KOMPAS_DEMO_EMAIL / KOMPAS_DEMO_PASSWORD, KOMPAS_ADMIN_EMAIL / KOMPAS_ADMIN_PASSWORD,
//   KOMPAS_TEST_OUTPUT (screenshots and axe-report.json → <dir>/browser/)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, newPage, signIn, useBrowser } from './lib/browser.mjs';
import { SUFFIX, adminSession, createOrganisation, createPerson, freshAgb, password, ADMIN } from '../http/lib/accounts.mjs';

useBrowser();

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: Kompas's Content-Security-Policy (rightly) blocks an injected <script>.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = require('axe-core/package.json').version;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const report = [];

/** Opens `path`, waits until the page has settled, runs axe; returns the serious/critical violations. */
async function audit(page, path, label) {
  await page.goto(`${BASE}${path}`);
  await page.locator('main h1').first().waitFor();
  // Lazy pages and their data: wait until no "loading" status is left (or give up after 10 s).
  await page.waitForFunction(() => !document.querySelector('main .kompas-loading'), null, { timeout: 10_000 }).catch(() => {});
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, TAGS);
  const charts = await page.evaluate(() => {
    // A chart is a role=img drawing (components/chart.tsx); its table alternative is a <table> in the same section.
    const out = [];
    for (const chart of document.querySelectorAll('main .kompas-chart')) {
      let scope = chart.parentElement;
      let found = false;
      for (let depth = 0; scope && depth < 6 && !found; depth += 1, scope = scope.parentElement) {
        found = scope.querySelector('table') !== null;
      }
      out.push({ label: chart.getAttribute('aria-label') ?? '', testid: chart.getAttribute('data-testid') ?? '', table: found });
    }
    return out;
  });
  report.push({ label, path, violations: result, charts });
  return { serious: result.filter((v) => v.impact === 'serious' || v.impact === 'critical'), charts };
}

function assertNone(found, label) {
  assert.deepEqual(found.serious, [], `${label}: serious or critical axe violations:\n${JSON.stringify(found.serious, null, 2)}`);
  for (const chart of found.charts) assert.ok(chart.table, `${label}: chart "${chart.label || chart.testid}" has no table alternative`);
}

async function json(page, path) {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { credentials: 'same-origin' });
    return res.ok ? res.json() : null;
  }, path);
}

test(`axe-core ${AXE_VERSION}: signed out, no serious or critical violations`, async () => {
  const { context, page } = await newPage();
  try {
    for (const [path, label] of [
      ['/', 'start page'],
      ['/regio/GM0034', 'youth profile of Almere'],
      ['/regio/GM0034?indicator=PercentageJongerenMetJeugdzorg', 'an indicator of Almere (trend and districts)'],
      ['/regio/WK003401', 'youth profile of a district'],
      ['/inloggen', 'sign-in page'],
      ['/wachtwoord-instellen', 'set a password with a one-time link'],
      ['/bestaat-niet', 'page not found'],
    ]) {
      assertNone(await audit(page, path, `signed out: ${label}`), label);
    }
    await page.goto(`${BASE}/`);
    await page.locator('main h1').first().waitFor();
    await page.screenshot({ path: join(OUT, 'a11y-start-signed-out.png'), fullPage: true });
  } finally {
    await context.close();
  }
});

test('axe-core: signed in as the demo user, every page of the example collaboration', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const list = await json(page, '/api/collaborations');
    const example = list.find((c) => c.example);
    assert.ok(example, 'the demo user sees the example collaboration');
    assert.equal(example.my_role, 'coordinator');
    const base = `/samenwerkingen/${encodeURIComponent(example.id)}`;
    const rounds = await json(page, `/api/collaborations/${example.id}/evaluations`);
    const ambitions = await json(page, `/api/collaborations/${example.id}/ambitions`);
    const results = await json(page, `/api/collaborations/${example.id}/results`);
    const detail = await json(page, `/api/collaborations/${example.id}`);
    const provider = detail.partners.find((p) => /Horizon/.test(p.name));
    assert.ok(rounds?.length >= 1 && ambitions?.length >= 1 && results?.length >= 2 && provider, 'the example has rounds, ambitions, results and a provider');
    const pages = [
      ['/', 'start page'],
      ['/samenwerkingen', 'collaborations'],
      [base, 'collaboration'],
      [`${base}/evaluaties`, 'evaluation rounds'],
      [`${base}/evaluaties/${encodeURIComponent(rounds[0].id)}`, 'evaluation round'],
      [`${base}/ambities`, 'ambitions'],
      [`${base}/ambities/${encodeURIComponent(ambitions[0].id)}`, 'ambition'],
      [`${base}/resultaten`, 'results dashboard'],
      [`${base}/resultaten/${encodeURIComponent(results[0].result_id ?? results[0].result?.id ?? results[0].id)}`, 'result'],
      [`${base}/signalen`, 'signals'],
      [`${base}/activiteiten`, 'activities'],
      [`${base}/aanbod`, 'portfolio analysis'],
      [`${base}/veranderverhaal`, 'theory of change'],
      [`${base}/percelen`, 'contract lots'],
      [`${base}/effectiviteit`, 'effectiveness'],
      [`${base}/effectiviteit/${encodeURIComponent(provider.organisation_id)}`, 'effectiveness conversation'],
      [`${base}/verbeteracties`, 'improvement actions'],
      [`${base}/kwaliteitsdialoog`, 'quality dialogues'],
      ['/uitkomsten/gemeente', 'outcomes of the municipality'],
      ['/uitkomsten/gemeente/GM0034', 'outcomes of Almere'],
      ['/mijn-acties', 'my actions'],
    ];
    const failures = [];
    for (const [path, label] of pages) {
      const found = await audit(page, path, `demo: ${label}`);
      try {
        assertNone(found, label);
      } catch (error) {
        failures.push(error.message);
      }
      if (path === base) {
        assert.match(await page.getByTestId('example-banner').innerText(), /Voorbeeld/);
        await page.screenshot({ path: join(OUT, 'a11y-example-collaboration.png'), fullPage: true });
      }
      if (path === `${base}/resultaten`) await page.screenshot({ path: join(OUT, 'a11y-example-results.png'), fullPage: true });
      if (path === '/') await page.screenshot({ path: join(OUT, 'a11y-start-signed-in.png'), fullPage: true });
    }
    assert.deepEqual(failures, []);
  } finally {
    await context.close();
  }
});

test('axe-core: a provider\'s own pages and the administrator\'s pages', async () => {
  const admin = await adminSession();
  const org = await createOrganisation(admin, `Jeugdhulp Toegankelijk ${SUFFIX}`, 'provider', null, freshAgb());
  const pw = password('a11y-prov');
  const person = await createPerson(admin, { email: `a11y-prov-${SUFFIX}@toegankelijk.example`, name: 'Aanbieder Toegankelijk', organisation_id: org.id, password: pw });
  const failures = [];
  for (const [email, secret, pages] of [
    [person.email, pw, [['/uitkomsten/aanbieder', 'own outcomes'], [`/kwaliteit/${encodeURIComponent(org.id)}`, 'own quality']]],
    [ADMIN.email, ADMIN.password, [['/audit', 'audit log'], ['/beheer/organisaties', 'administration: organisations'],
      ['/beheer/personen', 'administration: people'], ['/beheer/lidmaatschappen', 'administration: memberships'],
      ['/uitkomsten/gemeente/GM0034', 'outcomes of Almere with the providers\' notes'], ['/eigen-cijfers', 'own data: uploads and indicators'],
      ['/eigen-cijfers/indicatoren/PercentageJongerenMetJeugdzorg', 'own data: a CBS indicator with its local note']]],
  ]) {
    const { context, page } = await newPage();
    try {
      await page.goto(`${BASE}/inloggen`);
      await signIn(page, email, secret);
      for (const [path, label] of pages) {
        try {
          assertNone(await audit(page, path, label), label);
        } catch (error) {
          failures.push(error.message);
        }
      }
    } finally {
      await context.close();
    }
  }
  writeFileSync(join(OUT, 'axe-report.json'), JSON.stringify({ axe: AXE_VERSION, tags: TAGS, pages: report }, null, 2));
  assert.deepEqual(failures, []);
});

test('keyboard alone: sign in and open the example collaboration\'s results with Tab and Enter', async () => {
  const { context, page } = await newPage();
  /** Presses Tab until the focused element's accessible text matches `pattern`; fails after 60 presses. */
  async function tabTo(pattern) {
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return { text: '', visible: false };
        const style = getComputedStyle(el);
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
        const visible = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
        return { style: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow}`, text: `${label ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.trim(), visible };
      });
      if (pattern.test(focused.text)) {
        if (!focused.visible) await page.waitForTimeout(300);  // a transition may still run
        const again = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement);
          return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
        });
        focused.visible = focused.visible || again;
        assert.ok(focused.visible, `focus on "${focused.text}" is visible (outline or ring): ${focused.style}`);
        return;
      }
    }
    assert.fail(`no element matching ${pattern} reached with Tab`);
  }
  try {
    await page.goto(`${BASE}/inloggen`);
    await page.locator('main h1').waitFor();
    await tabTo(/E-mailadres/);
    await page.keyboard.type(DEMO_EMAIL);
    await tabTo(/Wachtwoord/);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('user-menu').waitFor();
    // Signing in opens the collaborations; wait until the app has moved focus to its heading (WCAG 2.4.3).
    await page.waitForURL(/\/samenwerkingen$/);
    await page.getByRole('heading', { level: 1, name: 'Samenwerkingen' }).waitFor();
    await page.waitForTimeout(1200);
    // From the top of the page: skip link, menu, then the list.
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await tabTo(/^Samenwerkingen$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Samenwerkingen' }).waitFor();
    await tabTo(/Samen sterk voor de jeugd van Almere/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Samen sterk voor de jeugd van Almere/ }).waitFor();
    await tabTo(/Resultaten/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resultaten$/);
    await page.locator('main h1').waitFor();
    await page.getByTestId('example-banner').waitFor();
    await page.screenshot({ path: join(OUT, 'a11y-keyboard-results.png'), fullPage: false });
  } finally {
    await context.close();
  }
});

test('axe-core at 320 px wide (reflow, WCAG 1.4.10): the start page, the profile and the example\'s results', async () => {
  const { context, page } = await newPage();
  try {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const example = (await json(page, '/api/collaborations')).find((c) => c.example);
    const base = `/samenwerkingen/${encodeURIComponent(example.id)}`;
    const failures = [];
    for (const [path, label] of [
      ['/', 'start page'],
      ['/regio/GM0034?indicator=PercentageJongerenMetJeugdzorg', 'an indicator of Almere'],
      [`${base}/resultaten`, 'results dashboard'],
    ]) {
      const found = await audit(page, path, `320 px: ${label}`);
      try {
        assertNone(found, `320 px: ${label}`);
      } catch (error) {
        failures.push(error.message);
      }
      // Reflow: the page fits 320 px without scrolling sideways (wide tables scroll in their own region).
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) failures.push(`320 px: ${label} is ${width} px wide`);
      if (path === '/') {
        await page.screenshot({ path: join(OUT, 'a11y-start-320.png'), fullPage: true });
      }
    }
    assert.deepEqual(failures, []);
  } finally {
    await context.close();
  }
});
