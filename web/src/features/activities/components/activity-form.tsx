// "Activiteit toevoegen" and "Activiteit wijzigen": only a name and an echelon are needed;
// everything else (who does it, for whom, reach and budget, the results it serves and why, what is
// known about its quality) may be filled in now or later. Coordinators and partners add
// activities; the coordinator and the partner that recorded one change it. Changing keeps the
// figures of the years the form does not show.
import { useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { Activity, ActivityStatus, Echelon, NewActivity, Partner, SocietalResult } from '../../../types/api';
import { createActivity, updateActivity } from '../api/activities';
import { ACTOR_KIND_LABELS, ECHELON_LABELS, KIND_LABELS, LADDER_LABELS, RECOGNITION_LABELS, STATUS_LABELS } from '../labels';

const SERVER_FIELDS: Record<string, string> = {
  name: 'act-naam',
  echelon: 'act-echelon',
  age_from: 'act-leeftijd-van',
  age_to: 'act-leeftijd-tot',
  years: 'act-jaar',
  result_ids: 'act-resultaten',
  results: 'act-resultaten',
  monitoring: 'act-monitoring-wat',
  actor_partner_id: 'act-uitvoerder',
};

type Check = '' | 'yes' | 'no';
const checkValue = (value: Check) => (value === '' ? null : value === 'yes');
const checkText = (value: boolean | null | undefined): Check => (value === null || value === undefined ? '' : value ? 'yes' : 'no');
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
/** A whole number of 0 or more, null when empty, undefined when it is not a number. */
export function wholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\./g, '');
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

function NumberField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <FormField type="text" className="kompas-inline__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Textbox id={id} inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} />
    </FormField>
  );
}

