// Afspraken: editable for coordinators, a read-only list for everyone else.
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, FormField, FormFieldDescription, FormLabel, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary } from '../../../components/error-summary';
import type { Agreements, CollaborationDetail } from '../../../types/api';
import { saveAgreements } from '../api/collaborations';

export const AGREEMENT_FIELDS: { key: keyof Agreements; label: string; hint: string; short?: boolean }[] = [
  { key: 'coordination', label: 'Wie coördineert', hint: 'Wie houdt de regie en is het aanspreekpunt?' },
  { key: 'decision_making', label: 'Hoe besluiten we', hint: 'Bijvoorbeeld bij meerderheid of bij consensus, en in welk overleg.' },
  { key: 'funding', label: 'Financiering', hint: 'Wie betaalt wat, uit welk budget?' },
  { key: 'staffing', label: 'Menskracht', hint: 'Hoeveel tijd en welke mensen brengt elke partner in?' },
  { key: 'monitoring', label: 'Wat monitoren we', hint: 'Welke cijfers en ervaringen volgen we?' },
  { key: 'monitoring_frequency', label: 'Hoe vaak monitoren we', hint: 'Bijvoorbeeld elk kwartaal of elk halfjaar.', short: true },
  { key: 'joining_and_leaving', label: 'Toe- en uittreden', hint: 'Hoe komt een partner erbij en hoe stapt een partner uit?' },
];

export function AgreementsView({ agreements }: { agreements: Agreements }) {
  return (
    <dl className="kompas-facts" data-testid="agreements">
      {AGREEMENT_FIELDS.map((f) => (
        <div key={f.key} className="kompas-facts__row">
          <dt>{f.label}</dt>
          <dd>{agreements[f.key] ? agreements[f.key] : <span className="kompas-unknown">nog niet afgesproken</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AgreementsForm({ collaboration, onSaved }: { collaboration: CollaborationDetail; onSaved: (next: CollaborationDetail) => void }) {
  const [values, setValues] = useState<Agreements>(collaboration.agreements);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => setValues(collaboration.agreements), [collaboration.agreements]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await saveAgreements(collaboration.id, values);
      setSaved(true);
      onSaved(next);
    } catch (e) {
      setError(`De afspraken zijn niet opgeslagen: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="kompas-form" onSubmit={submit} aria-labelledby="afspraken-titel">
      <ErrorSummary errors={[]} general={error} />
      {AGREEMENT_FIELDS.map((f) => {
        const id = `afspraak-${f.key}`;
        return (
          <FormField key={f.key} type={f.short ? 'text' : 'textarea'}>
            <FormLabel htmlFor={id}>{f.label}</FormLabel>
            <FormFieldDescription id={`${id}-uitleg`}>{f.hint}</FormFieldDescription>
            {f.short ? (
              <Textbox id={id} aria-describedby={`${id}-uitleg`} value={values[f.key]} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />
            ) : (
              <Textarea id={id} rows={3} aria-describedby={`${id}-uitleg`} value={values[f.key]} onChange={(e) => setValues({ ...values, [f.key]: e.target.value })} />
            )}
          </FormField>
        );
      })}
      <div role="status" aria-live="polite">
        {saved && (
          <Alert type="ok">
            <Paragraph>De afspraken zijn opgeslagen.</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Afspraken opslaan
      </Button>
    </form>
  );
}
