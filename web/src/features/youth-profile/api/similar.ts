// Issue 15: the group of similar municipalities of a municipality, and the signals of the
// caller's collaborations about an area (signed in only).
import { query } from '../../../lib/api';
import { useApi } from '../../../lib/use-api';
import type { AreaSignal, SimilarComparison } from '../../../types/api';

export type GroupMode = 'both' | 'urbanisation' | 'size' | 'picked';

export function useSimilar(code: string | null, mode: GroupMode, picked: string[]) {
  const params = mode === 'picked' ? { group: mode, members: picked } : { group: mode };
  return useApi<SimilarComparison>(code === null ? null : `/api/regions/${encodeURIComponent(code)}/similar${query(params)}`);
}

export function useAreaSignals(code: string | null) {
  return useApi<AreaSignal[]>(code === null ? null : `/api/regions/${encodeURIComponent(code)}/signals`);
}
