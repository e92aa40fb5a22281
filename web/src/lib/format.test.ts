import { describe, expect, it } from 'vitest';
import type { Observation } from '../types/api';
import { describeChange, formatNumber, formatPeriod, formatValue, statusNote } from './format';

const percent = { unit: '%', decimals: 1 };
const count = { unit: 'aantal', decimals: 0 };

function obs(period: string, value: number | null, status: Observation['status'] = 'known'): Observation {
  return { indicator: 'X', region: 'GM0034', period, value, numerator: null, denominator: null, status };
}

describe('Dutch number formatting', () => {
  it('uses a decimal comma and the indicator decimals', () => {
    expect(formatValue(11.7, percent)).toBe('11,7 %');
    expect(formatValue(9, percent)).toBe('9,0 %');
    expect(formatNumber(0.25, 2)).toBe('0,25');
  });
  it('uses a dot for thousands and no unit for counts', () => {
    expect(formatValue(7400, count)).toBe('7.400');
    expect(formatValue(5805, count)).toBe('5.805');
    expect(formatValue(17942942, count)).toBe('17.942.942');
  });
  it('writes other units after the figure', () => {
    expect(formatValue(12.5, { unit: 'jaar', decimals: 1 })).toBe('12,5 jaar');
  });
});

describe('unknown values', () => {
  it('say "onbekend", never 0', () => {
    expect(formatValue(null, percent)).toBe('onbekend');
    expect(formatValue(undefined, count)).toBe('onbekend');
    expect(formatValue(Number.NaN, count)).toBe('onbekend');
  });
  it('keep a real zero as zero', () => {
    expect(formatValue(0, percent)).toBe('0,0 %');
  });
  it('name provisional and confidential figures', () => {
    expect(statusNote('provisional')).toBe('voorlopig');
    expect(statusNote('confidential')).toMatch(/afgeschermd/);
    expect(statusNote('known')).toBeNull();
    expect(statusNote('unknown')).toBeNull();
  });
});

describe('CBS periods in words', () => {
  it('formats years, quarters and months', () => {
    expect(formatPeriod('2024JJ00')).toBe('2024');
    expect(formatPeriod('2024KW01')).toBe('2024 kwartaal 1');
    expect(formatPeriod('2024MM01')).toBe('januari 2024');
    expect(formatPeriod('2023MM12')).toBe('december 2023');
  });
  it('leaves codes it does not know as they are', () => {
    expect(formatPeriod('2024X000')).toBe('2024X000');
    expect(formatPeriod('2024KW05')).toBe('2024KW05');
  });
});

describe('change since the previous period', () => {
  it('says a rise in words, with sign and arrow, in percentage points for %', () => {
    const c = describeChange(11.7 - 11.3, obs('2023JJ00', 11.3), percent);
    expect(c).toEqual({ kind: 'up', arrow: '↑', text: 'Gestegen met +0,4 procentpunt ten opzichte van 2023' });
  });
  it('says a fall in words', () => {
    const c = describeChange(-365, obs('2023JJ00', 7765), count);
    expect(c.kind).toBe('down');
    expect(c.arrow).toBe('↓');
    expect(c.text).toBe('Gedaald met −365 ten opzichte van 2023');
  });
  it('treats a change below the shown precision as unchanged', () => {
    const c = describeChange(0.02, obs('2024KW01', 10), percent);
    expect(c.kind).toBe('same');
    expect(c.text).toMatch(/^Gelijk gebleven ten opzichte van 2024 kwartaal 1/);
  });
  it('says when the change is unknown or there is nothing to compare with', () => {
    expect(describeChange(null, obs('2023JJ00', null, 'unknown'), percent)).toMatchObject({ kind: 'unknown', text: 'Verandering ten opzichte van 2023 onbekend' });
    expect(describeChange(null, null, percent).kind).toBe('none');
  });
});
