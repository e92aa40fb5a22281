import { describe, expect, it } from 'vitest';
import type { Observation } from '../../types/api';
import { alignSeries, latestPeriodWithData, periodsOf } from './series';

const o = (region: string, period: string, value: number | null): Observation => ({
  indicator: 'PercentageJongerenMetJeugdzorg', region, period, value, numerator: null, denominator: null,
  status: value === null ? 'unknown' : 'known',
});

const data = [o('GM0034', '2023JJ00', 11.3), o('GM0034', '2024JJ00', 11.7), o('GM0034', '2025JJ00', null), o('WK003401', '2022JJ00', 12.0)];

describe('series', () => {
  it('lists periods in order', () => {
    expect(periodsOf(data)).toEqual(['2022JJ00', '2023JJ00', '2024JJ00', '2025JJ00']);
  });
  it('keeps gaps as null, never 0', () => {
    const periods = periodsOf(data);
    expect(alignSeries(data, 'GM0034', periods).map((x) => x?.value ?? null)).toEqual([null, 11.3, 11.7, null]);
    expect(alignSeries(data, 'WK003401', periods).map((x) => x?.value ?? null)).toEqual([12.0, null, null, null]);
  });
  it('finds the newest period that has a value', () => {
    expect(latestPeriodWithData(data)).toBe('2024JJ00');
    expect(latestPeriodWithData([o('GM0034', '2025JJ00', null)])).toBeNull();
  });
});
