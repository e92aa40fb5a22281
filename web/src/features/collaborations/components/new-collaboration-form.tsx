// "Nieuwe samenwerking": name, societal task, regions (codes, or pick a municipality), period
// and description. Errors in a summary linked to the fields; the server's field errors too.
import { useState, type FormEvent } from 'react';
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { ErrorSummary, errorFor, type FieldError } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api';
import type { CollaborationDetail } from '../../../types/api';
import { createCollaboration, useMunicipalities } from '../api/collaborations';
import { NEW_FIELDS, fieldIdForServer, parseRegionCodes, validateNewCollaboration } from '../validation';

export function NewCollaborationForm({ onCreated }: { onCreated: (created: CollaborationDetail) => void }) {
  const [name, setName] = useState('');
  const [theme, setTheme] = useState('');
  const [regions, setRegions] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [description, setDescription] = useState('');
  const [pick, setPick] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const municipalities = useMunicipalities();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewCollaboration({ name, theme, regions, periodStart, periodEnd, description });
    setErrors(found);
    setGeneral(null);
    if (found.length) return;
    setBusy(true);
    try {
      const created = await createCollaboration({
        name: name.trim(),
        theme: theme.trim(),
        regions: parseRegionCodes(regions),
        period_start: periodStart,
        ...(periodEnd ? { period_end: periodEnd } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      onCreated(created);
    } catch (error) {
      const field = error instanceof ApiError ? fieldIdForServer(error.field) : null;
      if (field) setErrors([{ field, message: capitalise((error as Error).message) }]);
      else setGeneral(`De samenwerking is niet opgeslagen: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const addRegion = () => {
    if (!pick) return;
    const codes = parseRegionCodes(regions);
    if (!codes.includes(pick)) setRegions([...codes, pick].join(', '));
    setPick('');
  };

  const field = (id: string) => {
    const message = errorFor(errors, id);
    return {
      invalid: Boolean(message),
      message: message ? <FormFieldErrorMessage id={`${id}-fout`}>{message}</FormFieldErrorMessage> : null,
      describedBy: (extra?: string) => [message ? `${id}-fout` : null, extra].filter(Boolean).join(' ') || undefined,
    };
  };
  const f = {
    name: field(NEW_FIELDS.name),
    theme: field(NEW_FIELDS.theme),
    regions: field(NEW_FIELDS.regions),
    start: field(NEW_FIELDS.start),
    end: field(NEW_FIELDS.end),
  };

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="nieuwe-samenwerking-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer het formulier" />
      <FormField type="text" invalid={f.name.invalid}>
        <FormLabel htmlFor={NEW_FIELDS.name}>Naam van de samenwerking</FormLabel>
        {f.name.message}
        <Textbox id={NEW_FIELDS.name} value={name} invalid={f.name.invalid} aria-describedby={f.name.describedBy()} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField type="text" invalid={f.theme.invalid}>
        <FormLabel htmlFor={NEW_FIELDS.theme}>Maatschappelijke opgave</FormLabel>
        <FormFieldDescription id={`${NEW_FIELDS.theme}-uitleg`}>Waar werkt u samen aan? Bijvoorbeeld: minder jongeren met langdurige jeugdhulp.</FormFieldDescription>
        {f.theme.message}
        <Textbox
          id={NEW_FIELDS.theme}
          value={theme}
          invalid={f.theme.invalid}
          aria-describedby={f.theme.describedBy(`${NEW_FIELDS.theme}-uitleg`)}
          onChange={(e) => setTheme(e.target.value)}
        />
      </FormField>
      <FormField type="text" invalid={f.regions.invalid}>
        <FormLabel htmlFor={NEW_FIELDS.regions}>Gebieden</FormLabel>
        <FormFieldDescription id={`${NEW_FIELDS.regions}-uitleg`}>
          Gemeente- of wijkcodes van het CBS, gescheiden door komma's, bijvoorbeeld GM0034, WK003401. U kunt hieronder ook een
          gemeente kiezen.
        </FormFieldDescription>
        {f.regions.message}
        <Textbox
          id={NEW_FIELDS.regions}
          value={regions}
          invalid={f.regions.invalid}
          aria-describedby={f.regions.describedBy(`${NEW_FIELDS.regions}-uitleg`)}
          onChange={(e) => setRegions(e.target.value)}
        />
      </FormField>
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor="samenwerking-gemeente-kiezen">Gemeente toevoegen</FormLabel>
          <Select id="samenwerking-gemeente-kiezen" value={pick} busy={municipalities.status === 'loading'} onChange={(e) => setPick(e.target.value)}>
            <SelectOption value="">Kies een gemeente</SelectOption>
            {municipalities.status === 'success' &&
              municipalities.data.map((r) => (
                <SelectOption key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </SelectOption>
              ))}
          </Select>
        </FormField>
        <Button type="button" appearance="secondary-action-button" onClick={addRegion} disabled={!pick}>
          Toevoegen aan gebieden
        </Button>
      </div>
      <div className="kompas-inline">
        <FormField type="text" invalid={f.start.invalid} className="kompas-inline__field">
          <FormLabel htmlFor={NEW_FIELDS.start}>Begindatum</FormLabel>
          {f.start.message}
          <Textbox
            id={NEW_FIELDS.start}
            type="date"
            value={periodStart}
            invalid={f.start.invalid}
            aria-describedby={f.start.describedBy()}
            onChange={(e) => setPeriodStart(e.target.value)}
          />
        </FormField>
        <FormField type="text" invalid={f.end.invalid} className="kompas-inline__field">
          <FormLabel htmlFor={NEW_FIELDS.end}>Einddatum (niet verplicht)</FormLabel>
          {f.end.message}
          <Textbox
            id={NEW_FIELDS.end}
            type="date"
            value={periodEnd}
            invalid={f.end.invalid}
            aria-describedby={f.end.describedBy()}
            onChange={(e) => setPeriodEnd(e.target.value)}
          />
        </FormField>
      </div>
      <FormField type="textarea">
        <FormLabel htmlFor={NEW_FIELDS.description}>Beschrijving (niet verplicht)</FormLabel>
        <Textarea id={NEW_FIELDS.description} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Samenwerking aanmaken
      </Button>
    </form>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
