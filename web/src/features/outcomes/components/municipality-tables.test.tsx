import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HelpFormTables } from './help-form-tables';
import { ProviderTable } from './provider-table';
import { ReentryBasisNote, SuppressionLegend } from './legends';
import { hasSuppressed } from './figures-table';
import { TrendCharts, trendPoints, trendSummary } from './trend-charts';
import { count, figures, hiddenCount, hiddenMean, hiddenShare, provider, reentry, row, share, smallReentry, smallShare } from '../test-fixtures';

vi.mock('../../../components/chart', () => ({
  chartColors: { region: '#000', grid: '#ddd', text: '#000' },
  Chart: ({ label, testId }: { label: string; testId?: string }) => <div role="img" aria-label={label} data-testid={testId} />,
}));

const rows = [
  row('all', '2024'),
  row('all', '2025', { no_reentry: reentry(70, 82, true) }),
  row('11', '2025', { started: hiddenCount(), planned: hiddenShare(), satisfaction: hiddenMean() }),
  row('02', '2025', { started: hiddenCount(), planned: hiddenShare() }),
];

const providers = [
  // Out of code order, and the best share last: the table must follow the codes.
  provider('65656055', 'Zorgaanbieder De Brug', '2025', { planned: share(19, 32) }),
  provider('45451345', 'Praktijk Kindertherapie Zuid', '2025', {
    started: hiddenCount(),
    ended: hiddenCount(),
    planned: hiddenShare(),
  }),
  provider('41410123', 'Jeugdzorg Amstelland', '2025', { planned: share(104, 127), ended: hiddenCount() }),
  provider('41410123', 'Jeugdzorg Amstelland', '2024'),
];

