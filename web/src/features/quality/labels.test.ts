import { describe, expect, test } from 'vitest';
import { CONDITIONS, CONDITION_LABELS, dutchDate, evidenceNote, statusTone } from './labels';

describe('block 4 words', () => {
  test('every condition has a label, each its own', () => {
    expect(CONDITIONS).toHaveLength(10);
    expect(new Set(CONDITIONS.map((c) => CONDITION_LABELS[c])).size).toBe(10);
  });

  test('a cell says in words what is wrong with its evidence', () => {
    const cell = { condition: 'reporting_code', status: 'met', confirmed_on: '2024-01-01', evidence_missing: false, out_of_date: true } as const;
    expect(evidenceNote(cell, 12)).toBe('bevestigd langer dan 12 maanden geleden');
    expect(evidenceNote({ ...cell, out_of_date: false }, 12)).toBe('');
    expect(evidenceNote({ ...cell, evidence_missing: true }, 12)).toBe('bewijs ontbreekt; bevestigd langer dan 12 maanden geleden');
  });

  test('unknown is neutral, not met is attention, and dates read the Dutch way', () => {
    expect(statusTone('unknown')).toBe('neutral');
    expect(statusTone('not')).toBe('attention');
    expect(statusTone('partly')).toBe('attention');
    expect(statusTone('met')).toBe('positive');
    expect(dutchDate('2026-11-24')).toBe('24-11-2026');
    expect(dutchDate(null)).toBe('');
  });
});
