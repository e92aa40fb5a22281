// Collaborations, their agreements and partners; organisations and people to invite.
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type {
  Agreements,
  Collaboration,
  CollaborationCreate,
  CollaborationDetail,
  Organisation,
  Partner,
  PartnerCreate,
  Person,
  Region,
} from '../../../types/api';

export const useCollaborations = () => useFresh<Collaboration[]>('/api/collaborations');
export const useOrganisations = (enabled = true) => useFresh<Organisation[]>(enabled ? '/api/organisations' : null);
export const usePeople = (enabled = true) => useFresh<Person[]>(enabled ? '/api/people' : null);
export const useMunicipalities = () => useFresh<Region[]>('/api/regions?level=municipality');

export type NewCollaboration = CollaborationCreate;

export const createCollaboration = (body: NewCollaboration) => apiSend<CollaborationDetail>('POST', '/api/collaborations', body);

export const saveAgreements = (id: string, agreements: Agreements) =>
  apiSend<CollaborationDetail>('PUT', `/api/collaborations/${encodeURIComponent(id)}/agreements`, agreements);

export type Invitation = PartnerCreate;

export const invitePartner = (id: string, invitation: Invitation) =>
  apiSend<Partner>('POST', `/api/collaborations/${encodeURIComponent(id)}/partners`, invitation);

export const removePartner = (id: string, partnerId: string) =>
  apiSend<null>('DELETE', `/api/collaborations/${encodeURIComponent(id)}/partners/${encodeURIComponent(partnerId)}`, {});
