// The form for one of a provider's conditions: status, evidence in words, a link, an optional
// figure with its unit, and the date it was confirmed. Only the provider itself (and platform
// administrators) see it; the server records who confirmed it.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { ConditionRecord, ConditionStatus, ProviderQuality } from '../../../types/api';
import { updateCondition } from '../api/quality';
import { CONDITION_HELP, CONDITION_LABELS, STATUS_LABELS } from '../labels';

const STATUSES: ConditionStatus[] = ['met', 'partly', 'not', 'unknown'];

export function ConditionForm({
  orgId,
  record,
  onSaved,
}: {
  orgId: string;
  record: ConditionRecord;
  onSaved: (quality: ProviderQuality) => void;
}) {
  const c = record.condition;
  const id = (part: string) => `kw-${c}-${part}`;
  const [status, setStatus] = useState<ConditionStatus>(record.status);
  const [note, setNote] = useState(record.note);
  const [link, setLink] = useState(record.link ?? '');
  const [value, setValue] = useState(record.figure ? String(record.figure.value) : '');
  const [unit, setUnit] = useState(record.figure?.unit ?? (c === 'registered_professionals' ? '%' : ''));
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const number = value.trim() === '' ? null : Number(value.replace(',', '.'));
    if (number !== null && !Number.isFinite(number)) found.push({ field: id('cijfer'), message: 'Het cijfer moet een getal zijn' });
    if (number !== null && !unit.trim()) found.push({ field: id('cijfer'), message: 'Geef bij het cijfer een eenheid, bijvoorbeeld %' });
    if (link.trim() && !/^https?:\/\//.test(link.trim())) found.push({ field: id('link'), message: 'De link moet een webadres zijn dat begint met https://' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push({ field: id('datum'), message: 'Vul de datum in' });
    setErrors(found);
    setGeneral(null);
    setDone(false);
    if (found.length) return;
    setBusy(true);
    try {
      const saved = await updateCondition(orgId, c, {
        status,
        note: note.trim(),
        link: link.trim() || null,
        figure: number === null ? null : { value: number, unit: unit.trim() },
        confirmed_on: date,
      });
      setDone(true);
      onSaved(saved);
    } catch (error) {
      const refused = serverFormError(error, { note: id('toelichting'), link: id('link'), figure: id('cijfer'), confirmed_on: id('datum') }, 'De voorwaarde is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-label={`${CONDITION_LABELS[c]} vastleggen`} data-testid={`condition-form-${c}`}>
      <ErrorSummary errors={errors} general={general} title={`Controleer ${CONDITION_LABELS[c].toLowerCase()}`} />
      {done && (
        <p role="status" className="kompas-success">
          {CONDITION_LABELS[c]} is opgeslagen.
        </p>
      )}
      <FormField type="select">
        <FormLabel htmlFor={id('status')}>Status</FormLabel>
        <FormFieldDescription id={id('status-uitleg')}>{CONDITION_HELP[c]}</FormFieldDescription>
        <Select id={id('status')} value={status} aria-describedby={id('status-uitleg')} onChange={(e) => setStatus(e.target.value as ConditionStatus)}>
          {STATUSES.map((s) => (
            <SelectOption key={s} value={s}>
              {STATUS_LABELS[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="textarea" invalid={invalid(id('toelichting'))}>
        <FormLabel htmlFor={id('toelichting')}>Toelichting en bewijs</FormLabel>
        {message(id('toelichting'))}
        <Textarea id={id('toelichting')} rows={3} value={note} aria-describedby={described(id('toelichting'))} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <FormField type="text" invalid={invalid(id('link'))}>
        <FormLabel htmlFor={id('link')}>Link naar het bewijs (niet verplicht)</FormLabel>
        {message(id('link'))}
        <Textbox id={id('link')} type="url" value={link} aria-describedby={described(id('link'))} onChange={(e) => setLink(e.target.value)} />
      </FormField>
      <div className="kompas-inline">
        <FormField type="text" className="kompas-inline__field" invalid={invalid(id('cijfer'))}>
          <FormLabel htmlFor={id('cijfer')}>{c === 'registered_professionals' ? 'Aandeel geregistreerd' : 'Cijfer (niet verplicht)'}</FormLabel>
          {message(id('cijfer'))}
          <Textbox id={id('cijfer')} inputMode="decimal" value={value} aria-describedby={described(id('cijfer'))} onChange={(e) => setValue(e.target.value)} />
        </FormField>
        <FormField type="text" className="kompas-inline__field">
          <FormLabel htmlFor={id('eenheid')}>Eenheid</FormLabel>
          <Textbox id={id('eenheid')} value={unit} onChange={(e) => setUnit(e.target.value)} />
        </FormField>
        <FormField type="text" className="kompas-inline__field" invalid={invalid(id('datum'))}>
          <FormLabel htmlFor={id('datum')}>Bevestigd op</FormLabel>
          {message(id('datum'))}
          <Textbox id={id('datum')} type="date" value={date} aria-describedby={described(id('datum'))} onChange={(e) => setDate(e.target.value)} />
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {busy ? 'Bezig met opslaan…' : 'Opslaan'}
      </Button>
    </form>
  );
}
