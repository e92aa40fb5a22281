// Regions: the lists for the picker and one region with its ancestors and children.
import { query } from '../../../lib/api';
import { useApi } from '../../../lib/use-api';
import type { Region, RegionDetail, RegionLevel } from '../../../types/api';

export function useRegions(params: { parent?: string; level?: RegionLevel } | null) {
  return useApi<Region[]>(params === null ? null : `/api/regions${query(params)}`);
}

export function useRegion(code: string | null) {
  return useApi<RegionDetail>(code === null ? null : `/api/regions/${encodeURIComponent(code)}`);
}
