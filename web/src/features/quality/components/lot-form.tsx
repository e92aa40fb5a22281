// "Perceel aanmaken / wijzigen" (coordinator): a name, a description, the conditions the lot
// requires and the provider partners contracted in it.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { ContractLot, QualityCondition } from '../../../types/api';
import { createLot, updateLot } from '../api/quality';
import { CONDITIONS, CONDITION_LABELS } from '../labels';

interface Choice {
  value: string;
  label: string;
}

function Choices({ id, legend, choices, selected, onChange, invalid, message }: {
  id: string;
  legend: string;
  choices: Choice[];
  selected: string[];
  onChange: (next: string[]) => void;
  invalid?: boolean;
  message?: ReactNode;
}) {
  return (
    <Fieldset className="kompas-checkboxes" invalid={invalid} aria-describedby={invalid ? `${id}-fout` : undefined} id={id}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {message}
      {choices.length === 0 && <p className="kompas-note">Er zijn nog geen aanbieders die partner zijn van deze samenwerking.</p>}
      {choices.map((c, i) => (
        <div className="kompas-choice" key={c.value}>
          <Checkbox
            id={`${id}-${i}`}
            checked={selected.includes(c.value)}
            onChange={(e) => onChange(e.target.checked ? [...selected, c.value] : selected.filter((v) => v !== c.value))}
          />
          <FormLabel htmlFor={`${id}-${i}`} type="checkbox">
            {c.label}
          </FormLabel>
        </div>
      ))}
    </Fieldset>
  );
}

export function LotForm({
  collaborationId,
  providers,
  lot,
  onSaved,
}: {
  collaborationId: string;
  providers: Choice[];
  lot?: ContractLot;
  onSaved: (lot: ContractLot) => void;
}) {
  const [name, setName] = useState(lot?.name ?? '');
  const [description, setDescription] = useState(lot?.description ?? '');
  const [required, setRequired] = useState<string[]>(lot?.required ?? []);
  const [chosen, setChosen] = useState<string[]>(lot?.providers ?? []);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ field: 'perceel-naam', message: 'Geef het perceel een naam' });
    if (required.length === 0) found.push({ field: 'perceel-eisen', message: 'Kies ten minste één kwaliteitseis' });
    setErrors(found);
    setGeneral(null);
    setDone(false);
    if (found.length) return;
    setBusy(true);
    try {
      const body = { name: name.trim(), description: description.trim(), required: required as QualityCondition[], providers: chosen };
      const saved = lot ? await updateLot(collaborationId, lot.id, body) : await createLot(collaborationId, body);
      setDone(true);
      if (!lot) {
        setName('');
        setDescription('');
        setRequired([]);
        setChosen([]);
      }
      onSaved(saved);
    } catch (error) {
      const refused = serverFormError(error, { name: 'perceel-naam', required: 'perceel-eisen', providers: 'perceel-aanbieders' }, 'Het perceel is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="perceel-form-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer het perceel" />
      {done && (
        <p role="status" className="kompas-success">
          Het perceel is opgeslagen.
        </p>
      )}
      <FormField type="text" invalid={invalid('perceel-naam')}>
        <FormLabel htmlFor="perceel-naam">Naam van het perceel</FormLabel>
        {message('perceel-naam')}
        <Textbox id="perceel-naam" value={name} aria-describedby={described('perceel-naam')} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField type="textarea">
        <FormLabel htmlFor="perceel-omschrijving">Omschrijving (niet verplicht)</FormLabel>
        <Textarea id="perceel-omschrijving" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </FormField>
      <Choices
        id="perceel-eisen"
        legend="Kwaliteitseisen van dit perceel"
        choices={CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
        selected={required}
        onChange={setRequired}
        invalid={invalid('perceel-eisen')}
        message={message('perceel-eisen')}
      />
      <Choices
        id="perceel-aanbieders"
        legend="Gecontracteerde aanbieders"
        choices={providers}
        selected={chosen}
        onChange={setChosen}
        invalid={invalid('perceel-aanbieders')}
        message={message('perceel-aanbieders')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        {busy ? 'Bezig met opslaan…' : lot ? 'Wijzigingen opslaan' : 'Perceel aanmaken'}
      </Button>
    </form>
  );
}
