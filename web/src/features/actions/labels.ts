// Dutch words for the status of an improvement action, and the sentence that says an action is
// over time (in words, never by colour alone).
import type { ActionStatus, ImprovementAction } from '../../types/api';
import { formatDate } from '../../lib/dates';

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In uitvoering',
  done: 'Afgerond',
  dropped: 'Vervallen',
};

/** "31 december 2026", and "— over tijd" when the due date has passed and the action is not finished. */
export function dueText(action: Pick<ImprovementAction, 'due_on' | 'overdue'>): string {
  return action.overdue ? `${formatDate(action.due_on)} — over tijd` : formatDate(action.due_on);
}

/** Who may move the status on: the coordinator, the owner, or the partner that recorded it. */
export function canChangeStatus(action: Pick<ImprovementAction, 'owner_person_id' | 'created_by_partner_id'>, role: string | null, personId: string, myPartnerIds: Set<string>): boolean {
  if (role === 'coordinator') return true;
  if (action.owner_person_id === personId) return true;
  return role === 'partner' && action.created_by_partner_id !== null && myPartnerIds.has(action.created_by_partner_id);
}
