// The history of a societal result or an ambition (issue 12): who changed what, when and why,
// newest first.
import { Paragraph } from '@utrecht/component-library-react';
import { formatDateTime } from '../../../lib/dates';
import type { HistoryEntry } from '../../../types/api';
import { describeChange } from '../history';

export function ChangeHistory({ entries, names, empty }: { entries: HistoryEntry[]; names: Record<string, string>; empty: string }) {
  if (entries.length === 0) return <Paragraph className="kompas-note">{empty}</Paragraph>;
  return (
    <ol className="kompas-list kompas-history" data-testid="change-history" reversed>
      {[...entries].reverse().map((entry) => (
        <li key={entry.seq} className="kompas-list__item">
          <div>
            <strong>{formatDateTime(entry.changed_at)}</strong> door {entry.changed_by}
          </div>
          <ul>
            {entry.changes.map((change) => (
              <li key={change.field}>{describeChange(change, names)}</li>
            ))}
          </ul>
          <div className="kompas-note">{entry.reason ? `Reden: ${entry.reason}` : 'Geen reden opgegeven'}</div>
        </li>
      ))}
    </ol>
  );
}
