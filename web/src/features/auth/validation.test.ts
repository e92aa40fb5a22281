import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api';
import { safeReturnPath } from '../../lib/router';
import { formatWait, signInErrorText, validateSignIn } from './validation';

describe('sign-in', () => {
  it('checks the fields before sending', () => {
    expect(validateSignIn('', '')).toHaveLength(2);
    expect(validateSignIn('geen-adres', 'x')[0].message).toMatch(/naam@organisatie\.nl/);
    expect(validateSignIn('demo@kompas.local', 'geheim')).toEqual([]);
  });
  it('shows the generic server text for 401 and the wait for 429', () => {
    expect(signInErrorText(new ApiError(401, 'unauthenticated', 'E-mailadres of wachtwoord klopt niet'))).toBe(
      'E-mailadres of wachtwoord klopt niet.',
    );
    expect(signInErrorText(new ApiError(429, 'rate_limited', 'te veel', undefined, 90))).toBe(
      'Er is te vaak geprobeerd in te loggen. Probeer het over 2 minuten opnieuw.',
    );
    expect(signInErrorText(new ApiError(429, 'rate_limited', 'te veel'))).toMatch(/later opnieuw/);
  });
  it('says waits in words', () => {
    expect(formatWait(1)).toBe('1 seconde');
    expect(formatWait(45)).toBe('45 seconden');
    expect(formatWait(60)).toBe('1 minuut');
    expect(formatWait(900)).toBe('15 minuten');
  });
  it('only returns to paths on this site', () => {
    expect(safeReturnPath('/samenwerkingen/col_1')).toBe('/samenwerkingen/col_1');
    expect(safeReturnPath('//evil.example')).toBe('/samenwerkingen');
    expect(safeReturnPath('https://evil.example')).toBe('/samenwerkingen');
    expect(safeReturnPath(null)).toBe('/samenwerkingen');
    expect(safeReturnPath('/inloggen?terug=/x')).toBe('/samenwerkingen');
  });
});
