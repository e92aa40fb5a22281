// The youth profile of one region: per indicator the latest figure with its comparisons.
import { useApi } from '../../../lib/use-api';
import type { Profile } from '../../../types/api';

export function useProfile(code: string | null) {
  return useApi<Profile>(code === null ? null : `/api/regions/${encodeURIComponent(code)}/profile`);
}
