// "Nieuwe ambitie": what the partners want to reach, in plain words, who agreed and when, and
// which parts of the youth profile (indicators) and which signals motivate it. With `existing` it
// edits that ambition (issue 12), with an optional reason kept in its history.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import { formatDate } from '../../../lib/dates';
import type { Ambition, CollaborationDetail, Indicator, Signal } from '../../../types/api';
import { createAmbition, updateAmbition } from '../api/results';
import { CheckboxGroup } from './checkbox-group';

const SERVER_FIELDS: Record<string, string> = { title: 'ambitie-titel', statement: 'ambitie-uitspraak', agreed_on: 'ambitie-datum', reason: 'ambitie-reden' };

export function AmbitionForm({
  collaboration,
  indicators,
  signals,
  onCreated,
  existing,
  labelledBy = 'nieuwe-ambitie-titel',
}: {
  collaboration: CollaborationDetail;
  indicators: Indicator[];
  signals: Signal[];
  onCreated: (ambition: Ambition) => void;
  existing?: Ambition;
  labelledBy?: string;
}) {
  const [title, setTitle] = useState(existing?.title ?? '');
  const [statement, setStatement] = useState(existing?.statement ?? '');
  const [agreedOn, setAgreedOn] = useState(existing?.agreed_on ?? '');
  const [agreedBy, setAgreedBy] = useState<string[]>(existing?.agreed_by ?? []);
  const [chosenIndicators, setChosenIndicators] = useState<string[]>(existing?.indicators ?? []);
  const [chosenSignals, setChosenSignals] = useState<string[]>(existing?.signals ?? []);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!title.trim()) found.push({ field: 'ambitie-titel', message: 'Geef de ambitie een korte titel' });
    if (!statement.trim()) found.push({ field: 'ambitie-uitspraak', message: 'Beschrijf de ambitie in gewone woorden' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(agreedOn)) found.push({ field: 'ambitie-datum', message: 'Vul de datum in waarop de ambitie is afgesproken' });
    setErrors(found);
    setGeneral(null);
    if (found.length) return;
    setBusy(true);
    try {
      const body = {
        title: title.trim(),
        statement: statement.trim(),
        agreed_on: agreedOn,
        agreed_by: agreedBy,
        indicators: chosenIndicators,
        signals: chosenSignals,
      };
      const saved = existing
        ? await updateAmbition(collaboration.id, existing.id, { ...body, reason: reason.trim() })
        : await createAmbition(collaboration.id, body);
      if (existing) setReason('');
      onCreated(saved);
    } catch (error) {
      const refused = serverFormError(error, SERVER_FIELDS, 'De ambitie is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary errors={errors} general={general} title="Controleer de ambitie" />
      <FormField type="text" invalid={invalid('ambitie-titel')}>
        <FormLabel htmlFor="ambitie-titel">Titel van de ambitie</FormLabel>
        <FormFieldDescription id="ambitie-titel-uitleg">Kort, bijvoorbeeld: Jongeren groeien op zonder zware jeugdzorg.</FormFieldDescription>
        {message('ambitie-titel')}
        <Textbox id="ambitie-titel" value={title} aria-describedby={described('ambitie-titel', 'ambitie-titel-uitleg')} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField type="textarea" invalid={invalid('ambitie-uitspraak')}>
        <FormLabel htmlFor="ambitie-uitspraak">Wat willen we samen bereiken?</FormLabel>
        <FormFieldDescription id="ambitie-uitspraak-uitleg">
          In gewone woorden, zodat ook ouders en jongeren het begrijpen. Wat moet er over een paar jaar anders zijn?
        </FormFieldDescription>
        {message('ambitie-uitspraak')}
        <Textarea
          id="ambitie-uitspraak"
          rows={4}
          value={statement}
          aria-describedby={described('ambitie-uitspraak', 'ambitie-uitspraak-uitleg')}
          onChange={(e) => setStatement(e.target.value)}
        />
      </FormField>
      <FormField type="text" invalid={invalid('ambitie-datum')}>
        <FormLabel htmlFor="ambitie-datum">Afgesproken op</FormLabel>
        {message('ambitie-datum')}
        <Textbox id="ambitie-datum" type="date" value={agreedOn} aria-describedby={described('ambitie-datum')} onChange={(e) => setAgreedOn(e.target.value)} />
      </FormField>
      <CheckboxGroup
        id="ambitie-partners"
        legend="Partners die de ambitie hebben afgesproken"
        choices={collaboration.partners.map((p) => ({ value: p.id, label: p.name }))}
        selected={agreedBy}
        onChange={setAgreedBy}
      />
      <CheckboxGroup
        id="ambitie-indicatoren"
        legend="Cijfers uit de staat van de jeugd die de ambitie onderbouwen"
        description="Welke indicatoren lieten zien dat hier iets moet gebeuren?"
        choices={indicators.map((i) => ({ value: i.key, label: i.title }))}
        selected={chosenIndicators}
        onChange={setChosenIndicators}
      />
      <CheckboxGroup
        id="ambitie-signalen"
        legend="Signalen die de ambitie onderbouwen"
        choices={signals.map((s) => ({ value: s.id, label: `${formatDate(s.date)}: ${s.text.length > 90 ? `${s.text.slice(0, 90)}…` : s.text}` }))}
        selected={chosenSignals}
        onChange={setChosenSignals}
        empty="Er zijn nog geen signalen. U kunt ze later toevoegen op de pagina Signalen."
      />
      {existing && (
        <FormField type="textarea" invalid={invalid('ambitie-reden')}>
          <FormLabel htmlFor="ambitie-reden">Reden van de wijziging (niet verplicht)</FormLabel>
          {message('ambitie-reden')}
          <Textarea id="ambitie-reden" rows={3} value={reason} aria-describedby={described('ambitie-reden')} onChange={(e) => setReason(e.target.value)} />
        </FormField>
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {existing ? 'Wijziging opslaan' : 'Ambitie opslaan'}
      </Button>
    </form>
  );
}
