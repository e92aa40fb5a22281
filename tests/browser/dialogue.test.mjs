// Browser test of block 6: the quality dialogue, against a running Kompas server (same environment
// as actions.test.mjs). The demo user coordinates a new collaboration; through the pages it plans a
// dialogue with a young person, puts two figures on the agenda (an indicator of the youth profile and
// a signal), answers the four questions on the first with an explanation to be tested and a
// knowledge gap, and sees the answers and the follow-up question. The printed report shows no forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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

// The whole cycle of block 6: an action agreed after a dialogue, about a societal result, is in
// that dialogue's report; the next dialogue opens with it beside the later value of its figure.
// The actions table downloads as CSV, and the report prints to a PDF whose text (pdftotext) holds
// the figures with their source, the answers and the action, and no forms.
test('an agreed action returns in the next dialogue beside its figure; export a table; print the report to PDF', async () => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const { page, errors, context } = await newPage();
  try {
    await page.goto(`${BASE}/inloggen`);
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const { id, first } = await page.evaluate(async ({ stamp }) => {
      const session = await (await fetch('/api/session')).json();
      const send = async (path, body) => {
        const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const col = await send('/api/collaborations', { name: `Browsertest cyclus ${stamp}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' });
      const amb = await send(`/api/collaborations/${col.id}/ambitions`, { title: 'Minder jeugdzorg', statement: 'Gezond opgroeien.', agreed_on: '2026-01-15' });
      const res = await send(`/api/collaborations/${col.id}/ambitions/${amb.id}/results`, {
        title: 'Hooguit 10 % van de jongeren krijgt jeugdzorg', indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'],
        baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 }, agreed_on: '2026-01-15',
      });
      const d = await send(`/api/collaborations/${col.id}/dialogues`, { title: 'Eerste dialoog', held_on: '2026-02-01', participants: [{ name: 'Noor', role: 'parent' }] });
      await send(`/api/collaborations/${col.id}/dialogues/${d.id}/items`, { kind: 'result', result_id: res.id });
      return { id: col.id, first: d.id };
    }, { stamp });

    // The first dialogue: answer "verbeteren", then record the action it leads to.
    await page.goto(`${BASE}/samenwerkingen/${id}/kwaliteitsdialoog/${first}`);
    await page.getByRole('heading', { level: 1, name: 'Eerste dialoog' }).waitFor();
    const item = page.getByTestId('agenda-item-1');
    assert.match(await item.innerText(), /Bron\s+CBS/);
    await item.getByLabel(/^Verbeteren/).fill('Vaker samen kijken naar wie er instroomt');
    await item.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await page.getByTestId('answers-1').getByText('Vaker samen kijken naar wie er instroomt').waitFor();
    await page.getByText('Sinds deze dialoog zijn nog geen verbeteracties vastgelegd.').waitFor();
    await page.getByRole('link', { name: 'Een verbeteractie vastleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verbeteracties' }).waitFor();
    const title = `Instroomoverleg met de wijkteams ${stamp}`;
    await page.getByLabel('Wat gaan we verbeteren?').fill(title);
    await page.getByLabel('Aanspreekpunt').selectOption({ index: 1 });
    await page.getByLabel('Streefdatum').fill('2027-06-30');
    await page.getByLabel('Maatschappelijk resultaat').selectOption({ label: 'Hooguit 10 % van de jongeren krijgt jeugdzorg' });
    await page.getByRole('button', { name: 'Verbeteractie vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'is vastgelegd' }).waitFor();

    // Export a table: the actions as CSV hold the action.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('actions-downloads').getByRole('link', { name: /CSV/ }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert.ok(csv.includes(title), 'the CSV export holds the action');

    // The report of the first dialogue lists the agreed action; printed to PDF, its text holds
    // the figure with its source and status, the answer and the action, and no buttons.
    await page.goto(`${BASE}/samenwerkingen/${id}/kwaliteitsdialoog/${first}`);
    const agreed = page.getByTestId('agreed-actions');
    await agreed.getByText(title).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = join(OUT, 'dialogue-report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const expected of ['Eerste dialoog', 'Hooguit 10 % van de jongeren krijgt jeugdzorg', 'Bron', 'CBS', '95 %-interval',
      'Vaker samen kijken naar wie er instroomt', 'Afgesproken verbeteracties', 'Instroomoverleg met de wijkteams', 'Noor']) {
      assert.ok(text.includes(expected), `the PDF holds "${expected}"`);
    }
    assert.match(text, /definitief|voorlopig/, 'each period says whether it is final or provisional');
    for (const absent of ['Antwoorden opslaan', 'Agendapunt toevoegen', 'Verslag afdrukken', 'Uitloggen']) {
      assert.ok(!text.includes(absent), `the PDF has no "${absent}"`);
    }
    await page.emulateMedia({ media: 'screen' });

    // The next dialogue, after today, opens with the action beside the later value of its figure.
    const next = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const second = await page.evaluate(async ({ id, next }) => {
      const session = await (await fetch('/api/session')).json();
      const res = await fetch(`/api/collaborations/${id}/dialogues`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf_token }, body: JSON.stringify({ title: 'Tweede dialoog', held_on: next, participants: [] }) });
      if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
      return (await res.json()).id;
    }, { id, next });
    await page.goto(`${BASE}/samenwerkingen/${id}/kwaliteitsdialoog/${second}`);
    await page.getByRole('heading', { level: 1, name: 'Tweede dialoog' }).waitFor();
    const row = page.getByTestId('previous-actions').getByRole('row', { name: new RegExp(title.slice(0, 30)) });
    const cells = await row.innerText();
    assert.match(cells, /Open/);
    assert.match(cells, /Hooguit 10 % van de jongeren krijgt jeugdzorg[^:]*: \d+(,\d)? % \(20\d\d\)/, 'the action beside the later value of its figure');
    await page.screenshot({ path: join(OUT, 'dialogue-next-cycle.png'), fullPage: true });
    await assertClean(page, errors);
  } finally {
    await context.close();
  }
});

// Seed 002, "wat als ik mijn maatschappelijk resultaat niet haal": a result that lags behind offers
// the conversation on its page, and the coordinator puts it on the agenda of a planned dialogue.
test('a result that lags behind offers the conversation and goes on the agenda of a planned dialogue', async () => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const { page, errors, context } = await newPage();
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
      const col = await send('/api/collaborations', { name: `Browsertest achter ${stamp}`, theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01' });
      const amb = await send(`/api/collaborations/${col.id}/ambitions`, { title: 'Minder jeugdzorg', statement: '', agreed_on: '2026-01-15' });
      // Almere's share went up from 10.8 % in 2022: behind the path to 10 % in 2028.
      const res = await send(`/api/collaborations/${col.id}/ambitions/${amb.id}/results`, {
        title: 'Minder jongeren in de jeugdzorg', indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'],
        baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 }, agreed_on: '2026-01-15',
      });
      await send(`/api/collaborations/${col.id}/dialogues`, { title: 'Najaarsdialoog', held_on: '2099-10-01', participants: [] });
      return { id: col.id, resultId: res.id };
    }, { stamp });

    await page.goto(`${BASE}/samenwerkingen/${id}/resultaten/${resultId}`);
    const panel = page.getByTestId('behind-conversation');
    await panel.getByRole('heading', { name: 'Geen vooruitgang? Bespreek het samen' }).waitFor();
    const text = await panel.innerText();
    for (const step of ['Herkennen.', 'Verklaren.', 'Toetsen.']) assert.ok(text.includes(step), step);
    await panel.getByLabel('Geplande dialoog').selectOption({ label: 'Najaarsdialoog (2099-10-01)' });
    await panel.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await panel.getByRole('status').getByRole('link', { name: 'Najaarsdialoog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Najaarsdialoog' }).waitFor();
    assert.match(await page.getByTestId('agenda-item-1').innerText(), /Minder jongeren in de jeugdzorg/);
    await assertClean(page, errors);
  } finally {
    await context.close();
  }
});
