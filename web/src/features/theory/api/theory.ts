// The theory of change of one collaboration (tag theory of docs/api/openapi.yaml, block 3A).
import { apiSend } from '../../../lib/api';
import { useApi, useFresh } from '../../../lib/use-api';
import type {
  Assumption,
  AssumptionCreate,
  Indicator,
  IntermediateOutcome,
  IntermediateOutcomeCreate,
  TheoryOfChange,
} from '../../../types/api';

const col = (id: string) => `/api/collaborations/${encodeURIComponent(id)}`;

export const theoryPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/veranderverhaal`;

export const useTheory = (id: string) => useFresh<TheoryOfChange>(`${col(id)}/theory`);
/** Open data: cached. */
export const useIndicatorList = () => useApi<Indicator[]>('/api/indicators');

export const createIntermediateOutcome = (id: string, body: IntermediateOutcomeCreate) =>
  apiSend<IntermediateOutcome>('POST', `${col(id)}/intermediate-outcomes`, body);
export const createAssumption = (id: string, body: AssumptionCreate) => apiSend<Assumption>('POST', `${col(id)}/assumptions`, body);
export const updateAssumption = (id: string, assumptionId: string, body: AssumptionCreate) =>
  apiSend<Assumption>('PUT', `${col(id)}/assumptions/${encodeURIComponent(assumptionId)}`, body);
export const deleteAssumption = (id: string, assumptionId: string) =>
  apiSend<void>('DELETE', `${col(id)}/assumptions/${encodeURIComponent(assumptionId)}`);
