import { describe, expect, it } from 'vitest';
import { describeChange, historyValue } from './history';

describe('history in words', () => {
  it('names the field and shows old and new', () => {
    expect(describeChange({ field: 'target.value', old: '10', new: '9.5' })).toBe('Streefwaarde: 10 → 9,5');
    expect(describeChange({ field: 'target.year', old: '2028', new: '2029' })).toBe('Streefjaar: 2028 → 2029');
    expect(describeChange({ field: 'baseline.period', old: '2022JJ00', new: '2023KW01' })).toBe('Periode van de nulmeting: 2022 → 2023KW01');
  });

  it('shows partner names for agreed_by and marks an empty value', () => {
    expect(describeChange({ field: 'agreed_by', old: '', new: 'prt_a, prt_b' }, { prt_a: 'Gemeente', prt_b: 'GGD' })).toBe(
      'Afgesproken door: (leeg) → Gemeente, GGD',
    );
    expect(historyValue('agreed_by', 'prt_x')).toBe('prt_x');
  });

  it('keeps an unknown field and text as they are', () => {
    expect(describeChange({ field: 'iets', old: 'a.b', new: 'c' })).toBe('iets: a.b → c');
    expect(historyValue('title', '9.5')).toBe('9.5');
  });
});
