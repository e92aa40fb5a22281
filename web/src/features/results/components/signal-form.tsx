// "Signaal toevoegen": what was noticed, from whom, when and where; optionally tied to an ambition
// or a result. Coordinators and partners may add signals.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { Ambition, DashboardRow, Signal, SignalSource } from '../../../types/api';
import { createSignal } from '../api/results';
import { SOURCE_LABELS } from '../progress';

const SERVER_FIELDS: Record<string, string> = {
  text: 'signaal-tekst',
  source: 'signaal-bron',
  date: 'signaal-datum',
  region: 'signaal-gebied',
};

export function SignalForm({
  collaborationId,
  regions,
  ambitions,
  results,
  onCreated,
}: {
  collaborationId: string;
  regions: string[];
  ambitions: Ambition[];
  results: DashboardRow[];
  onCreated: (signal: Signal) => void;
}) {
  const [text, setText] = useState('');
  const [source, setSource] = useState<SignalSource | ''>('');
  const [detail, setDetail] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [region, setRegion] = useState('');
  const [theme, setTheme] = useState('');
  const [ambition, setAmbition] = useState('');
  const [result, setResult] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!text.trim()) found.push({ field: 'signaal-tekst', message: 'Beschrijf het signaal' });
    if (!source) found.push({ field: 'signaal-bron', message: 'Kies van wie het signaal komt' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push({ field: 'signaal-datum', message: 'Vul de datum in' });
    setErrors(found);
    setGeneral(null);
    setDone(false);
    if (found.length || !source) return;
    setBusy(true);
    try {
      const created = await createSignal(collaborationId, {
        text: text.trim(),
        source,
        date,
        ...(detail.trim() ? { source_detail: detail.trim() } : {}),
        ...(region ? { region } : {}),
        ...(theme.trim() ? { theme: theme.trim() } : {}),
        ...(ambition ? { ambition_id: ambition } : {}),
        ...(result ? { result_id: result } : {}),
      });
      setText('');
      setDetail('');
      setTheme('');
      setDone(true);
      onCreated(created);
    } catch (error) {
      const refused = serverFormError(error, SERVER_FIELDS, 'Het signaal is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="signaal-form-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer het signaal" />
      {done && (
        <p role="status" className="kompas-success">
          Het signaal is toegevoegd.
        </p>
      )}
      <FormField type="textarea" invalid={invalid('signaal-tekst')}>
        <FormLabel htmlFor="signaal-tekst">Wat is er opgemerkt?</FormLabel>
        <FormFieldDescription id="signaal-tekst-uitleg">In gewone woorden, zonder namen of andere gegevens waaraan iemand te herkennen is.</FormFieldDescription>
        {message('signaal-tekst')}
        <Textarea id="signaal-tekst" rows={4} value={text} aria-describedby={described('signaal-tekst', 'signaal-tekst-uitleg')} onChange={(e) => setText(e.target.value)} />
      </FormField>
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field" invalid={invalid('signaal-bron')}>
          <FormLabel htmlFor="signaal-bron">Van wie komt het signaal?</FormLabel>
          {message('signaal-bron')}
          <Select id="signaal-bron" value={source} aria-describedby={described('signaal-bron')} onChange={(e) => setSource(e.target.value as SignalSource | '')}>
            <SelectOption value="">Kies een bron</SelectOption>
            {(Object.keys(SOURCE_LABELS) as SignalSource[]).map((s) => (
              <SelectOption key={s} value={s}>
                {SOURCE_LABELS[s]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="text" className="kompas-inline__field">
          <FormLabel htmlFor="signaal-detail">Toelichting op de bron (niet verplicht)</FormLabel>
          <Textbox id="signaal-detail" value={detail} onChange={(e) => setDetail(e.target.value)} />
        </FormField>
      </div>
      <div className="kompas-inline">
        <FormField type="text" className="kompas-inline__field" invalid={invalid('signaal-datum')}>
          <FormLabel htmlFor="signaal-datum">Datum</FormLabel>
          {message('signaal-datum')}
          <Textbox id="signaal-datum" type="date" value={date} aria-describedby={described('signaal-datum')} onChange={(e) => setDate(e.target.value)} />
        </FormField>
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor="signaal-gebied">Gebied (niet verplicht)</FormLabel>
          {message('signaal-gebied')}
          <Select id="signaal-gebied" value={region} onChange={(e) => setRegion(e.target.value)}>
            <SelectOption value="">Geen bepaald gebied</SelectOption>
            {regions.map((code) => (
              <SelectOption key={code} value={code}>
                {code}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="text" className="kompas-inline__field">
          <FormLabel htmlFor="signaal-thema">Thema (niet verplicht)</FormLabel>
          <Textbox id="signaal-thema" value={theme} onChange={(e) => setTheme(e.target.value)} />
        </FormField>
      </div>
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor="signaal-ambitie">Hoort bij ambitie (niet verplicht)</FormLabel>
          <Select id="signaal-ambitie" value={ambition} onChange={(e) => setAmbition(e.target.value)}>
            <SelectOption value="">Geen</SelectOption>
            {ambitions.map((a) => (
              <SelectOption key={a.id} value={a.id}>
                {a.title}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor="signaal-resultaat">Hoort bij resultaat (niet verplicht)</FormLabel>
          <Select id="signaal-resultaat" value={result} onChange={(e) => setResult(e.target.value)}>
            <SelectOption value="">Geen</SelectOption>
            {results.map((r) => (
              <SelectOption key={r.result.id} value={r.result.id}>
                {r.result.title}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Signaal toevoegen
      </Button>
    </form>
  );
}
