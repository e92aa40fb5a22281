import { describe, expect, it } from 'vitest';
import { auditPath } from './format';

describe('audit format', () => {
  it('builds the audit query from the filters', () => {
    expect(auditPath({ person: 'per_1', object: ' col_2 ', from: '2026-11-01', to: '' }, 100)).toBe(
      '/api/audit?person=per_1&object=col_2&from=2026-10-31T23%3A00%3A00Z&limit=100',
    );
  });
});
