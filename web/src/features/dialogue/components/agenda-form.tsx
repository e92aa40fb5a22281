// Putting a figure on the agenda (coordinator): an indicator of the youth profile for a region, a
// societal result, a municipality's outcome figure (only one the coordinator may see), an
// evaluation round or a signal of this collaboration, or the quality conditions of a provider partner
// (block 4).
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { AgendaKind, AgendaItemInput, DashboardRow, EvaluationRound, OutcomeFigureName, Signal } from '../../../types/api';
import { addAgendaItem } from '../api/dialogue';
import { KIND_LABELS, OUTCOME_LABELS } from '../labels';

interface Props {
  collaborationId: string;
  dialogueId: string;
  region: string;
  results: DashboardRow[];
  rounds: EvaluationRound[];
  signals: Signal[];
  /** The organisation partners; the server accepts only providers. */
  organisations: { id: string; name: string }[];
  onAdded: () => void;
}

export function AgendaForm({ collaborationId, dialogueId, region, results, rounds, signals, organisations, onAdded }: Props) {
  const [kind, setKind] = useState<AgendaKind>('indicator');
  const [indicator, setIndicator] = useState('');
  const [area, setArea] = useState(region);
  const [choice, setChoice] = useState('');
  const [municipality, setMunicipality] = useState(region.startsWith('GM') ? region : '');
  const [figure, setFigure] = useState<OutcomeFigureName>('planned');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const options: { value: string; label: string }[] =
    kind === 'result' ? results.map((r) => ({ value: r.result.id, label: r.result.title }))
    : kind === 'evaluation' ? rounds.map((r) => ({ value: r.id, label: r.title }))
    : kind === 'signal' ? signals.map((s) => ({ value: s.id, label: `${s.date}: ${s.text}` }))
    : kind === 'quality' ? organisations.map((o) => ({ value: o.id, label: o.name }))
    : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setGeneral(null);
    const body: AgendaItemInput = { kind };
    if (kind === 'indicator') Object.assign(body, { indicator: indicator.trim(), region: area.trim() });
    if (kind === 'result') body.result_id = choice || options[0]?.value || null;
    if (kind === 'evaluation') body.round_id = choice || options[0]?.value || null;
    if (kind === 'signal') body.signal_id = choice || options[0]?.value || null;
    if (kind === 'quality') body.organisation_id = choice || options[0]?.value || null;
    if (kind === 'outcome') Object.assign(body, { municipality: municipality.trim(), outcome_figure: figure, help_form: 'all' });
    setBusy(true);
    try {
      await addAgendaItem(collaborationId, dialogueId, body);
      setChoice('');
      onAdded();
    } catch (error) {
      const refused = serverFormError(
        error,
        { indicator: 'agenda-indicator', region: 'agenda-regio', result_id: 'agenda-keuze', round_id: 'agenda-keuze', signal_id: 'agenda-keuze', organisation_id: 'agenda-keuze', municipality: 'agenda-gemeente', outcome_figure: 'agenda-uitkomst', kind: 'agenda-soort' },
        'Het agendapunt is niet toegevoegd',
      );
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };
  const { message, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-form kompas-noprint" onSubmit={submit} noValidate aria-label="Agendapunt toevoegen">
      <ErrorSummary errors={errors} general={general} title="Het agendapunt is niet toegevoegd" />
      <FormField type="select" invalid={invalid('agenda-soort')}>
        <FormLabel htmlFor="agenda-soort">Soort agendapunt</FormLabel>
        {message('agenda-soort')}
        <Select id="agenda-soort" value={kind} onChange={(e) => { setKind(e.target.value as AgendaKind); setChoice(''); }}>
          {(Object.keys(KIND_LABELS) as AgendaKind[]).map((k) => (
            <SelectOption key={k} value={k}>
              {KIND_LABELS[k]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {kind === 'indicator' && (
        <>
          <FormField type="text" invalid={invalid('agenda-indicator')}>
            <FormLabel htmlFor="agenda-indicator">Indicator (sleutel, bijvoorbeeld PercentageJongerenMetJeugdzorg)</FormLabel>
            {message('agenda-indicator')}
            <Textbox id="agenda-indicator" value={indicator} onChange={(e) => setIndicator(e.target.value)} />
          </FormField>
          <FormField type="text" invalid={invalid('agenda-regio')}>
            <FormLabel htmlFor="agenda-regio">Gebied (code, bijvoorbeeld GM0034)</FormLabel>
            {message('agenda-regio')}
            <Textbox id="agenda-regio" value={area} onChange={(e) => setArea(e.target.value)} />
          </FormField>
        </>
      )}
      {(kind === 'result' || kind === 'evaluation' || kind === 'signal' || kind === 'quality') && (
        <FormField type="select" invalid={invalid('agenda-keuze')}>
          <FormLabel htmlFor="agenda-keuze">{KIND_LABELS[kind]}</FormLabel>
          {message('agenda-keuze')}
          {options.length === 0 ? (
            <p className="kompas-note">Deze samenwerking heeft er nog geen.</p>
          ) : (
            <Select id="agenda-keuze" value={choice || options[0].value} onChange={(e) => setChoice(e.target.value)}>
              {options.map((o) => (
                <SelectOption key={o.value} value={o.value}>
                  {o.label}
                </SelectOption>
              ))}
            </Select>
          )}
        </FormField>
      )}
      {kind === 'outcome' && (
        <>
          <FormField type="text" invalid={invalid('agenda-gemeente')}>
            <FormLabel htmlFor="agenda-gemeente">Gemeente (GM-code; alleen uw eigen gemeente)</FormLabel>
            {message('agenda-gemeente')}
            <Textbox id="agenda-gemeente" value={municipality} onChange={(e) => setMunicipality(e.target.value)} />
          </FormField>
          <FormField type="select" invalid={invalid('agenda-uitkomst')}>
            <FormLabel htmlFor="agenda-uitkomst">Uitkomst (alle hulpvormen samen)</FormLabel>
            {message('agenda-uitkomst')}
            <Select id="agenda-uitkomst" value={figure} onChange={(e) => setFigure(e.target.value as OutcomeFigureName)}>
              {(Object.keys(OUTCOME_LABELS) as OutcomeFigureName[]).map((f) => (
                <SelectOption key={f} value={f}>
                  {OUTCOME_LABELS[f]}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        </>
      )}
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        Agendapunt toevoegen
      </Button>
    </form>
  );
}