describe('municipality tables', () => {
  it('shows every hidden figure with one marker, labelled "onderdrukt", and no reason', () => {
    render(
      <>
        <SuppressionLegend />
        <HelpFormTables rows={rows} where="inwoners van Amsterdam" idPrefix="t" />
      </>,
    );
    const pleegzorg = screen.getByTestId('outcomes-table-11');
    const hidden = within(pleegzorg).getAllByTestId('suppressed-cell');
    expect(hidden).toHaveLength(3);
    for (const cell of hidden) {
      expect(cell.textContent).toBe('x');
      expect(cell.getAttribute('aria-label')).toBe('onderdrukt: cijfer verborgen');
      expect(cell.getAttribute('data-suppressed')).toBeNull();
    }
    expect(within(pleegzorg).getAllByRole('cell', { name: /onderdrukt/ })).toHaveLength(3);
    expect(hidden[0].querySelector('abbr')?.getAttribute('title')).toMatch(/^Verborgen/);

    // The other table's hidden cells look exactly the same: the page never says why.
    const ambulant = within(screen.getByTestId('outcomes-table-02')).getAllByTestId('suppressed-cell');
    expect(ambulant).toHaveLength(2);
    expect(new Set([...hidden, ...ambulant].map((c) => c.outerHTML)).size).toBe(1);
    expect(document.body.textContent).not.toMatch(/<10/);

    // The legend explains the one marker with both rules in one sentence, and the small numerators.
    const legend = screen.getByTestId('suppression-legend');
    expect(legend.textContent).toContain('x = verborgen (onderdrukt): een cijfer dat op minder dan 10 trajecten of metingen berust');
    expect(legend.textContent).toContain('ook door een aanbieder die zijn eigen deel kent');
    expect(screen.getByTestId('legend-small-numerator').textContent).toMatch(/1 tot en met 4.*0 % of 100 % van minder dan 20 trajecten/);
  });

  it('writes the thresholds of the report into the legend', () => {
    render(<SuppressionLegend minCount={15} minNumerator={3} minExtremeBase={30} />);
    const legend = screen.getByTestId('suppression-legend');
    expect(legend.textContent).toContain('minder dan 15 trajecten of metingen');
    expect(legend.textContent).toContain('1 tot en met 2');
    expect(legend.textContent).toContain('van minder dan 30 trajecten');
  });

  it('shows n but hides count, share and interval of a small numerator', () => {
    const small = [row('all', '2025', { planned: smallShare(12), no_reentry: smallReentry(8, true) })];
    render(<HelpFormTables rows={small} where="inwoners van Amsterdam" idPrefix="t" />);
    const table = screen.getByTestId('outcomes-table-all');
    const cells = within(table).getAllByTestId('small-numerator-cell');
    expect(cells).toHaveLength(2);
    expect(cells[0].textContent).toBe('n = 12 aandeel verborgen');
    expect(cells[0].getAttribute('aria-label')).toBe('aandeel verborgen vanwege een klein aantal, n = 12');
    expect(cells[0].textContent).not.toMatch(/%/);
    // A provisional re-entry figure stays marked as such.
    expect(cells[1].getAttribute('aria-label')).toMatch(/klein aantal, n = 8; voorlopig/);
    expect(within(cells[1]).getByTestId('provisional')).toBeTruthy();
    // Not the same marker as a hidden figure.
    expect(within(table).queryAllByTestId('suppressed-cell')).toHaveLength(0);
    expect(hasSuppressed(small)).toBe(true);
    expect(hasSuppressed([row('all', '2025')])).toBe(false);
  });

  it('draws no trend point where a share is hidden or only its n is shown', () => {
    const trend = [
      row('all', '2023', { planned: share(60, 100) }),
      row('all', '2024', { planned: smallShare(12) }),
      row('all', '2025', { planned: hiddenShare() }),
    ];
    const points = trendPoints(trend, 'all', 'planned');
    expect(trendSummary(points, 'planned', 'Amsterdam')).toMatch(/van 60 % \(60 van 100\).* in 2023 tot 60 % \(60 van 100\).* in 2023/);
    render(<TrendCharts rows={[row('all', '2024', { planned: smallShare(12) }), row('all', '2025', { planned: hiddenShare() })]} where="Amsterdam" idPrefix="t" />);
    expect(screen.getByTestId('trend-empty-planned')).toBeTruthy();
    expect(screen.queryByTestId('trend-chart-planned')).toBeNull();
    const table = screen.getByTestId('trend-table-planned');
    expect(within(table).getAllByTestId('small-numerator-cell')).toHaveLength(1);
    expect(within(table).getAllByTestId('suppressed-cell')).toHaveLength(1);
  });

  it('says what re-entry rests on: own records or all providers', () => {
    const { unmount } = render(<ReentryBasisNote basis="own_records" />);
    expect(screen.getByTestId('reentry-basis').textContent).toMatch(/alleen als de jongere binnen 12 maanden opnieuw bij uw organisatie start/);
    unmount();
    render(<ReentryBasisNote basis="all_providers" />);
    const note = screen.getByTestId('reentry-basis');
    expect(note.textContent).toMatch(/Terugkeer telt bij elke aanbieder, in elke gemeente, binnen 12 maanden na een beëindiging volgens plan\./);
    expect(note.textContent).not.toMatch(/uw organisatie/);
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
    expect(within(small).getAllByRole('cell', { name: /onderdrukt/ })).toHaveLength(3);
    expect(within(table).getAllByTestId('suppressed-cell')).toHaveLength(4);

    // Another period: only the providers of that period.
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: '2024' } });
    expect(
      within(screen.getByTestId('provider-table'))
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Jeugdzorg Amstelland (41410123)', 'Alle aanbieders samen']);
  });

  it('shows the small providers together, counted but not named, and finds one provider by name or code', () => {
    const others = { count: 14, rows: [{ period: '2025', ...figures({ started: count(31) }) }] };
    render(<ProviderTable providers={providers} others={others} rows={rows} municipality="Amsterdam" referenceDate="2026-11-24" />);
    const heads = () =>
      within(screen.getByTestId('provider-table'))
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(heads()).toEqual([
      'Jeugdzorg Amstelland (41410123)',
      'Praktijk Kindertherapie Zuid (45451345)',
      'Zorgaanbieder De Brug (65656055)',
      'Overige aanbieders (14 samen)',
      'Alle aanbieders samen',
    ]);
    expect(screen.getByTestId('provider-count').textContent).toMatch(/^3 aanbieders met een eigen regel.*14 kleine aanbieders staan samen onder ‘Overige aanbieders’/);
    const search = screen.getByLabelText('Zoek een aanbieder (naam of AGB-code)');
    fireEvent.change(search, { target: { value: 'brug' } });
    expect(heads()).toEqual(['Zorgaanbieder De Brug (65656055)', 'Alle aanbieders samen']);
    fireEvent.change(search, { target: { value: '4545' } });
    expect(heads()).toEqual(['Praktijk Kindertherapie Zuid (45451345)', 'Alle aanbieders samen']);
    expect(screen.getByTestId('provider-count').textContent).toBe('1 van de 3 aanbieders gevonden.');
  });
});
