import { describe, expect, test } from 'vitest';
import { wholeNumber } from './components/activity-form';
import { budgetText, count, euros } from './labels';

describe('activity figures', () => {
  test('whole numbers: empty is unknown, Dutch thousands dots are allowed, anything else is refused', () => {
    expect(wholeNumber('')).toBeNull();
    expect(wholeNumber(' 12.000 ')).toBe(12000);
    expect(wholeNumber('40')).toBe(40);
    expect(wholeNumber('1,5')).toBeUndefined();
    expect(wholeNumber('-3')).toBeUndefined();
    expect(wholeNumber('veel')).toBeUndefined();
  });
  test('unknown figures say so instead of showing 0', () => {
    expect(euros(null)).toBe('onbekend');
    expect(count(undefined)).toBe('onbekend');
    expect(euros(12000)).toBe('€ 12.000');
    expect(budgetText({ activities: 2, budget_planned: 12000, budget_spent: null, reach_planned: null, reach_actual: null, incomplete: true })).toBe(
      '€ 12.000 gepland, onbekend besteed',
    );
  });
});
