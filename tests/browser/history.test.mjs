// Browser test of issue 12: the coordinator edits a societal result's target with a reason and
// finds the change in the result's history (who, when, old → new, why); then changes the
// ambition's title and finds that in the ambition's history. Against a running Kompas
// server; same environment as ambition.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

useBrowser();

test("edit a result's target with a reason and see it in the history", async () => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const reason = `De stuurgroep stelde het doel bij op 1 december (${stamp})`;
  const { context, page, errors } = await newPage();
  try {
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const { id, resultId } = await page.evaluate(async ({ stamp }) => {
      const session = await (await fetch('/api/session')).json();
      const send = async (path, body) => {
        const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const col = await send('/api/collaborations', { name: `Browsertest geschiedenis ${stamp}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' });
      const amb = await send(`/api/collaborations/${col.id}/ambitions`, { title: `Minder jeugdzorg ${stamp}`, statement: 'Gezond opgroeien.', agreed_on: '2026-01-15' });
      const res = await send(`/api/collaborations/${col.id}/ambitions/${amb.id}/results`, {
        title: 'In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg', indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'],
        baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 }, agreed_on: '2026-01-15',
      });
      return { id: col.id, resultId: res.id };
    }, { stamp });

    await page.goto(`${BASE}/samenwerkingen/${id}/resultaten/${resultId}`);
    await page.getByRole('heading', { level: 1, name: 'In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg' }).waitFor();
    await page.getByText('Dit resultaat is nog niet gewijzigd sinds het is afgesproken.').waitFor();

    // A new target without a reason is refused, next to the reason field.
    const edit = page.getByTestId('result-edit');
    await edit.locator('summary').click();
    await edit.getByLabel(/Streefwaarde/).fill('9,5');
    await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByTestId('error-summary').waitFor();
    assert.match(await page.getByTestId('error-summary').innerText(), /reden/i);
    await edit.getByLabel('Reden van de wijziging').fill(reason);
    await page.screenshot({ path: join(OUT, 'result-edit.png'), fullPage: true });
    await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();

    // The history: who, what (old → new) and why; the facts show the new target.
    const history = page.getByTestId('change-history');
    await history.waitFor();
    const entry = await history.locator('> li').first().innerText();
    assert.match(entry, /Streefwaarde: 10 → 9,5/);
    assert.match(entry, new RegExp(`Reden: ${reason.replace(/[()]/g, '\\$&')}`));
    assert.match(entry, /door \S+/);
    assert.match(entry, /\d{2}-\d{2}-\d{4}/);
    assert.match(await page.getByTestId('result-facts').innerText(), /9,5/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'result-history.png'), fullPage: true });

    // The ambition: a new title with an optional reason, found in its history.
    await page.getByRole('link', { name: 'Naar de ambitie' }).click();
    await page.getByRole('heading', { level: 1, name: `Minder jeugdzorg ${stamp}` }).waitFor();
    await page.getByText('Deze ambitie is nog niet gewijzigd sinds ze is afgesproken.').waitFor();
    const ambitionEdit = page.getByTestId('ambition-edit');
    await ambitionEdit.locator('summary').click();
    await ambitionEdit.getByLabel('Titel van de ambitie').fill(`Veel minder jeugdzorg ${stamp}`);
    await ambitionEdit.getByLabel('Reden van de wijziging (niet verplicht)').fill('Scherper geformuleerd');
    await ambitionEdit.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: `Veel minder jeugdzorg ${stamp}` }).waitFor();
    const ambitionEntry = await page.getByTestId('change-history').locator('> li').first().innerText();
    assert.match(ambitionEntry, new RegExp(`Titel: Minder jeugdzorg ${stamp} → Veel minder jeugdzorg ${stamp}`));
    assert.match(ambitionEntry, /Reden: Scherper geformuleerd/);
    await assertClean(page, errors);
    await page.screenshot({ path: join(OUT, 'ambition-history.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
