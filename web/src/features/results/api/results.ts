// Ambitions, societal results, signals and progress of one collaboration (tag results of docs/api/openapi.yaml).
import { apiSend } from '../../../lib/api';
import { useApi, useFresh } from '../../../lib/use-api';
import type {
  Ambition,
  AmbitionCreate,
  AmbitionDetail,
  AmbitionUpdate,
  DashboardRow,
  HistoryEntry,
  Indicator,
  Observation,
  Progress,
  Signal,
  SignalCreate,
  SocietalResult,
  SocietalResultCreate,
  SocietalResultUpdate,
} from '../../../types/api';

const col = (id: string) => `/api/collaborations/${encodeURIComponent(id)}`;

export const ambitionsPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/ambities`;
export const ambitionPath = (id: string, ambitionId: string) => `${ambitionsPath(id)}/${encodeURIComponent(ambitionId)}`;
export const resultsPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/resultaten`;
export const resultPath = (id: string, resultId: string) => `${resultsPath(id)}/${encodeURIComponent(resultId)}`;
export const signalsPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/signalen`;

export const useAmbitions = (id: string) => useFresh<Ambition[]>(`${col(id)}/ambitions`);
export const useAmbition = (id: string, ambitionId: string) => useFresh<AmbitionDetail>(`${col(id)}/ambitions/${encodeURIComponent(ambitionId)}`);
export const useDashboard = (id: string) => useFresh<DashboardRow[]>(`${col(id)}/results`);
export const useProgress = (id: string, resultId: string, region: string | null) =>
  useFresh<Progress>(`${col(id)}/results/${encodeURIComponent(resultId)}${region ? `?region=${encodeURIComponent(region)}` : ''}`);
export const useSignals = (id: string, enabled = true) => useFresh<Signal[]>(enabled ? `${col(id)}/signals` : null);
/** Open data: cached. */
export const useIndicators = () => useApi<Indicator[]>('/api/indicators');
export const useObservations = (indicator: string | null, region: string | null) =>
  useApi<Observation[]>(indicator && region ? `/api/observations?region=${encodeURIComponent(region)}&indicator=${encodeURIComponent(indicator)}` : null);

export type NewAmbition = AmbitionCreate;
export const createAmbition = (id: string, body: NewAmbition) => apiSend<Ambition>('POST', `${col(id)}/ambitions`, body);

export type NewResult = SocietalResultCreate;
export const createResult = (id: string, ambitionId: string, body: NewResult) =>
  apiSend<SocietalResult>('POST', `${col(id)}/ambitions/${encodeURIComponent(ambitionId)}/results`, body);

export type NewSignal = SignalCreate;
export const createSignal = (id: string, body: NewSignal) => apiSend<Signal>('POST', `${col(id)}/signals`, body);

// Issue 12: editing with a reason, and the history of results and ambitions.
export const useResultHistory = (id: string, resultId: string) =>
  useFresh<HistoryEntry[]>(`${col(id)}/results/${encodeURIComponent(resultId)}/history`);
export const useAmbitionHistory = (id: string, ambitionId: string) =>
  useFresh<HistoryEntry[]>(`${col(id)}/ambitions/${encodeURIComponent(ambitionId)}/history`);
export const updateResult = (id: string, resultId: string, body: SocietalResultUpdate) =>
  apiSend<SocietalResult>('PUT', `${col(id)}/results/${encodeURIComponent(resultId)}`, body);
export const updateAmbition = (id: string, ambitionId: string, body: AmbitionUpdate) =>
  apiSend<Ambition>('PUT', `${col(id)}/ambitions/${encodeURIComponent(ambitionId)}`, body);
