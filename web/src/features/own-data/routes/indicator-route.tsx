// The indicator editor (issue 15): the description of an own indicator (title, unit, decimals,
// direction, definition, source) for its organisation or an administrator; a built-in CBS
// indicator keeps its definition, and a municipality or administrator may add a local note that
// the profile shows with it. The server decides (can_edit, can_note); this page only follows.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { ErrorSummary, serverFormError, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { apiSend } from '../../../lib/api';
import { clearApiCache, useApi } from '../../../lib/use-api';
import { useDocumentTitle } from '../../../lib/title';
import type { Direction, IndicatorDescription, IndicatorForEditing } from '../../../types/api';

const DIRECTIONS: { value: Direction; label: string }[] = [
  { value: 'higher_is_better', label: 'Hoger is beter' },
  { value: 'lower_is_better', label: 'Lager is beter' },
  { value: 'neutral', label: 'Geen richting' },
];

export function IndicatorRoute({ indicatorKey }: { indicatorKey: string }) {
  const path = `/api/indicators/${encodeURIComponent(indicatorKey)}/editing`;
  const state = useApi<IndicatorForEditing>(path);
  const [current, setCurrent] = useState<IndicatorForEditing | null>(null);
  useEffect(() => {
    if (state.status === 'success') setCurrent(state.data);
  }, [state]);
  useDocumentTitle(current ? `Indicator ${current.indicator.title}` : 'Indicator');
  if (state.status === 'error') return <LoadError error={state.error} />;
  if (!current) return <Loading what="Gegevens" />;
  const saved = (next: IndicatorForEditing) => {
    clearApiCache();
    setCurrent(next);
  };
  return (
    <>
      <Paragraph>
        <AppLink href="/eigen-cijfers">Terug naar eigen cijfers</AppLink>
      </Paragraph>
      <Heading1>{current.indicator.title}</Heading1>
      <Paragraph className="kompas-note">
        Sleutel <code>{current.indicator.key}</code>
        {current.built_in ? ' · CBS-indicator: de definitie ligt vast.' : ' · Eigen indicator.'}
      </Paragraph>
      {current.can_edit ? <DescriptionForm editing={current} onSaved={saved} /> : <Description editing={current} />}
      {current.can_note ? <NoteForm editing={current} onSaved={saved} /> : current.note && <Paragraph>Lokale toelichting: {current.note.text}</Paragraph>}
    </>
  );
}

function Description({ editing }: { editing: IndicatorForEditing }) {
  const i = editing.indicator;
  return (
    <dl className="kompas-facts" data-testid="indicator-description">
      <dt>Eenheid</dt>
      <dd>{i.unit || '—'}</dd>
      <dt>Decimalen</dt>
      <dd>{i.decimals}</dd>
      <dt>Richting</dt>
      <dd>{DIRECTIONS.find((d) => d.value === i.direction)?.label}</dd>
      <dt>Definitie</dt>
      <dd>{i.definition || '—'}</dd>
      <dt>Bron</dt>
      <dd>{i.source || '—'}</dd>
    </dl>
  );
}

