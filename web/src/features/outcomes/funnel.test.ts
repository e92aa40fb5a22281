import { describe, expect, it } from 'vitest';
import { byProviderCode, funnelSummary, niceCeiling, prepareFunnel } from './funnel';
import { defaultYear, groupByHelpForm, latestEndedPeriod, providersIn, yearsOf } from './rows';
import { funnel, provider, row, share } from './test-fixtures';

describe('funnel data', () => {
  it('keeps the points in provider-code order, never by share', () => {
    const prepared = prepareFunnel(funnel);
    expect(prepared.points.map((p) => p.provider)).toEqual(['41410123', '43430789', '65656055']);
    // The shares are then not sorted either way.
    const shares = prepared.points.map((p) => p.share);
    expect(shares).not.toEqual([...shares].sort((a, b) => a - b));
    expect(shares).not.toEqual([...shares].sort((a, b) => b - a));
    // The input is not reordered in place.
    expect(funnel.points[0].provider).toBe('65656055');
  });

  it('gives positions in words, the own point, labels and intervals', () => {
    const [amstelland, noord, brug] = prepareFunnel(funnel).points;
    expect(amstelland.positionText).toBe('boven 95 %-grens');
    expect(amstelland.outside).toBe(true);
    expect(noord.label).toBe('Aanbieder 43430789');
    expect(noord.positionText).toBe('onder 95 %-grens');
    expect(brug.own).toBe(true);
    expect(brug.label).toBe('Zorgaanbieder De Brug (65656055)');
    expect(brug.percent).toBeCloseTo(64.71, 2);
    // The server's interval, passed on unchanged.
    expect(brug.interval).toEqual(funnel.points.find((p) => p.provider === '65656055')!.interval);
  });

  it('turns the limits into [n, %] lines ordered by n, kept within 0–100 %', () => {
    const prepared = prepareFunnel(funnel);
    expect(prepared.upper95.map(([n]) => n)).toEqual([10, 20, 140]);
    expect(prepared.upper998[0]).toEqual([10, 100]);
    expect(prepared.lower95[2]).toEqual([140, 62.4]);
    expect(prepared.centre).toEqual([
      [10, 70],
      [140, 70],
    ]);
    expect(prepared.hidden).toBe(3);
    expect(prepared.maxN).toBe(150);
    expect(prepared.yMin).toBe(20);
    expect(prepared.yMax).toBe(100);
  });

  it('summarises the plot for screen readers without ranking', () => {
    const text = funnelSummary(funnel, prepareFunnel(funnel), 'inwoners van Amsterdam');
    expect(text).toContain('3 aanbieders');
    expect(text).toContain('2 buiten de 95 %-grenzen');
    expect(text).toContain('Uw organisatie: 65 % van 34 trajecten, binnen de grenzen');
  });

  it('draws no centre line and names no average when the server has no rate', () => {
    const empty = { ...funnel, rate: null, points: [] };
    const prepared = prepareFunnel(empty);
    expect(prepared.centre).toEqual([]);
    expect(prepared.ratePercent).toBeNull();
    expect(funnelSummary(empty, prepared, 'Amsterdam')).not.toContain('gemiddelde');
  });
  it('rounds the axis ends', () => {
    expect(niceCeiling(133)).toBe(150);
    expect(niceCeiling(115.5)).toBe(125);
    expect(niceCeiling(3)).toBe(10);
    expect(niceCeiling(0)).toBe(10);
  });
});

describe('arranging rows', () => {
  it('puts "Alle hulpvormen" first and periods in time order', () => {
    const groups = groupByHelpForm([row('11', '2025'), row('all', '2025'), row('02', '2024'), row('all', '2024'), row('02', '2025')]);
    expect(groups.map((g) => g.helpForm)).toEqual(['all', '02', '11']);
    expect(groups[0].rows.map((r) => r.period)).toEqual(['2024', '2025']);
  });

  it('lists providers of a period by code only', () => {
    const list = providersIn(
      [
        provider('65656055', 'De Brug', '2025', { planned: share(10, 100) }),
        provider('41410123', 'Amstelland', '2025', { planned: share(90, 100) }),
        provider('43430789', null, '2024'),
        provider('43430789', null, '2025', { planned: share(50, 100) }),
      ],
      '2025',
    );
    expect(list.map((p) => p.provider)).toEqual(['41410123', '43430789', '65656055']);
    expect(byProviderCode([{ provider: 'b' }, { provider: 'a' }]).map((p) => p.provider)).toEqual(['a', 'b']);
  });

  it('offers the years of the rows and picks the newest finished one', () => {
    const years = yearsOf([row('all', '2024-H1'), row('all', '2024-H2'), row('all', '2025-H1'), row('all', '2026-H1')]);
    expect(years).toEqual([2024, 2025, 2026]);
    expect(defaultYear(years, '2026-11-24')).toBe(2025);
    expect(defaultYear([2026], '2026-11-24')).toBe(2026);
    expect(defaultYear([], '2026-11-24')).toBeNull();
    expect(latestEndedPeriod(['2025-H2', '2026-H1', '2026-H2'], '2026-11-24')).toBe('2026-H1');
    expect(latestEndedPeriod(['2025', '2026'], '2026-11-24')).toBe('2025');
    expect(latestEndedPeriod(['2026'], '2026-11-24')).toBe('2026');
  });
});
