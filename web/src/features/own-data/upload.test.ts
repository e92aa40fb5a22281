import { describe, expect, it } from 'vitest';
import { checkOwnDataFile, ownDataSuccessText } from './upload';

describe('own data uploads', () => {
  it('checks the file against the chosen kind before reading it', () => {
    expect(checkOwnDataFile('kwb-csv', null)).toBe('Kies een bestand');
    expect(checkOwnDataFile('odata-zip', { name: 'sets.csv', size: 10 })).toBe('Kies een bestand dat eindigt op .zip');
    expect(checkOwnDataFile('long-csv', { name: 'Eigen.CSV', size: 0 })).toBe('Het gekozen bestand is leeg');
    expect(checkOwnDataFile('long-csv', { name: 'eigen.csv', size: 33 * 1024 * 1024 })).toMatch(/groter dan 32 MB/);
    expect(checkOwnDataFile('odata-zip', { name: 'sets.zip', size: 10 })).toBeNull();
  });

  it('says what was read, or that nothing changed', () => {
    const base = { format: 'long-csv' as const, regions: 1, indicators: 1 };
    expect(ownDataSuccessText('a.csv', { ...base, already_imported: false, observations: 1 })).toBe('1 cijfer ingelezen uit a.csv.');
    expect(ownDataSuccessText('a.csv', { ...base, already_imported: false, observations: 1234 })).toBe('1.234 cijfers ingelezen uit a.csv.');
    expect(ownDataSuccessText('a.csv', { ...base, already_imported: true, observations: 0 })).toBe('a.csv is al eerder ingelezen; er is niets veranderd.');
  });
});
