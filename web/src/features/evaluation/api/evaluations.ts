// Evaluation rounds of a collaboration and the responses to them.
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type { EvaluationResponse, EvaluationResult, EvaluationRound } from '../../../types/api';

const base = (collaborationId: string) => `/api/collaborations/${encodeURIComponent(collaborationId)}/evaluations`;

export const evaluationsPath = (collaborationId: string) => `/samenwerkingen/${encodeURIComponent(collaborationId)}/evaluaties`;
export const roundPath = (collaborationId: string, roundId: string) => `${evaluationsPath(collaborationId)}/${encodeURIComponent(roundId)}`;

export const useRounds = (collaborationId: string) => useFresh<EvaluationRound[]>(base(collaborationId));
export const useRoundResult = (collaborationId: string, roundId: string) =>
  useFresh<EvaluationResult>(`${base(collaborationId)}/${encodeURIComponent(roundId)}`);

export const openRound = (collaborationId: string, title: string) => apiSend<EvaluationRound>('POST', base(collaborationId), { title });

export const submitResponse = (collaborationId: string, roundId: string, response: EvaluationResponse) =>
  apiSend<EvaluationResult>('PUT', `${base(collaborationId)}/${encodeURIComponent(roundId)}/response`, response);

export const closeRound = (collaborationId: string, roundId: string) =>
  apiSend<EvaluationResult>('POST', `${base(collaborationId)}/${encodeURIComponent(roundId)}/close`, {});
