// Improvement actions of one collaboration, the people who may own one, and the caller's own
// actions (tag actions of docs/api/openapi.yaml).
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type { ActionOwnerCandidate, ActionStatusInput, ImprovementAction, NewImprovementAction } from '../../../types/api';

const col = (id: string) => `/api/collaborations/${encodeURIComponent(id)}`;

export const actionsPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/verbeteracties`;
export const myActionsPath = '/mijn-acties';

export const useActions = (id: string) => useFresh<ImprovementAction[]>(`${col(id)}/actions`);
export const useActionOwners = (id: string) => useFresh<ActionOwnerCandidate[]>(`${col(id)}/action-owners`);
export const useMyActions = () => useFresh<ImprovementAction[]>('/api/actions/mine');

export const createAction = (id: string, body: NewImprovementAction) => apiSend<ImprovementAction>('POST', `${col(id)}/actions`, body);
export const changeActionStatus = (id: string, actionId: string, body: ActionStatusInput) =>
  apiSend<ImprovementAction>('POST', `${col(id)}/actions/${encodeURIComponent(actionId)}/status`, body);
export const deleteAction = (id: string, actionId: string) => apiSend<null>('DELETE', `${col(id)}/actions/${encodeURIComponent(actionId)}`);
