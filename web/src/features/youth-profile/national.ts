// Missing national figures (issue 15): when not one entry of a profile has a national value, the
// profile says so once at the top and the cards leave out the row "Nederland: niet bekend".
import type { ProfileEntry } from '../../types/api';

export function hasNationalFigures(entries: Pick<ProfileEntry, 'country'>[]): boolean {
  return entries.some((e) => e.country !== null && e.country.value !== null);
}
