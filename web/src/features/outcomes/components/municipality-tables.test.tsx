import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HelpFormTables } from './help-form-tables';
import { ProviderTable } from './provider-table';
import { SuppressionLegend } from './legends';
import { hiddenCount, hiddenMean, hiddenShare, provider, reentry, row, share } from '../test-fixtures';

const rows = [
  row('all', '2024'),
  row('all', '2025', { no_reentry: reentry(70, 82, true) }),
  row('11', '2025', { started: hiddenCount('primary'), planned: hiddenShare('primary'), satisfaction: hiddenMean('primary') }),
  row('02', '2025', { started: hiddenCount('complementary'), planned: hiddenShare('complementary') }),
];

const providers = [
  // Out of code order, and the best share last: the table must follow the codes.
  provider('65656055', 'Zorgaanbieder De Brug', '2025', { planned: share(19, 32) }),
  provider('45451345', 'Praktijk Kindertherapie Zuid', '2025', {
    started: hiddenCount('primary'),
    ended: hiddenCount('primary'),
    planned: hiddenShare('primary'),
  }),
  provider('41410123', 'Jeugdzorg Amstelland', '2025', { planned: share(104, 127), ended: hiddenCount('complementary') }),
  provider('41410123', 'Jeugdzorg Amstelland', '2024'),
];

describe('municipality tables', () => {
  it('shows suppressed cells as "<10" and "–" with the reason as accessible name and tooltip', () => {
    render(
      <>
        <SuppressionLegend />
        <HelpFormTables rows={rows} where="inwoners van Amsterdam" idPrefix="t" />
      </>,
    );
    const pleegzorg = screen.getByTestId('outcomes-table-11');
    const primary = within(pleegzorg).getAllByRole('cell', { name: 'onderdrukt: minder dan 10 trajecten' });
    expect(primary).toHaveLength(3);
    expect(primary[0].textContent).toBe('<10');
    expect(primary[0].querySelector('abbr')?.getAttribute('title')).toBe('Onderdrukt: minder dan 10 trajecten');

    const ambulant = screen.getByTestId('outcomes-table-02');
    const complementary = within(ambulant).getAllByRole('cell', { name: /onderdrukt: verborgen zodat een ander verborgen getal niet terug te rekenen is/ });
    expect(complementary).toHaveLength(2);
    expect(complementary[0].textContent).toBe('–');

    // The legend explains both markers in words.
    const legend = screen.getByTestId('suppression-legend');
    expect(legend.textContent).toContain('<10 = onderdrukt: minder dan 10 trajecten');
    expect(legend.textContent).toContain('– = onderdrukt: verborgen zodat een ander verborgen getal niet terug te rekenen is');
  });

  it('puts all forms of help first, writes shares with count, n and interval, and marks provisional re-entry', () => {
    render(<HelpFormTables rows={rows} where="inwoners van Amsterdam" idPrefix="t" />);
    const tables = screen.getAllByRole('table');
    expect(tables[0].getAttribute('data-testid')).toBe('outcomes-table-all');
    const all = screen.getByTestId('outcomes-table-all');
    expect(all.textContent).toContain('68 % (82 van 120)');
    expect(all.textContent).toMatch(/95 %-BI 60–76 %/);
    expect(all.textContent).toContain('7,4 (n = 31)');
    const provisional = within(all).getAllByTestId('provisional');
    expect(provisional).toHaveLength(1);
    expect(provisional[0].textContent).toBe('voorlopig: 12 maanden nog niet verstreken');
    expect(provisional[0].closest('tr')?.querySelector('th')?.textContent).toBe('2025');
  });

  it('lists providers by code, never by outcome, with the total at the bottom', () => {
    render(<ProviderTable providers={providers} rows={rows} municipality="Amsterdam" referenceDate="2026-11-24" />);
    const table = screen.getByTestId('provider-table');
    const heads = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(heads).toEqual([
      'Jeugdzorg Amstelland (41410123)',
      'Praktijk Kindertherapie Zuid (45451345)',
      'Zorgaanbieder De Brug (65656055)',
      'Alle aanbieders samen',
    ]);
    const small = within(table).getAllByRole('row')[2];
    expect(within(small).getAllByRole('cell', { name: /onderdrukt: minder dan 10 trajecten/ })).toHaveLength(3);
    expect(within(table).getAllByRole('cell', { name: /terug te rekenen/ })).toHaveLength(1);

    // Another period: only the providers of that period.
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: '2024' } });
    expect(
      within(screen.getByTestId('provider-table'))
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Jeugdzorg Amstelland (41410123)', 'Alle aanbieders samen']);
  });
});
