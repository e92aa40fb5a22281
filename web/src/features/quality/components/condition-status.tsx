// The status of a quality condition in words, with a sign; colour only supports the words.
import type { ConditionStatus as Status } from '../../../types/api';
import { STATUS_LABELS, STATUS_SIGNS, statusTone } from '../labels';

export function ConditionStatus({ status }: { status: Status }) {
  return (
    <span className={`kompas-status kompas-status--${statusTone(status)}`} data-testid="condition-status" data-status={status}>
      <span aria-hidden="true" className="kompas-status__sign">
        {STATUS_SIGNS[status]}
      </span>{' '}
      {STATUS_LABELS[status]}
    </span>
  );
}
