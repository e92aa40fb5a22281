// "Besluit vastleggen": continue, rebuild or wind down an activity, with the date and the reason
// (coordinators). Rebuilding or winding down also changes the activity's status.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { NewActivityDecision, Portfolio } from '../../../types/api';
import { decideOnActivity } from '../api/activities';
import { DECISION_LABELS } from '../labels';

const SERVER_FIELDS: Record<string, string> = { decided_on: 'besluit-datum', reason: 'besluit-waarom' };

export function DecisionForm({ collaborationId, portfolio, onSaved }: { collaborationId: string; portfolio: Portfolio; onSaved: () => void }) {
  const [activity, setActivity] = useState('');
  const [decision, setDecision] = useState<NewActivityDecision['decision']>('rebuild');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!activity) found.push({ field: 'besluit-activiteit', message: 'Kies de activiteit' });
    if (!reason.trim()) found.push({ field: 'besluit-waarom', message: 'Leg uit waarom' });
    setErrors(found);
    setGeneral(null);
    if (found.length) return;
    setBusy(true);
    try {
      await decideOnActivity(collaborationId, activity, { decision, decided_on: date, reason: reason.trim() });
      setReason('');
      onSaved();
    } catch (error) {
      const refused = serverFormError(error, SERVER_FIELDS, 'Het besluit is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };
  const { message, described, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="besluit-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer het besluit" />
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field" invalid={invalid('besluit-activiteit')}>
          <FormLabel htmlFor="besluit-activiteit">Activiteit</FormLabel>
          {message('besluit-activiteit')}
          <Select id="besluit-activiteit" value={activity} aria-describedby={described('besluit-activiteit')} onChange={(e) => setActivity(e.target.value)}>
            <SelectOption value="">Kies een activiteit</SelectOption>
            {portfolio.activities.map((a) => (
              <SelectOption key={a.activity_id} value={a.activity_id}>
                {a.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor="besluit-soort">Besluit</FormLabel>
          <Select id="besluit-soort" value={decision} onChange={(e) => setDecision(e.target.value as NewActivityDecision['decision'])}>
            {(Object.keys(DECISION_LABELS) as NewActivityDecision['decision'][]).map((d) => (
              <SelectOption key={d} value={d}>
                {DECISION_LABELS[d]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="text" className="kompas-inline__field" invalid={invalid('besluit-datum')}>
          <FormLabel htmlFor="besluit-datum">Datum van het besluit</FormLabel>
          {message('besluit-datum')}
          <Textbox id="besluit-datum" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </FormField>
      </div>
      <FormField type="textarea" invalid={invalid('besluit-waarom')}>
        <FormLabel htmlFor="besluit-waarom">Waarom?</FormLabel>
        {message('besluit-waarom')}
        <Textarea id="besluit-waarom" rows={2} value={reason} aria-describedby={described('besluit-waarom')} onChange={(e) => setReason(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        Besluit vastleggen
      </Button>
    </form>
  );
}
