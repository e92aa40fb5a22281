// The status of a societal result in words, with a sign; colour only supports the words.
// "kan (nog) niet zeggen" is deliberately neutral: grey, no success or danger look.
import type { ProgressStatus } from '../../../types/api';
import { STATUS_SIGNS, statusClasses, statusLabel } from '../progress';

export function StatusBadge({ status, id }: { status: ProgressStatus; id?: string }) {
  return (
    <span className={statusClasses(status)} data-testid="status-badge" data-status={status} id={id}>
      <span aria-hidden="true" className="kompas-status__sign">
        {STATUS_SIGNS[status] ?? '?'}
      </span>{' '}
      <span className="kompas-visually-hidden">Status: </span>
      {statusLabel(status)}
    </span>
  );
}
