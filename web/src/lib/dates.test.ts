import { describe, expect, it } from 'vitest';
import { amsterdamToUtc, formatDate, formatDateTime, formatPeriod } from './dates';

describe('dates', () => {
  it('formats calendar dates and periods in Dutch', () => {
    expect(formatDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatPeriod('2026-01-01', null)).toBe('vanaf 1 januari 2026');
    expect(formatPeriod('2026-01-01', '2029-12-31')).toBe('1 januari 2026 tot en met 31 december 2029');
  });
  it('shows UTC timestamps in Amsterdam time, summer and winter', () => {
    expect(formatDateTime('2026-07-01T10:15:00Z')).toMatch(/01-07-2026,? 12:15:00/);
    expect(formatDateTime('2026-11-24T10:15:00Z')).toMatch(/24-11-2026,? 11:15:00/);
  });
  it('turns an Amsterdam day boundary into UTC', () => {
    expect(amsterdamToUtc('2026-07-01')).toBe('2026-06-30T22:00:00Z');
    expect(amsterdamToUtc('2026-11-24', '23:59:59')).toBe('2026-11-24T22:59:59Z');
  });
});
