import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ApiError } from '../../../lib/api';
import type { Session } from '../../../types/api';
import type { MunicipalityOutcomes, ProviderOutcomes } from '../types';
import { provider, row, smallShare, hiddenCount } from '../test-fixtures';
import { ProviderOutcomesRoute } from './provider-outcomes-route';
import { MunicipalityOutcomesRoute } from './municipality-outcomes-route';

vi.mock('../../../components/chart', () => ({
  chartColors: { region: '#000', grid: '#ddd', text: '#000', parent: '#333', other: '#999' },
  Chart: ({ label, testId }: { label: string; testId?: string }) => <div role="img" aria-label={label} data-testid={testId} />,
}));
vi.mock('../../../lib/regions', () => ({ useRegions: () => ({ status: 'success', data: [] }) }));

type State = { status: 'success'; data: unknown } | { status: 'error'; error: Error } | { status: 'loading' };
const api: { provider: State; municipality: State; funnelCalls: number } = { provider: { status: 'loading' }, municipality: { status: 'loading' }, funnelCalls: 0 };
vi.mock('../api/outcomes', async (original) => ({
  ...(await original<typeof import('../api/outcomes')>()),
  useProviderOutcomes: () => ({ ...api.provider, reload: () => {} }),
  useMunicipalityOutcomes: () => ({ ...api.municipality, reload: () => {} }),
  useFunnel: () => {
    api.funnelCalls += 1;
    return { status: 'loading', reload: () => {} };
  },
}));

const session = (kind: 'provider' | 'municipality', region: string | null = null, admin = false): Session => ({
  person: { id: 'p1', email: 'a@b.nl', name: 'Test', organisation_id: 'o1', platform_admin: admin },
  organisation: { id: 'o1', name: kind === 'provider' ? 'Zorgaanbieder De Brug' : 'Gemeente Amsterdam', kind, region },
  csrf_token: 't',
  idle_expires_at: '2026-11-24T12:00:00Z',
  absolute_expires_at: '2026-11-24T20:00:00Z',
});

const report = {
  granularity: 'year',
  reference_date: '2026-11-24',
  min_count: 10,
  min_numerator: 5,
  min_extreme_base: 20,
  updating: false,
  rows: [row('all', '2025'), row('02', '2025', { planned: smallShare(12) })],
} as const;

beforeEach(() => {
  api.funnelCalls = 0;
});

describe('provider page', () => {
  it('says re-entry counts only at the own organisation, and shows no funnel', () => {
    const data: ProviderOutcomes = { ...report, rows: [...report.rows], scope: { kind: 'provider', code: '65656055', name: 'Zorgaanbieder De Brug' }, reentry_basis: 'own_records' };
    api.provider = { status: 'success', data };
    render(<ProviderOutcomesRoute session={session('provider')} />);
    expect(screen.getByTestId('reentry-basis').textContent).toMatch(/opnieuw bij uw organisatie start/);
    expect(screen.getByTestId('comparison-note').textContent).toBe('Vergelijkingen tussen aanbieders zijn voor de gemeente, die ze met de aanbieders bespreekt.');
    expect(screen.queryByTestId('funnel-explanation')).toBeNull();
    expect(screen.queryByText(/trechterdiagram/i)).toBeNull();
    expect(api.funnelCalls).toBe(0);
  });
});

