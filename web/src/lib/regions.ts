// Regions (open data, cached): lists of regions and one region with its ancestors and children.
// Shared: the youth profile's picker and the outcome pages' municipality choice both use them.
import { query } from './api';
import { useApi } from './use-api';
import type { Region, RegionDetail, RegionLevel } from '../types/api';

export function useRegions(params: { parent?: string; level?: RegionLevel } | null) {
  return useApi<Region[]>(params === null ? null : `/api/regions${query(params)}`);
}

export function useRegion(code: string | null) {
  return useApi<RegionDetail>(code === null ? null : `/api/regions/${encodeURIComponent(code)}`);
}