function DescriptionForm({ editing, onSaved }: { editing: IndicatorForEditing; onSaved: (next: IndicatorForEditing) => void }) {
  const i = editing.indicator;
  const [form, setForm] = useState<IndicatorDescription>({ title: i.title, unit: i.unit, decimals: i.decimals, direction: i.direction, definition: i.definition, source: i.source });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const set = <K extends keyof IndicatorDescription>(key: K, value: IndicatorDescription[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setDone('');
    try {
      const next = await apiSend<IndicatorForEditing>('PUT', `/api/indicators/${encodeURIComponent(i.key)}`, form);
      setErrors([]);
      setGeneral(null);
      setDone('De beschrijving is opgeslagen.');
      onSaved(next);
    } catch (error) {
      const shown = serverFormError(error, { title: 'ind-titel', unit: 'ind-eenheid', decimals: 'ind-decimalen', definition: 'ind-definitie', source: 'ind-bron' }, 'Niet opgeslagen');
      setErrors(shown.errors);
      setGeneral(shown.general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="kompas-panel kompas-section" aria-labelledby="beschrijving-titel">
      <Heading2 id="beschrijving-titel">Beschrijving</Heading2>
      <form className="kompas-form" onSubmit={submit} noValidate data-testid="indicator-form">
        <ErrorSummary errors={errors} general={general} title="De beschrijving is niet opgeslagen" />
        <FormField type="text">
          <FormLabel htmlFor="ind-titel">Titel</FormLabel>
          <Textbox id="ind-titel" value={form.title} onChange={(e) => set('title', e.target.value)} maxLength={200} required />
        </FormField>
        <FormField type="text">
          <FormLabel htmlFor="ind-eenheid">Eenheid</FormLabel>
          <Textbox id="ind-eenheid" value={form.unit} onChange={(e) => set('unit', e.target.value)} maxLength={40} />
        </FormField>
        <FormField type="text">
          <FormLabel htmlFor="ind-decimalen">Decimalen</FormLabel>
          <Textbox id="ind-decimalen" type="number" min={0} max={6} value={String(form.decimals)} onChange={(e) => set('decimals', Number.parseInt(e.target.value || '0', 10))} />
        </FormField>
        <fieldset className="kompas-fieldset">
          <legend>Richting</legend>
          {DIRECTIONS.map((d) => (
            <div key={d.value} className="kompas-radio">
              <input type="radio" id={`richting-${d.value}`} name="richting" checked={form.direction === d.value} onChange={() => set('direction', d.value)} />
              <label htmlFor={`richting-${d.value}`}>{d.label}</label>
            </div>
          ))}
        </fieldset>
        <FormField type="text">
          <FormLabel htmlFor="ind-definitie">Definitie</FormLabel>
          <Textarea id="ind-definitie" value={form.definition} onChange={(e) => set('definition', e.target.value)} rows={4} />
        </FormField>
        <FormField type="text">
          <FormLabel htmlFor="ind-bron">Bron</FormLabel>
          <Textbox id="ind-bron" value={form.source} onChange={(e) => set('source', e.target.value)} />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Beschrijving opslaan
        </Button>
      </form>
      <p role="status" className="kompas-success" data-testid="indicator-saved">
        {done}
      </p>
    </section>
  );
}

function NoteForm({ editing, onSaved }: { editing: IndicatorForEditing; onSaved: (next: IndicatorForEditing) => void }) {
  const [note, setNote] = useState(editing.note?.text ?? '');
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    try {
      const next = await apiSend<IndicatorForEditing>('PUT', `/api/indicators/${encodeURIComponent(editing.indicator.key)}/note`, { note });
      setGeneral(null);
      setDone(note.trim() ? 'De toelichting is opgeslagen.' : 'De toelichting is verwijderd.');
      onSaved(next);
    } catch (error) {
      setGeneral(`Niet opgeslagen: ${(error as Error).message}`);
    }
  };
  return (
    <section className="kompas-panel kompas-section" aria-labelledby="toelichting-titel">
      <Heading2 id="toelichting-titel">Lokale toelichting</Heading2>
      {editing.built_in && <Paragraph>Definitie van het CBS: {editing.indicator.definition || 'niet gegeven'}</Paragraph>}
      <form className="kompas-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={[]} general={general} title="De toelichting is niet opgeslagen" />
        <FormField type="text">
          <FormLabel htmlFor="ind-toelichting">Toelichting (staat bij de definitie in het profiel; leeg laten om te verwijderen)</FormLabel>
          <Textarea id="ind-toelichting" value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          Toelichting opslaan
        </Button>
      </form>
      {editing.note && (
        <Paragraph className="kompas-note">
          Laatst gewijzigd door {editing.note.updated_by} op {editing.note.updated_at.slice(0, 10)}.
        </Paragraph>
      )}
      <p role="status" className="kompas-success">
        {done}
      </p>
    </section>
  );
}
