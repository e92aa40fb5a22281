import { describe, expect, test } from 'vitest';
import { canChangeStatus, dueText } from './labels';

describe('improvement action labels', () => {
  test('over tijd is said in words', () => {
    expect(dueText({ due_on: '2026-12-31', overdue: false })).toBe('31 december 2026');
    expect(dueText({ due_on: '2026-01-05', overdue: true })).toBe('5 januari 2026 — over tijd');
  });
  test('the coordinator, the owner and the creating partner may move the status on; a viewer may not', () => {
    const action = { owner_person_id: 'per_owner', created_by_partner_id: 'prt_b' };
    expect(canChangeStatus(action, 'coordinator', 'per_x', new Set())).toBe(true);
    expect(canChangeStatus(action, 'viewer', 'per_owner', new Set())).toBe(true);
    expect(canChangeStatus(action, 'partner', 'per_x', new Set(['prt_b']))).toBe(true);
    expect(canChangeStatus(action, 'partner', 'per_x', new Set(['prt_c']))).toBe(false);
    expect(canChangeStatus(action, 'viewer', 'per_x', new Set(['prt_b']))).toBe(false);
  });
});
