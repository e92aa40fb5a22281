// Observations of one indicator for a set of regions (a time series or a comparison of districts).
import { query } from '../../../lib/api';
import { useApi } from '../../../lib/use-api';
import type { Observation } from '../../../types/api';

export function useObservations(regions: string[] | null, indicator: string) {
  const path = regions === null || regions.length === 0 ? null : `/api/observations${query({ region: regions, indicator })}`;
  return useApi<Observation[]>(path);
}