export function ActivityForm({
  collaborationId,
  partners,
  results,
  initial,
  onCreated,
}: {
  collaborationId: string;
  partners: Partner[];
  results: SocietalResult[];
  /** The activity to change; a new one when absent. */
  initial?: Activity;
  onCreated: (activity: Activity) => void;
}) {
  const shownYear = initial?.years.length ? initial.years[initial.years.length - 1] : null;
  const [name, setName] = useState(initial?.name ?? '');
  const [echelon, setEchelon] = useState<Echelon | ''>(initial?.echelon ?? '');
  const [kind, setKind] = useState<string>(initial?.kind ?? '');
  const [status, setStatus] = useState<ActivityStatus>(initial?.status ?? 'planned');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [actorPartner, setActorPartner] = useState(initial?.actor_partner_id ?? '');
  const [actorName, setActorName] = useState(initial?.actor_name ?? '');
  const [actorKind, setActorKind] = useState<string>(initial?.actor_kind ?? '');
  const [ageFrom, setAgeFrom] = useState(numberText(initial?.age_from));
  const [ageTo, setAgeTo] = useState(numberText(initial?.age_to));
  // result id -> reason
  const [linked, setLinked] = useState<Record<string, string>>(() => Object.fromEntries((initial?.results ?? []).map((r) => [r.result_id, r.reason ?? ''])));
  const [year, setYear] = useState(String(shownYear?.year ?? new Date().getFullYear()));
  const [reachPlanned, setReachPlanned] = useState(numberText(shownYear?.reach_planned));
  const [reachActual, setReachActual] = useState(numberText(shownYear?.reach_actual));
  const [budgetPlanned, setBudgetPlanned] = useState(numberText(shownYear?.budget_planned));
  const [budgetSpent, setBudgetSpent] = useState(numberText(shownYear?.budget_spent));
  const [recognition, setRecognition] = useState<string>(initial?.recognition ?? '');
  const [ladder, setLadder] = useState<string>(initial?.effect_ladder ?? '');
  const [checks, setChecks] = useState<Record<'target_group_described' | 'goals_described' | 'approach_described', Check>>({
    target_group_described: checkText(initial?.checks.target_group_described),
    goals_described: checkText(initial?.checks.goals_described),
    approach_described: checkText(initial?.checks.approach_described),
  });
  const [monitorWhat, setMonitorWhat] = useState(initial?.monitoring?.what ?? '');
  const [monitorWho, setMonitorWho] = useState(initial?.monitoring?.who ?? '');
  const [monitorReview, setMonitorReview] = useState(initial?.monitoring?.review_on ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ field: 'act-naam', message: 'Geef de activiteit een naam' });
    if (!echelon) found.push({ field: 'act-echelon', message: 'Kies het echelon' });
    const figures = { reach_planned: wholeNumber(reachPlanned), reach_actual: wholeNumber(reachActual), budget_planned: wholeNumber(budgetPlanned), budget_spent: wholeNumber(budgetSpent) };
    if (Object.values(figures).some((v) => v === undefined)) found.push({ field: 'act-jaar', message: 'Bereik en budget zijn hele getallen' });
    const hasFigures = Object.values(figures).some((v) => v !== null && v !== undefined);
    if (hasFigures && !/^\d{4}$/.test(year)) found.push({ field: 'act-jaar', message: 'Vul het jaar van de cijfers in' });
    const from = wholeNumber(ageFrom);
    const to = wholeNumber(ageTo);
    if (from === undefined) found.push({ field: 'act-leeftijd-van', message: 'Een leeftijd is een heel getal' });
    if (to === undefined) found.push({ field: 'act-leeftijd-tot', message: 'Een leeftijd is een heel getal' });
    const monitoring = monitorWhat.trim() || monitorReview ? { what: monitorWhat.trim(), who: monitorWho.trim(), review_on: monitorReview } : null;
    if (monitoring && (!monitoring.what || !/^\d{4}-\d{2}-\d{2}$/.test(monitoring.review_on))) {
      found.push({ field: 'act-monitoring-wat', message: 'Een monitoringsafspraak zegt wat er gevolgd wordt en wanneer het besproken wordt' });
    }
    setErrors(found);
    setGeneral(null);
    setDone(null);
    if (found.length || !echelon) return;
    const body: NewActivity = {
      name: name.trim(),
      echelon,
      status,
      description: description.trim(),
      kind: (kind || null) as NewActivity['kind'],
      actor_partner_id: actorPartner || null,
      actor_name: actorPartner ? '' : actorName.trim(),
      actor_kind: (actorKind || null) as NewActivity['actor_kind'],
      age_from: from ?? null,
      age_to: to ?? null,
      results: Object.entries(linked).map(([result_id, reason]) => ({ result_id, reason: reason.trim() })),
      years: [
        ...(initial?.years ?? []).filter((y) => String(y.year) !== year),
        ...(hasFigures
          ? [
            {
              year: Number(year),
              reach_planned: figures.reach_planned ?? null,
              reach_actual: figures.reach_actual ?? null,
              budget_planned: figures.budget_planned ?? null,
              budget_spent: figures.budget_spent ?? null,
            },
          ]
          : []),
      ],
      recognition: (recognition || null) as NewActivity['recognition'],
      effect_ladder: (ladder || null) as NewActivity['effect_ladder'],
      checks: {
        target_group_described: checkValue(checks.target_group_described),
        goals_described: checkValue(checks.goals_described),
        approach_described: checkValue(checks.approach_described),
      },
      monitoring,
    };
    setBusy(true);
    try {
      const created = initial ? await updateActivity(collaborationId, initial.id, body) : await createActivity(collaborationId, body);
      if (initial) {
        onCreated(created);
        return;
      }
      setName('');
      setDescription('');
      setLinked({});
      setReachPlanned('');
      setReachActual('');
      setBudgetPlanned('');
      setBudgetSpent('');
      setMonitorWhat('');
      setMonitorWho('');
      setMonitorReview('');
      setDone(created.name);
      onCreated(created);
    } catch (error) {
      const refused = serverFormError(error, SERVER_FIELDS, 'De activiteit is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);
  const organisationPartners = partners.filter((p) => p.kind === 'organisation');

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby={initial ? 'activiteit-wijzig-titel' : 'activiteit-form-titel'}>
      <ErrorSummary errors={errors} general={general} title="Controleer de activiteit" />
      {done && (
        <p role="status" className="kompas-success">
          De activiteit ‘{done}’ is toegevoegd.
        </p>
      )}
      <div className="kompas-inline">
        <FormField type="text" className="kompas-inline__field" invalid={invalid('act-naam')}>
          <FormLabel htmlFor="act-naam">Naam van de activiteit</FormLabel>
          {message('act-naam')}
          <Textbox id="act-naam" value={name} aria-describedby={described('act-naam')} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField type="select" className="kompas-inline__field" invalid={invalid('act-echelon')}>
          <FormLabel htmlFor="act-echelon">Echelon</FormLabel>
          {message('act-echelon')}
          <Select id="act-echelon" value={echelon} aria-describedby={described('act-echelon')} onChange={(e) => setEchelon(e.target.value as Echelon | '')}>
            <SelectOption value="">Kies een echelon</SelectOption>
            {(Object.keys(ECHELON_LABELS) as Echelon[]).map((e) => (
              <SelectOption key={e} value={e}>
                {ECHELON_LABELS[e]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor="act-soort">Soort (niet verplicht)</FormLabel>
          <Select id="act-soort" value={kind} onChange={(e) => setKind(e.target.value)}>
            <SelectOption value="">Nog niet bekend</SelectOption>
            {Object.entries(KIND_LABELS).map(([k, label]) => (
              <SelectOption key={k} value={k}>
                {label}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor="act-status">Stand van zaken</FormLabel>
          <Select id="act-status" value={status} onChange={(e) => setStatus(e.target.value as ActivityStatus)}>
            {(Object.keys(STATUS_LABELS) as ActivityStatus[]).map((s) => (
              <SelectOption key={s} value={s}>
                {STATUS_LABELS[s]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
      <FormField type="textarea">
        <FormLabel htmlFor="act-omschrijving">Omschrijving (niet verplicht)</FormLabel>
        <Textarea id="act-omschrijving" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </FormField>

      <Fieldset>
        <FieldsetLegend>Wie voert het uit, en voor wie?</FieldsetLegend>
        <div className="kompas-inline">
          <FormField type="select" className="kompas-inline__field" invalid={invalid('act-uitvoerder')}>
            <FormLabel htmlFor="act-uitvoerder">Uitvoerende partner</FormLabel>
            {message('act-uitvoerder')}
            <Select id="act-uitvoerder" value={actorPartner} onChange={(e) => setActorPartner(e.target.value)}>
              <SelectOption value="">Geen partner van de samenwerking</SelectOption>
              {organisationPartners.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.name}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          {!actorPartner && (
            <FormField type="text" className="kompas-inline__field">
              <FormLabel htmlFor="act-uitvoerder-naam">Of: wie anders (niet verplicht)</FormLabel>
              <Textbox id="act-uitvoerder-naam" value={actorName} onChange={(e) => setActorName(e.target.value)} />
            </FormField>
          )}
          <FormField type="select" className="kompas-inline__field">
            <FormLabel htmlFor="act-actorsoort">Soort uitvoerder</FormLabel>
            <Select id="act-actorsoort" value={actorKind} onChange={(e) => setActorKind(e.target.value)}>
              <SelectOption value="">Nog niet bekend</SelectOption>
              {Object.entries(ACTOR_KIND_LABELS).map(([k, label]) => (
                <SelectOption key={k} value={k}>
                  {label}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </div>
        <div className="kompas-inline">
          <FormField type="text" className="kompas-inline__field" invalid={invalid('act-leeftijd-van')}>
            <FormLabel htmlFor="act-leeftijd-van">Leeftijd vanaf</FormLabel>
            {message('act-leeftijd-van')}
            <Textbox id="act-leeftijd-van" inputMode="numeric" value={ageFrom} onChange={(e) => setAgeFrom(e.target.value)} />
          </FormField>
          <FormField type="text" className="kompas-inline__field" invalid={invalid('act-leeftijd-tot')}>
            <FormLabel htmlFor="act-leeftijd-tot">Leeftijd tot en met</FormLabel>
            {message('act-leeftijd-tot')}
            <Textbox id="act-leeftijd-tot" inputMode="numeric" value={ageTo} onChange={(e) => setAgeTo(e.target.value)} />
          </FormField>
        </div>
      </Fieldset>

      <Fieldset aria-describedby="act-resultaten-uitleg">
        <FieldsetLegend id="act-resultaten">Aan welke resultaten draagt het bij?</FieldsetLegend>
        <FormFieldDescription id="act-resultaten-uitleg">
          Een activiteit zonder resultaat mag; de aanbodanalyse laat haar dan apart zien. Zeg bij elk resultaat waarom de activiteit eraan bijdraagt.
        </FormFieldDescription>
        {message('act-resultaten')}
        {results.length === 0 && <p className="kompas-note">Deze samenwerking heeft nog geen maatschappelijke resultaten.</p>}
        {results.map((r, i) => {
          const on = r.id in linked;
          return (
            <div className="kompas-choice kompas-choice--with-reason" key={r.id}>
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                id={`act-res-${i}`}
                checked={on}
                onChange={(e) => {
                  const next = { ...linked };
                  if (e.target.checked) next[r.id] = '';
                  else delete next[r.id];
                  setLinked(next);
                }}
              />
              <FormLabel htmlFor={`act-res-${i}`} type="checkbox">
                {r.title}
              </FormLabel>
              {on && (
                <FormField type="text" className="kompas-reason">
                  <FormLabel htmlFor={`act-res-${i}-waarom`}>Waarom draagt dit bij?</FormLabel>
                  <Textbox id={`act-res-${i}-waarom`} value={linked[r.id]} onChange={(e) => setLinked({ ...linked, [r.id]: e.target.value })} />
                </FormField>
              )}
            </div>
          );
        })}
      </Fieldset>

      <Fieldset aria-describedby="act-jaar-uitleg">
        <FieldsetLegend>Bereik en budget</FieldsetLegend>
        <FormFieldDescription id="act-jaar-uitleg">Kinderen of jongeren, en hele euro’s. Laat leeg wat u nog niet weet.</FormFieldDescription>
        {message('act-jaar')}
        <div className="kompas-inline">
          <NumberField id="act-jaar" label="Jaar" value={year} onChange={setYear} />
          <NumberField id="act-bereik-gepland" label="Bereik gepland" value={reachPlanned} onChange={setReachPlanned} />
          <NumberField id="act-bereik" label="Bereik werkelijk" value={reachActual} onChange={setReachActual} />
          <NumberField id="act-budget-gepland" label="Budget gepland (€)" value={budgetPlanned} onChange={setBudgetPlanned} />
          <NumberField id="act-budget" label="Budget besteed (€)" value={budgetSpent} onChange={setBudgetSpent} />
        </div>
      </Fieldset>

      <Fieldset aria-describedby="act-kwaliteit-uitleg">
        <FieldsetLegend>Wat weten we van de kwaliteit?</FieldsetLegend>
        <FormFieldDescription id="act-kwaliteit-uitleg">
          Onbekende kwaliteit mag, maar dan zijn de checks en een monitoringsafspraak belangrijk.
        </FormFieldDescription>
        <div className="kompas-inline">
          <FormField type="select" className="kompas-inline__field">
            <FormLabel htmlFor="act-erkenning">Erkenning (Databank Effectieve Jeugdinterventies)</FormLabel>
            <Select id="act-erkenning" value={recognition} onChange={(e) => setRecognition(e.target.value)}>
              <SelectOption value="">Niet bekend</SelectOption>
              {Object.entries(RECOGNITION_LABELS).map(([k, label]) => (
                <SelectOption key={k} value={k}>
                  {label}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField type="select" className="kompas-inline__field">
            <FormLabel htmlFor="act-ladder">Trede op de effectladder</FormLabel>
            <Select id="act-ladder" value={ladder} onChange={(e) => setLadder(e.target.value)}>
              <SelectOption value="">Niet bekend</SelectOption>
              {Object.entries(LADDER_LABELS).map(([k, label]) => (
                <SelectOption key={k} value={k}>
                  {label}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </div>
        <div className="kompas-inline">
          {(
            [
              ['target_group_described', 'Is de doelgroep helder beschreven?'],
              ['goals_described', 'Zijn de doelen helder beschreven?'],
              ['approach_described', 'Is de aanpak helder beschreven?'],
            ] as const
          ).map(([key, label]) => (
            <FormField type="select" className="kompas-inline__field" key={key}>
              <FormLabel htmlFor={`act-check-${key}`}>{label}</FormLabel>
              <Select id={`act-check-${key}`} value={checks[key]} onChange={(e) => setChecks({ ...checks, [key]: e.target.value as Check })}>
                <SelectOption value="">Nog niet nagegaan</SelectOption>
                <SelectOption value="yes">Ja</SelectOption>
                <SelectOption value="no">Nee</SelectOption>
              </Select>
            </FormField>
          ))}
        </div>
        <div className="kompas-inline">
          <FormField type="text" className="kompas-inline__field" invalid={invalid('act-monitoring-wat')}>
            <FormLabel htmlFor="act-monitoring-wat">Monitoringsafspraak: wat volgen we?</FormLabel>
            {message('act-monitoring-wat')}
            <Textbox id="act-monitoring-wat" value={monitorWhat} aria-describedby={described('act-monitoring-wat')} onChange={(e) => setMonitorWhat(e.target.value)} />
          </FormField>
          <FormField type="text" className="kompas-inline__field">
            <FormLabel htmlFor="act-monitoring-wie">Door wie?</FormLabel>
            <Textbox id="act-monitoring-wie" value={monitorWho} onChange={(e) => setMonitorWho(e.target.value)} />
          </FormField>
          <FormField type="text" className="kompas-inline__field">
            <FormLabel htmlFor="act-monitoring-datum">Bespreken op</FormLabel>
            <Textbox id="act-monitoring-datum" type="date" value={monitorReview} onChange={(e) => setMonitorReview(e.target.value)} />
          </FormField>
        </div>
      </Fieldset>

      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {initial ? 'Wijzigingen opslaan' : 'Activiteit toevoegen'}
      </Button>
    </form>
  );
}
