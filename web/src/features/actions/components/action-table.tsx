// A table of improvement actions: title, owner, due date (with "over tijd" in words), status and
// history; optionally the collaboration (on "Mijn acties") and a status form per action.
import type { ReactNode } from 'react';
import type { ImprovementAction } from '../../../types/api';
import { ACTION_STATUS_LABELS, dueText } from '../labels';
import { ActionHistory } from './action-history';

interface Props {
  actions: ImprovementAction[];
  caption: string;
  testId: string;
  collaboration?: (action: ImprovementAction) => ReactNode;
  extra?: (action: ImprovementAction) => ReactNode;
  /** Whether to show the owner: not on "Mijn acties", where it is always the reader. */
  showOwner?: boolean;
}

export function ActionTable({ actions, caption, testId, collaboration, extra, showOwner = true }: Props) {
  return (
    <div className="kompas-table-wrap kompas-table-wrap--wide">
      <table className="kompas-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Verbeteractie</th>
            {collaboration && <th scope="col">Samenwerking</th>}
            {showOwner && <th scope="col">Aanspreekpunt</th>}
            <th scope="col">Streefdatum</th>
            <th scope="col">Status</th>
            <th scope="col">Geschiedenis</th>
            {extra && <th scope="col">Status wijzigen</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} data-testid={`action-${a.id}`} className={a.overdue ? 'kompas-row--overdue' : undefined}>
              <th scope="row">
                {a.title}
                {a.description ? <span className="kompas-note"> — {a.description}</span> : null}
              </th>
              {collaboration && <td>{collaboration(a)}</td>}
              {showOwner && (
                <td>
                  {a.owner_name} ({a.owner_organisation})
                </td>
              )}
              <td>{a.overdue ? <strong>{dueText(a)}</strong> : dueText(a)}</td>
              <td>{ACTION_STATUS_LABELS[a.status]}</td>
              <td>
                <ActionHistory action={a} />
              </td>
              {extra && <td>{extra(a)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
