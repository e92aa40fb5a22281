import { describe, expect, it } from 'vitest';
import type { Progress } from '../../types/api';
import { parseDecimal, pathTable, periodLabel, sparklineText, statusClasses, statusLabel, statusTone, suggestTitle } from './progress';
import { toPeriodCode } from './components/result-form';

const percent = { unit: '%', decimals: 1, title: 'Jongeren met jeugdzorg' };

describe('status', () => {
  it('has a Dutch label for each of the four statuses', () => {
    expect(statusLabel('on_course')).toBe('op koers');
    expect(statusLabel('behind')).toBe('achter');
    expect(statusLabel('target_reached')).toBe('doel bereikt');
    expect(statusLabel('cannot_say')).toBe('kan (nog) niet zeggen');
    expect(statusLabel('something_new')).toBe('kan (nog) niet zeggen');
  });

  it('keeps "cannot say" neutral: no success or danger look', () => {
    expect(statusTone('cannot_say')).toBe('neutral');
    expect(statusClasses('cannot_say')).toBe('kompas-status kompas-status--neutral');
    expect(statusClasses('cannot_say')).not.toMatch(/success|danger|positive|attention|error|warning/);
    expect(statusTone('behind')).not.toBe('neutral');
    expect(statusTone('on_course')).toBe(statusTone('target_reached'));
  });
});

describe('periods', () => {
  it('says a period in words', () => {
    expect(periodLabel('2024JJ00')).toBe('2024');
    expect(periodLabel('2024KW02')).toBe('2024 kwartaal 2');
    expect(toPeriodCode('2022')).toBe('2022JJ00');
    expect(toPeriodCode('2022kw01')).toBe('2022KW01');
    expect(toPeriodCode('twintig')).toBeNull();
  });
});

describe('pathTable', () => {
  const progress: Pick<Progress, 'series' | 'path' | 'result'> = {
    series: [2022, 2023, 2024].map((y, i) => ({
      period: `${y}JJ00`,
      year: y + 0.5,
      value: [10.8, 11.4, 11.7][i],
      numerator: null,
      denominator: null,
      status: 'known' as const,
      interval: y === 2024 ? { lower: 11.2, upper: 12.2 } : null,
    })),
    path: [2022, 2023, 2024, 2025, 2026, 2027, 2028].map((year, i) => ({ year, value: Math.round((10.8 - (0.8 * i) / 6) * 1e4) / 1e4 })),
    result: {
      id: 'res_1', collaboration_id: 'col_1', ambition_id: 'amb_1', title: 't', indicator: 'X', regions: ['GM0034'],
      baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10, year: 2028 }, agreed_by: [], agreed_on: '2025-01-01',
    },
  };

  it('has one row per year from baseline to target, with measured and path values side by side', () => {
    const rows = pathTable(progress);
    expect(rows.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(rows[0]).toMatchObject({ label: '2022', value: 10.8, path: 10.8, marker: 'baseline' });
    expect(rows[2]).toMatchObject({ value: 11.7, interval: { lower: 11.2, upper: 12.2 } });
    expect(rows[2].path).toBeCloseTo(10.5333, 3);
    expect(rows[3]).toMatchObject({ label: '2025', value: null, point: null });
    expect(rows[6]).toMatchObject({ path: 10, marker: 'target' });
  });

  it('adds earlier measurements before the baseline without a path value', () => {
    const early = { ...progress, series: [{ ...progress.series[0], period: '2018JJ00', year: 2018.5, value: 9.6 }, ...progress.series] };
    const rows = pathTable(early);
    expect(rows[0]).toMatchObject({ year: 2018, value: 9.6, path: null, marker: null });
  });
});

describe('small helpers', () => {
  it('reads Dutch decimals', () => {
    expect(parseDecimal('10,8')).toBe(10.8);
    expect(parseDecimal(' 10.0 ')).toBe(10);
    expect(parseDecimal('tien')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('suggests a title sentence', () => {
    expect(suggestTitle(percent, '10', '2028')).toBe('In 2028 heeft 10 % van de jongeren … (jongeren met jeugdzorg)');
    expect(suggestTitle(null, '', '')).toContain('{jaar}');
  });

  it('describes a sparkline in words, skipping unknown values', () => {
    expect(sparklineText([9.6, null, 11.7, null], percent, 2018)).toBe('Van 9,6 % in 2018 naar 11,7 % in 2020 (2 metingen).');
    expect(sparklineText([null], percent, null)).toBe('Nog geen cijfers.');
  });
});
