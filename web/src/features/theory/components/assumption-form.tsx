// "Veronderstelling vastleggen": which result, through which intermediate outcome (chosen from the
// list, so partners share it, or named anew), from which activity, with the evidence, the open
// questions and the direction the figure should move. The coordinator may record for a partner.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { Assumption, EvidenceStrength, ExpectedDirection, Indicator, Partner, TheoryOfChange } from '../../../types/api';
import { createAssumption, createIntermediateOutcome, updateAssumption } from '../api/theory';
import { DIRECTION_LABELS, STRENGTH_LABELS } from '../graph';

const NEW = '__nieuw__';

const SERVER_FIELDS: Record<string, string> = {
  result_id: 'vo-resultaat',
  intermediate_outcome_id: 'vo-tussen',
  name: 'vo-tussen-naam',
  indicator: 'vo-indicator',
  activity_id: 'vo-activiteit',
  holder_partner_id: 'vo-namens',
  evidence: 'vo-sterkte',
  explanation: 'vo-toelichting',
  open_questions: 'vo-vragen',
  expected_direction: 'vo-richting',
};

export function AssumptionForm({
  collaborationId,
  theory,
  indicators,
  partners,
  editing = null,
  onCreated,
  onCancel,
}: {
  collaborationId: string;
  theory: TheoryOfChange;
  indicators: Indicator[];
  /** Only for the coordinator, who may record for another partner. */
  partners: Partner[] | null;
  /** The assumption being changed; mount the form with a new key for each. */
  editing?: Assumption | null;
  onCreated: (assumption: Assumption) => void;
  onCancel?: () => void;
}) {
  const [result, setResult] = useState(editing?.result_id ?? '');
  const [outcome, setOutcome] = useState(editing?.intermediate_outcome_id ?? (theory.intermediate_outcomes.length ? '' : NEW));
  const [name, setName] = useState('');
  const [indicator, setIndicator] = useState('');
  const [activity, setActivity] = useState(editing?.activity_id ?? '');
  const [holder, setHolder] = useState(editing?.holder_partner_id ?? '');
  const [strength, setStrength] = useState<EvidenceStrength | ''>(editing?.evidence.strength ?? '');
  const [source, setSource] = useState(editing?.evidence.source ?? '');
  const [explanation, setExplanation] = useState(editing?.explanation ?? '');
  const [questions, setQuestions] = useState(editing?.open_questions ?? '');
  const [direction, setDirection] = useState<ExpectedDirection | ''>(editing?.expected_direction ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!result) found.push({ field: 'vo-resultaat', message: 'Kies het resultaat waaraan het bijdraagt' });
    if (!outcome) found.push({ field: 'vo-tussen', message: 'Kies een tussenresultaat of benoem een nieuw' });
    if (outcome === NEW && !name.trim()) found.push({ field: 'vo-tussen-naam', message: 'Geef het nieuwe tussenresultaat een naam' });
    if (!strength) found.push({ field: 'vo-sterkte', message: 'Kies hoe sterk de onderbouwing is' });
    setErrors(found);
    setGeneral(null);
    setDone(false);
    if (found.length || !strength) return;
    setBusy(true);
    try {
      let outcomeId = outcome;
      if (outcome === NEW) {
        const created = await createIntermediateOutcome(collaborationId, { name: name.trim(), ...(indicator ? { indicator } : {}) });
        outcomeId = created.id;
        setOutcome(created.id);
        setName('');
      }
      const body = {
        result_id: result,
        intermediate_outcome_id: outcomeId,
        ...(activity ? { activity_id: activity } : {}),
        ...(holder ? { holder_partner_id: holder } : {}),
        explanation: explanation.trim(),
        evidence: { strength, source: source.trim() },
        open_questions: questions.trim(),
        expected_direction: direction || null,
      };
      const created = editing ? await updateAssumption(collaborationId, editing.id, body) : await createAssumption(collaborationId, body);
      if (editing) {
        onCreated(created);
        return;
      }
      setExplanation('');
      setQuestions('');
      setSource('');
      setDone(true);
      onCreated(created);
    } catch (error) {
      const refused = serverFormError(error, SERVER_FIELDS, 'De veronderstelling is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);
  const chosen = theory.intermediate_outcomes.find((o) => o.id === outcome);
  const hasFigure = outcome === NEW ? Boolean(indicator) : Boolean(chosen?.indicator);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="veronderstelling-form-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer de veronderstelling" />
      {done && (
        <p role="status" className="kompas-success">
          De veronderstelling is vastgelegd.
        </p>
      )}
      <FormField type="select" invalid={invalid('vo-resultaat')}>
        <FormLabel htmlFor="vo-resultaat">Aan welk maatschappelijk resultaat draagt het bij?</FormLabel>
        {message('vo-resultaat')}
        <Select id="vo-resultaat" value={result} aria-describedby={described('vo-resultaat')} onChange={(e) => setResult(e.target.value)}>
          <SelectOption value="">Kies een resultaat</SelectOption>
          {theory.results.map((group) => (
            <SelectOption key={group.result.id} value={group.result.id}>
              {group.result.title}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="select" invalid={invalid('vo-tussen')}>
        <FormLabel htmlFor="vo-tussen">Via welk tussenresultaat?</FormLabel>
        <FormFieldDescription id="vo-tussen-uitleg">
          Kies een tussenresultaat dat een partner al noemde: dan wordt zichtbaar waar jullie veronderstellingen elkaar raken.
        </FormFieldDescription>
        {message('vo-tussen')}
        <Select id="vo-tussen" value={outcome} aria-describedby={described('vo-tussen', 'vo-tussen-uitleg')} onChange={(e) => setOutcome(e.target.value)}>
          <SelectOption value="">Kies een tussenresultaat</SelectOption>
          {theory.intermediate_outcomes.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name}
            </SelectOption>
          ))}
          <SelectOption value={NEW}>Een nieuw tussenresultaat benoemen…</SelectOption>
        </Select>
      </FormField>
      {outcome === NEW && (
        <div className="kompas-inline">
          <FormField type="text" className="kompas-inline__field" invalid={invalid('vo-tussen-naam')}>
            <FormLabel htmlFor="vo-tussen-naam">Naam van het nieuwe tussenresultaat</FormLabel>
            {message('vo-tussen-naam')}
            <Textbox id="vo-tussen-naam" value={name} aria-describedby={described('vo-tussen-naam')} onChange={(e) => setName(e.target.value)} />
          </FormField>
          <FormField type="select" className="kompas-inline__field" invalid={invalid('vo-indicator')}>
            <FormLabel htmlFor="vo-indicator">Cijfer in Kompas dat het volgt (niet verplicht)</FormLabel>
            {message('vo-indicator')}
            <Select id="vo-indicator" value={indicator} aria-describedby={described('vo-indicator')} onChange={(e) => setIndicator(e.target.value)}>
              <SelectOption value="">Geen cijfer</SelectOption>
              {indicators.map((i) => (
                <SelectOption key={i.key} value={i.key}>
                  {i.title}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </div>
      )}
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field" invalid={invalid('vo-activiteit')}>
          <FormLabel htmlFor="vo-activiteit">Vanuit welke activiteit? (niet verplicht)</FormLabel>
          {message('vo-activiteit')}
          <Select id="vo-activiteit" value={activity} aria-describedby={described('vo-activiteit')} onChange={(e) => setActivity(e.target.value)}>
            <SelectOption value="">Nog geen activiteit</SelectOption>
            {theory.activities.map((a) => (
              <SelectOption key={a.id} value={a.id}>
                {a.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {partners && (
          <FormField type="select" className="kompas-inline__field" invalid={invalid('vo-namens')}>
            <FormLabel htmlFor="vo-namens">Van welke partner is deze veronderstelling?</FormLabel>
            {message('vo-namens')}
            <Select id="vo-namens" value={holder} aria-describedby={described('vo-namens')} onChange={(e) => setHolder(e.target.value)}>
              {!editing && <SelectOption value="">Van ons (de coördinator)</SelectOption>}
              {partners
                .filter((p) => Boolean(editing) || p.role !== 'coordinator')
                .map((p) => (
                  <SelectOption key={p.id} value={p.id}>
                    {p.name}
                  </SelectOption>
                ))}
            </Select>
          </FormField>
        )}
      </div>
      <FormField type="textarea" invalid={invalid('vo-toelichting')}>
        <FormLabel htmlFor="vo-toelichting">Waarom denkt u dat dit zo werkt? (niet verplicht)</FormLabel>
        {message('vo-toelichting')}
        <Textarea id="vo-toelichting" rows={3} value={explanation} aria-describedby={described('vo-toelichting')} onChange={(e) => setExplanation(e.target.value)} />
      </FormField>
      <div className="kompas-inline">
        <FormField type="select" className="kompas-inline__field" invalid={invalid('vo-sterkte')}>
          <FormLabel htmlFor="vo-sterkte">Waarop rust het?</FormLabel>
          {message('vo-sterkte')}
          <Select id="vo-sterkte" value={strength} aria-describedby={described('vo-sterkte')} onChange={(e) => setStrength(e.target.value as EvidenceStrength | '')}>
            <SelectOption value="">Kies de onderbouwing</SelectOption>
            {(Object.keys(STRENGTH_LABELS) as EvidenceStrength[]).map((s) => (
              <SelectOption key={s} value={s}>
                {STRENGTH_LABELS[s]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="text" className="kompas-inline__field">
          <FormLabel htmlFor="vo-bron">Bron: rapport, onderzoek of link (niet verplicht)</FormLabel>
          <Textbox id="vo-bron" value={source} onChange={(e) => setSource(e.target.value)} />
        </FormField>
      </div>
      <FormField type="textarea">
        <FormLabel htmlFor="vo-vragen">Open vragen (niet verplicht)</FormLabel>
        <FormFieldDescription id="vo-vragen-uitleg">Wat weten we nog niet? Wat willen we uitzoeken of samen bespreken?</FormFieldDescription>
        <Textarea id="vo-vragen" rows={2} value={questions} aria-describedby="vo-vragen-uitleg" onChange={(e) => setQuestions(e.target.value)} />
      </FormField>
      <FormField type="select" invalid={invalid('vo-richting')}>
        <FormLabel htmlFor="vo-richting">Als dit klopt, wat doet het cijfer van het tussenresultaat?</FormLabel>
        <FormFieldDescription id="vo-richting-uitleg">
          {hasFigure
            ? 'Kompas vergelijkt dit met de laatste twee metingen en zegt eerlijk wanneer het verschil binnen de normale variatie valt.'
            : 'Dit tussenresultaat heeft (nog) geen cijfer in Kompas; de richting wordt bewaard voor later.'}
        </FormFieldDescription>
        {message('vo-richting')}
        <Select id="vo-richting" value={direction} aria-describedby={described('vo-richting', 'vo-richting-uitleg')} onChange={(e) => setDirection(e.target.value as ExpectedDirection | '')}>
          <SelectOption value="">Niet vastgelegd</SelectOption>
          {(Object.keys(DIRECTION_LABELS) as ExpectedDirection[]).map((d) => (
            <SelectOption key={d} value={d}>
              Het cijfer {DIRECTION_LABELS[d]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <div className="kompas-inline">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {editing ? 'Wijziging opslaan' : 'Veronderstelling vastleggen'}
        </Button>
        {editing && onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            Niet wijzigen
          </Button>
        )}
      </div>
    </form>
  );
}
