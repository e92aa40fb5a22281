// A provider's quality conditions, contract lots and the effectiveness questions (tag quality of
// docs/api/openapi.yaml). Behind the sign-in: never cached.
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type {
  ConditionUpdate,
  ContractLot,
  ContractLotCreate,
  EffectivenessAnswerUpdate,
  EffectivenessConversation,
  EffectivenessQuestion,
  LotOverview,
  ProviderQuality,
  QualityCondition,
} from '../../../types/api';

const col = (id: string) => `/api/collaborations/${encodeURIComponent(id)}`;
const org = (id: string) => `/api/organisations/${encodeURIComponent(id)}/quality`;

export const qualityPath = (orgId: string) => `/kwaliteit/${encodeURIComponent(orgId)}`;
export const lotsPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/percelen`;
export const lotPath = (id: string, lotId: string) => `${lotsPath(id)}/${encodeURIComponent(lotId)}`;
export const effectivenessPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/effectiviteit`;
export const conversationPath = (id: string, orgId: string) => `${effectivenessPath(id)}/${encodeURIComponent(orgId)}`;

export const useProviderQuality = (orgId: string) => useFresh<ProviderQuality>(org(orgId));
export const updateCondition = (orgId: string, condition: QualityCondition, body: ConditionUpdate) =>
  apiSend<ProviderQuality>('PUT', `${org(orgId)}/${condition}`, body);

export const useLots = (id: string) => useFresh<ContractLot[]>(`${col(id)}/lots`);
export const useLotOverview = (id: string, lotId: string) => useFresh<LotOverview>(`${col(id)}/lots/${encodeURIComponent(lotId)}`);
export const createLot = (id: string, body: ContractLotCreate) => apiSend<ContractLot>('POST', `${col(id)}/lots`, body);
export const updateLot = (id: string, lotId: string, body: ContractLotCreate) =>
  apiSend<ContractLot>('PUT', `${col(id)}/lots/${encodeURIComponent(lotId)}`, body);

export const useConversations = (id: string) => useFresh<EffectivenessConversation[]>(`${col(id)}/effectiveness`);
export const useConversation = (id: string, orgId: string) =>
  useFresh<EffectivenessConversation>(`${col(id)}/effectiveness/${encodeURIComponent(orgId)}`);
export const recordAnswer = (id: string, orgId: string, question: EffectivenessQuestion, body: EffectivenessAnswerUpdate) =>
  apiSend<EffectivenessConversation>('PUT', `${col(id)}/effectiveness/${encodeURIComponent(orgId)}/${question}`, body);
