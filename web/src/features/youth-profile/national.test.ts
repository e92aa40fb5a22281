import { describe, expect, it } from 'vitest';
import { hasNationalFigures } from './national';

const obs = (value: number | null) => ({ indicator: 'x', region: 'NL01', period: '2024JJ00', value, numerator: null, denominator: null, status: value === null ? ('unknown' as const) : ('known' as const) });

describe('hasNationalFigures', () => {
  it('is false when no entry has a known national value', () => {
    expect(hasNationalFigures([])).toBe(false);
    expect(hasNationalFigures([{ country: null }, { country: obs(null) }])).toBe(false);
  });
  it('is true as soon as one entry has one', () => {
    expect(hasNationalFigures([{ country: null }, { country: obs(10.6) }])).toBe(true);
  });
});