describe('municipality page', () => {
  it('shows the report with the re-entry basis, the legend and the funnel', () => {
    const data: MunicipalityOutcomes = {
      ...report,
      rows: [...report.rows],
      scope: { kind: 'municipality', code: 'GM0363', name: 'Amsterdam' },
      reentry_basis: 'all_providers',
      providers: [provider('65656055', 'Zorgaanbieder De Brug', '2025', { started: hiddenCount() })],
      other_providers: { count: 0, rows: [] },
    };
    api.municipality = { status: 'success', data };
    render(<MunicipalityOutcomesRoute code="GM0363" session={session('municipality', 'GM0363')} />);
    expect(screen.getByTestId('reentry-basis').textContent).toMatch(/bij elke aanbieder, in elke gemeente/);
    expect(screen.getByTestId('suppression-legend').textContent).toMatch(/aandeel verborgen/);
    expect(within(screen.getByTestId('outcomes-table-02')).getByTestId('small-numerator-cell')).toBeTruthy();
    expect(screen.getByTestId('funnel-explanation')).toBeTruthy();
    expect(api.funnelCalls).toBeGreaterThan(0);
    expect(screen.queryByTestId('outcomes-updating')).toBeNull();
  });

  it('says so while the figures are those of before the last delivery', () => {
    const data: MunicipalityOutcomes = {
      ...report,
      rows: [...report.rows],
      scope: { kind: 'municipality', code: 'GM0363', name: 'Amsterdam' },
      reentry_basis: 'all_providers',
      updating: true,
      providers: [],
      other_providers: { count: 0, rows: [] },
    };
    api.municipality = { status: 'success', data };
    render(<MunicipalityOutcomesRoute code="GM0363" session={session('municipality', 'GM0363')} />);
    expect(screen.getByTestId('outcomes-updating').textContent).toMatch(/nog van de trajecten van daarvoor/);
  });

  it('?aanbieder= (from a conversation about effectiveness) shows only that provider of the same report', () => {
    const data: MunicipalityOutcomes = {
      ...report,
      rows: [...report.rows],
      scope: { kind: 'municipality', code: 'GM0363', name: 'Amsterdam' },
      reentry_basis: 'all_providers',
      providers: [provider('65656055', 'Zorgaanbieder De Brug', '2025'), provider('41410123', 'Jeugdzorg Amstelland', '2025')],
      other_providers: { count: 0, rows: [] },
    };
    api.municipality = { status: 'success', data };
    window.history.pushState(null, '', '/uitkomsten/gemeente/GM0363?aanbieder=41410123');
    const { unmount } = render(<MunicipalityOutcomesRoute code="GM0363" session={session('municipality', 'GM0363')} />);
    expect(screen.getByTestId('provider-filter').textContent).toMatch(/Alleen aanbieder Jeugdzorg Amstelland/);
    expect(screen.queryAllByText(/Zorgaanbieder De Brug/)).toHaveLength(0);
    unmount();
    window.history.pushState(null, '', '/uitkomsten/gemeente/GM0363?aanbieder=99999999');
    render(<MunicipalityOutcomesRoute code="GM0363" session={session('municipality', 'GM0363')} />);
    expect(screen.getByTestId('provider-filter').textContent).toMatch(/staat niet apart in dit rapport/);
    window.history.pushState(null, '', '/');
  });

  it('shows the server’s message on 403, not an empty page', () => {
    api.municipality = {
      status: 'error',
      error: new ApiError(403, 'forbidden', 'De uitkomsten van alle aanbieders samen ziet alleen de gemeente zelf; een aanbieder ziet zijn eigen uitkomsten'),
    };
    render(<MunicipalityOutcomesRoute code="GM0363" session={session('provider')} />);
    const box = screen.getByTestId('outcomes-forbidden');
    expect(within(box).getByRole('alert').textContent).toBe(
      'Geen toegang. De uitkomsten van alle aanbieders samen ziet alleen de gemeente zelf; een aanbieder ziet zijn eigen uitkomsten.',
    );
    expect(within(box).getByRole('link', { name: 'onze uitkomsten' })).toBeTruthy();
    expect(screen.queryByText(/Kan de gegevens niet ophalen/)).toBeNull();
    expect(screen.queryByTestId('funnel-explanation')).toBeNull();
    expect(screen.queryByText(/Cijfers zijn een begin van het gesprek/)).toBeNull();
    expect(screen.queryByLabelText('Gemeente')).toBeNull();
  });

  it('tells a provider without a code that these figures are for the municipality', () => {
    render(<MunicipalityOutcomesRoute code={null} session={session('provider')} />);
    expect(screen.getByTestId('outcomes-access').textContent).toMatch(/alleen de gemeente zelf, en de beheerders van Kompas/);
    expect(screen.queryByLabelText('Gemeente')).toBeNull();
  });

  it('offers the picker to an administrator', () => {
    render(<MunicipalityOutcomesRoute code={null} session={session('provider', null, true)} />);
    expect(screen.getByLabelText('Gemeente')).toBeTruthy();
    expect(screen.queryByTestId('outcomes-access')).toBeNull();
  });
});
