// Moving an improvement action on: a new status with an optional note, kept in its history.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { ActionStatus, ImprovementAction } from '../../../types/api';
import { changeActionStatus } from '../api/actions';
import { ACTION_STATUS_LABELS } from '../labels';

export function StatusForm({ action, onSaved }: { action: ImprovementAction; onSaved: () => void }) {
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `status-${action.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setGeneral(null);
    setBusy(true);
    try {
      await changeActionStatus(action.collaboration_id, action.id, { status, note: note.trim() });
      setNote('');
      onSaved();
    } catch (error) {
      const refused = serverFormError(error, { status: `${base}-status`, note: `${base}-note` }, 'De status is niet gewijzigd');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };
  const { message, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-label={`Status van ${action.title} wijzigen`}>
      <ErrorSummary errors={errors} general={general} title="De status is niet gewijzigd" />
      <FormField type="select" invalid={invalid(`${base}-status`)}>
        <FormLabel htmlFor={`${base}-status`}>Nieuwe status</FormLabel>
        {message(`${base}-status`)}
        <Select id={`${base}-status`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {(Object.keys(ACTION_STATUS_LABELS) as ActionStatus[]).map((s) => (
            <SelectOption key={s} value={s}>
              {ACTION_STATUS_LABELS[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="textarea" invalid={invalid(`${base}-note`)}>
        <FormLabel htmlFor={`${base}-note`}>Toelichting (niet verplicht)</FormLabel>
        {message(`${base}-note`)}
        <Textarea id={`${base}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        Status opslaan
      </Button>
    </form>
  );
}
