// Outcomes of youth care (tag outcomes in docs/api/openapi.yaml): behind the sign-in, so never cached.
import { useFresh } from '../../../lib/use-api';
import type { Funnel, FunnelIndicator, Granularity, MunicipalityOutcomes, ProviderOutcomes } from '../types';

export const PROVIDER_OUTCOMES_PATH = '/uitkomsten/aanbieder';
export const MUNICIPALITY_OUTCOMES_PATH = '/uitkomsten/gemeente';
export const municipalityOutcomesPath = (code: string) => `${MUNICIPALITY_OUTCOMES_PATH}/${encodeURIComponent(code)}`;

export const providerOutcomesApi = (granularity: Granularity) => `/api/outcomes/provider?granularity=${granularity}`;
export const municipalityOutcomesApi = (code: string, granularity: Granularity) =>
  `/api/outcomes/municipality/${encodeURIComponent(code)}?granularity=${granularity}`;
export function funnelApi(indicator: FunnelIndicator, year: number, municipality: string | null): string {
  const base = `/api/outcomes/funnel?indicator=${indicator}&year=${year}`;
  return municipality ? `${base}&municipality=${encodeURIComponent(municipality)}` : base;
}

export const useProviderOutcomes = (granularity: Granularity) => useFresh<ProviderOutcomes>(providerOutcomesApi(granularity));
export const useMunicipalityOutcomes = (code: string, granularity: Granularity) =>
  useFresh<MunicipalityOutcomes>(municipalityOutcomesApi(code, granularity));
export const useFunnel = (indicator: FunnelIndicator, year: number | null, municipality: string | null) =>
  useFresh<Funnel>(year === null ? null : funnelApi(indicator, year, municipality));
