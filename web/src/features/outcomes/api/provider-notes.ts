// What a provider does with its outcome figures: its aanspreekpunt and own improvement actions
// (/api/organisations/{org_id}/outcome-*), and the municipality's view of them
// (/api/outcomes/municipality/{code}/provider-notes).
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type { MunicipalityProviderNotes, OutcomeContactInput, ProviderActionInput, ProviderNotes } from '../../../types/api';

const base = (orgId: string) => `/api/organisations/${encodeURIComponent(orgId)}`;

export const useProviderNotes = (orgId: string) => useFresh<ProviderNotes>(`${base(orgId)}/outcome-notes`);
export const useMunicipalityProviderNotes = (code: string) =>
  useFresh<MunicipalityProviderNotes>(`/api/outcomes/municipality/${encodeURIComponent(code)}/provider-notes`);

export const putOutcomeContact = (orgId: string, input: OutcomeContactInput) =>
  apiSend<ProviderNotes>('PUT', `${base(orgId)}/outcome-contact`, input);
export const addProviderAction = (orgId: string, input: ProviderActionInput) =>
  apiSend<ProviderNotes>('POST', `${base(orgId)}/outcome-actions`, input);
export const changeProviderAction = (orgId: string, actionId: string, input: ProviderActionInput) =>
  apiSend<ProviderNotes>('PUT', `${base(orgId)}/outcome-actions/${encodeURIComponent(actionId)}`, input);
