import { describe, expect, it } from 'vitest';
import type { Session } from '../types/api';
import { canCloseRound, canEditAgreements, canManagePartners, canOpenRound, canRespond, isPlatformAdmin } from './permissions';

describe('collaboration permissions', () => {
  it('lets only coordinators change agreements, partners and rounds', () => {
    for (const check of [canEditAgreements, canManagePartners, canOpenRound, canCloseRound]) {
      expect(check('coordinator')).toBe(true);
      expect(check('partner')).toBe(false);
      expect(check('viewer')).toBe(false);
      expect(check(null)).toBe(false);
    }
  });
  it('lets coordinators and partners answer, not viewers', () => {
    expect(canRespond('coordinator')).toBe(true);
    expect(canRespond('partner')).toBe(true);
    expect(canRespond('viewer')).toBe(false);
    expect(canRespond(undefined)).toBe(false);
  });
  it('knows platform admins', () => {
    const session = (admin: boolean) =>
      ({ person: { id: 'per_1', email: 'a@b.nl', name: 'A', organisation_id: 'org_1', platform_admin: admin } }) as Session;
    expect(isPlatformAdmin(session(true))).toBe(true);
    expect(isPlatformAdmin(session(false))).toBe(false);
    expect(isPlatformAdmin(null)).toBe(false);
  });
});
