// Browser test of block 6: the quality dialogue, against a running Kompas server (same environment
// as actions.test.mjs). The demo user coordinates a new collaboration; through the pages it plans a
// dialogue with a young person, puts two figures on the agenda (an indicator of the youth profile and
// a signal), answers the four questions on the first with an explanation to be tested and a
// knowledge gap, and sees the answers and the follow-up question. The printed report shows no forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BASE, DEMO_EMAIL, DEMO_PASSWORD, OUT, assertClean, newPage, signIn, useBrowser } from './lib/browser.mjs';

useBrowser();

test('hold a dialogue with two agenda items, answer the four questions on one, see the answers', async () => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const { page, errors, context } = await newPage();
  try {
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const id = await page.evaluate(async ({ stamp }) => {
      const session = await (await fetch('/api/session')).json();
      const send = async (path, body) => {
        const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const col = await send('/api/collaborations', { name: `Browsertest dialoog ${stamp}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' });
      await send(`/api/collaborations/${col.id}/signals`, { text: 'Gezinnen wachten lang op hulp', source: 'professional', date: '2026-03-01' });
      return col.id;
    }, { stamp });

    await page.goto(`${BASE}/samenwerkingen/${id}`);
    await page.getByTestId('collaboration-subnav').getByRole('link', { name: 'Kwaliteitsdialoog', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kwaliteitsdialoog' }).waitFor();
    await page.getByText('Er is nog geen kwaliteitsdialoog gepland.').waitFor();
    // Plan it; without a date the form says so.
    await page.getByLabel('Titel').fill(`Voorjaarsdialoog ${stamp}`);
    await page.getByRole('button', { name: 'Dialoog plannen' }).click();
    await page.getByRole('link', { name: /Geef de datum/ }).waitFor();
    await page.getByLabel('Datum').fill('2026-04-01');
    await page.getByLabel('Naam deelnemer 1').fill('Sam');
    await page.getByLabel('Rol deelnemer 1').selectOption('young_person');
    await page.getByRole('button', { name: 'Dialoog plannen' }).click();
    await page.getByRole('heading', { level: 1, name: `Voorjaarsdialoog ${stamp}` }).waitFor();
    assert.match(await page.getByTestId('participants').innerText(), /Sam \(jongere\)/);
    await page.getByText('Dit is de eerste dialoog: er is nog geen vorige cyclus.').waitFor();

    // Two agenda items: a figure of the youth profile and the signal.
    await page.getByLabel('Soort agendapunt').selectOption('indicator');
    await page.getByLabel(/^Indicator/).fill('PercentageJongerenMetJeugdzorg');
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    const first = page.getByTestId('agenda-item-1');
    await first.waitFor();
    await page.getByLabel('Soort agendapunt').selectOption('signal');
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    const second = page.getByTestId('agenda-item-2');
    await second.waitFor();
    assert.match(await second.innerText(), /Gezinnen wachten lang op hulp/);
    // The figure in words: latest value, change and variation ("niet te zeggen" without counts).
    const figure = await first.innerText();
    assert.match(figure, /Laatste cijfer/);
    assert.match(figure, /Variatie/);
    assert.match(figure, /Variatie\n(Gewone variatie|Bijzondere variatie|Niet te zeggen)/);
    assert.ok(await first.getByRole('table').count() >= 1, 'the series as a table');

    // The four questions on the first item.
    await first.getByLabel(/^Herkennen/).fill('Ja, dat zien wij in de wijk ook');
    await first.getByLabel(/^Verklaren/).fill('Meer gezinnen melden zich bij het wijkteam');
    await first.getByLabel('Deze verklaring willen we later toetsen').check();
    await first.getByLabel(/^Waarderen/).fill('Het is te hoog, maar stabiel');
    await first.getByLabel(/^Verbeteren/).fill('Eerder overleg met de scholen');
    await first.getByLabel(/^Wat weten we nog niet/).fill('Hoe lang wachten gezinnen echt?');
    await first.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    const answers = page.getByTestId('answers-1');
    await answers.getByText('Eerder overleg met de scholen').waitFor();
    const text = await answers.innerText();
    assert.match(text, /Herkennen\s+Ja, dat zien wij in de wijk ook/);
    assert.match(text, /Meer gezinnen melden zich bij het wijkteam.*verklaring nog te toetsen/s);
    assert.match(text, /Waarderen\s+Het is te hoog, maar stabiel/);
    assert.match(await page.getByTestId('answers-2').innerText(), /nog geen antwoord/);
    await page.getByTestId('follow-up-questions').getByText('Hoe lang wachten gezinnen echt?').waitFor();
    await page.screenshot({ path: join(OUT, 'dialogue.png'), fullPage: true });
    await assertClean(page, errors);

    // The printed report has the answers but no forms and no navigation.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Antwoorden opslaan' }).first().isVisible(), false);
    assert.equal(await page.getByRole('navigation', { name: 'Kruimelpad' }).isVisible(), false);
    assert.equal(await answers.getByText('Eerder overleg met de scholen').isVisible(), true);
    await page.screenshot({ path: join(OUT, 'dialogue-print.png'), fullPage: true });
  } finally {
    await context.close();
  }
});
