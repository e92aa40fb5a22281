import { describe, expect, it } from 'vitest';
import { accountUpdate, passwordLinkUrl } from './admin';

describe('passwordLinkUrl', () => {
  it('puts the token in the fragment, so that it never reaches a server log', () => {
    const url = passwordLinkUrl('ab'.repeat(32), 'https://kompas.example.nl');
    expect(url).toBe(`https://kompas.example.nl/wachtwoord-instellen#${'ab'.repeat(32)}`);
    expect(new URL(url).pathname).toBe('/wachtwoord-instellen');
    expect(new URL(url).search).toBe('');
  });
});

describe('accountUpdate', () => {
  const person = { id: 'per_1', email: 'a@b.nl', name: 'An', organisation_id: 'org_1', platform_admin: false, active: true };
  it('keeps what is not changed and sends exactly the four fields', () => {
    expect(accountUpdate(person, { active: false })).toEqual({ name: 'An', organisation_id: 'org_1', platform_admin: false, active: false });
    expect(accountUpdate(person, { organisation_id: 'org_2', platform_admin: true })).toEqual({
      name: 'An',
      organisation_id: 'org_2',
      platform_admin: true,
      active: true,
    });
  });
});
