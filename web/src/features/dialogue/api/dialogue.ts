// The quality dialogues of one collaboration, their agenda, answers and follow-up questions
// (tag dialogue of docs/api/openapi.yaml).
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type {
  AgendaItemInput, Dialogue, DialogueAnswerInput, DialogueSummary, ExplanationInput, FollowUpQuestion, FollowUpQuestionInput, NewDialogue,
} from '../../../types/api';

const col = (id: string) => `/api/collaborations/${encodeURIComponent(id)}`;
const dlg = (id: string, dialogueId: string) => `${col(id)}/dialogues/${encodeURIComponent(dialogueId)}`;

export const dialoguesPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/kwaliteitsdialoog`;
export const dialoguePath = (id: string, dialogueId: string) => `${dialoguesPath(id)}/${encodeURIComponent(dialogueId)}`;

export const useDialogues = (id: string) => useFresh<DialogueSummary[]>(`${col(id)}/dialogues`);
export const useDialogue = (id: string, dialogueId: string) => useFresh<Dialogue>(dlg(id, dialogueId));
export const useFollowUpQuestions = (id: string) => useFresh<FollowUpQuestion[]>(`${col(id)}/questions`);

export const createDialogue = (id: string, body: NewDialogue) => apiSend<Dialogue>('POST', `${col(id)}/dialogues`, body);
export const addAgendaItem = (id: string, dialogueId: string, body: AgendaItemInput) => apiSend<Dialogue>('POST', `${dlg(id, dialogueId)}/items`, body);
export const answerQuestion = (id: string, dialogueId: string, itemId: string, body: DialogueAnswerInput) =>
  apiSend<Dialogue>('POST', `${dlg(id, dialogueId)}/items/${encodeURIComponent(itemId)}/answers`, body);
export const markExplanation = (id: string, dialogueId: string, answerId: string, body: ExplanationInput) =>
  apiSend<Dialogue>('PUT', `${dlg(id, dialogueId)}/answers/${encodeURIComponent(answerId)}`, body);
export const addFollowUpQuestion = (id: string, body: FollowUpQuestionInput) => apiSend<FollowUpQuestion>('POST', `${col(id)}/questions`, body);
