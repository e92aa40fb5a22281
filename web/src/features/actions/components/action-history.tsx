// The history of an action's status: who changed it, when, and the note.
import { formatDateTime } from '../../../lib/dates';
import type { ImprovementAction } from '../../../types/api';
import { ACTION_STATUS_LABELS } from '../labels';

export function ActionHistory({ action }: { action: ImprovementAction }) {
  return (
    <ol className="kompas-list" aria-label={`Geschiedenis van ${action.title}`}>
      {action.history.map((change, i) => (
        <li key={i}>
          <strong>{ACTION_STATUS_LABELS[change.status]}</strong> — door {change.changed_by} op {formatDateTime(change.changed_at)}
          {change.note ? <span className="kompas-note"> — {change.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
