// "Verbeteractie toevoegen": a title, what to do, the owner (aanspreekpunt) chosen from the people
// of the partner organisations, a due date and, optionally, what the action is about.
import { useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { Activity, ActionOwnerCandidate, NewImprovementAction, Partner, SocietalResult } from '../../../types/api';
import { createAction } from '../api/actions';

const SERVER_FIELDS: Record<string, string> = {
  title: 'actie-titel',
  description: 'actie-omschrijving',
  owner_person_id: 'actie-eigenaar',
  due_on: 'actie-datum',
  result_id: 'actie-resultaat',
  activity_id: 'actie-activiteit',
  organisation_id: 'actie-organisatie',
};

interface Props {
  collaborationId: string;
  owners: ActionOwnerCandidate[];
  results: SocietalResult[];
  activities: Activity[];
  partners: Partner[];
  onCreated: () => void;
}

export function ActionForm({ collaborationId, owners, results, activities, partners, onCreated }: Props) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [result, setResult] = useState('');
  const [activity, setActivity] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const organisations = partners.filter((p) => p.kind === 'organisation' && p.organisation_id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!title.trim()) found.push({ field: 'actie-titel', message: 'Geef de verbeteractie een titel' });
    if (!owner) found.push({ field: 'actie-eigenaar', message: 'Kies een aanspreekpunt' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) found.push({ field: 'actie-datum', message: 'Kies de streefdatum' });
    setErrors(found);
    setGeneral(null);
    setSaved(null);
    if (found.length) return;
    const body: NewImprovementAction = {
      title: title.trim(),
      description: description.trim(),
      owner_person_id: owner,
      due_on: due,
      result_id: result || null,
      activity_id: activity || null,
      organisation_id: organisation || null,
    };
    setBusy(true);
    try {
      const created = await createAction(collaborationId, body);
      setSaved(`Verbeteractie "${created.title}" is vastgelegd.`);
      setTitle('');
      setDescription('');
      setOwner('');
      setDue('');
      setResult('');
      setActivity('');
      setOrganisation('');
      onCreated();
    } catch (error) {
      const refused = serverFormError(error, SERVER_FIELDS, 'De verbeteractie is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };
  const { message, described, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="actie-form-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer de verbeteractie" />
      {saved && (
        <p role="status" className="kompas-success">
          {saved}
        </p>
      )}
      <FormField type="text" invalid={invalid('actie-titel')}>
        <FormLabel htmlFor="actie-titel">Wat gaan we verbeteren?</FormLabel>
        {message('actie-titel')}
        <Textbox id="actie-titel" value={title} aria-describedby={described('actie-titel')} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField type="textarea" invalid={invalid('actie-omschrijving')}>
        <FormLabel htmlFor="actie-omschrijving">Toelichting (niet verplicht)</FormLabel>
        {message('actie-omschrijving')}
        <Textarea id="actie-omschrijving" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </FormField>
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field" invalid={invalid('actie-eigenaar')}>
          <FormLabel htmlFor="actie-eigenaar">Aanspreekpunt</FormLabel>
          {message('actie-eigenaar')}
          <Select id="actie-eigenaar" value={owner} aria-describedby={described('actie-eigenaar')} onChange={(e) => setOwner(e.target.value)}>
            <SelectOption value="">Kies een persoon</SelectOption>
            {owners.map((o) => (
              <SelectOption key={o.person_id} value={o.person_id}>
                {o.name} ({o.organisation_name})
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="text" className="kompas-inline__field" invalid={invalid('actie-datum')}>
          <FormLabel htmlFor="actie-datum">Streefdatum</FormLabel>
          {message('actie-datum')}
          <Textbox id="actie-datum" type="date" value={due} aria-describedby={described('actie-datum')} onChange={(e) => setDue(e.target.value)} />
        </FormField>
      </div>
      <Fieldset>
        <FieldsetLegend>Waar gaat de actie over? (niet verplicht)</FieldsetLegend>
        <div className="kompas-inline">
          <FormField type="select" className="kompas-inline__field" invalid={invalid('actie-resultaat')}>
            <FormLabel htmlFor="actie-resultaat">Maatschappelijk resultaat</FormLabel>
            {message('actie-resultaat')}
            <Select id="actie-resultaat" value={result} onChange={(e) => setResult(e.target.value)}>
              <SelectOption value="">Geen</SelectOption>
              {results.map((r) => (
                <SelectOption key={r.id} value={r.id}>
                  {r.title}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField type="select" className="kompas-inline__field" invalid={invalid('actie-activiteit')}>
            <FormLabel htmlFor="actie-activiteit">Activiteit</FormLabel>
            {message('actie-activiteit')}
            <Select id="actie-activiteit" value={activity} onChange={(e) => setActivity(e.target.value)}>
              <SelectOption value="">Geen</SelectOption>
              {activities.map((a) => (
                <SelectOption key={a.id} value={a.id}>
                  {a.name}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField type="select" className="kompas-inline__field" invalid={invalid('actie-organisatie')}>
            <FormLabel htmlFor="actie-organisatie">Aanbieder of organisatie</FormLabel>
            {message('actie-organisatie')}
            <Select id="actie-organisatie" value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
              <SelectOption value="">Geen</SelectOption>
              {organisations.map((p) => (
                <SelectOption key={p.id} value={p.organisation_id ?? ''}>
                  {p.name}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </div>
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Verbeteractie vastleggen
      </Button>
    </form>
  );
}
