import { describe, expect, it } from 'vitest';
import { NEW_FIELDS, fieldIdForServer, parseRegionCodes, validateNewCollaboration } from './validation';

const valid = { name: 'Samen sterk', theme: 'Veilig opgroeien', regions: 'GM0034', periodStart: '2026-01-01', periodEnd: '', description: '' };

describe('parseRegionCodes', () => {
  it('splits on commas, semicolons and spaces, upper-cases and removes doubles', () => {
    expect(parseRegionCodes(' gm0034, WK003401;GM0034  gm0995 ')).toEqual(['GM0034', 'WK003401', 'GM0995']);
    expect(parseRegionCodes(' , ')).toEqual([]);
  });
});

describe('validateNewCollaboration', () => {
  it('accepts a complete form', () => {
    expect(validateNewCollaboration(valid)).toEqual([]);
  });
  it('names every missing required field, linked to its input', () => {
    const errors = validateNewCollaboration({ name: ' ', theme: '', regions: '', periodStart: '', periodEnd: '', description: '' });
    expect(errors.map((e) => e.field)).toEqual([NEW_FIELDS.name, NEW_FIELDS.theme, NEW_FIELDS.regions, NEW_FIELDS.start]);
  });
  it('rejects codes that are not GM or WK codes', () => {
    const [error] = validateNewCollaboration({ ...valid, regions: 'GM0034, BU00340101, Almere' });
    expect(error.field).toBe(NEW_FIELDS.regions);
    expect(error.message).toContain('BU00340101, ALMERE');
  });
  it('wants the end after the start', () => {
    expect(validateNewCollaboration({ ...valid, periodEnd: '2025-12-31' })).toEqual([
      { field: NEW_FIELDS.end, message: 'De einddatum moet na de begindatum liggen' },
    ]);
  });
  it('maps server fields to inputs', () => {
    expect(fieldIdForServer('period_start')).toBe(NEW_FIELDS.start);
    expect(fieldIdForServer('unknown')).toBeNull();
  });
});
