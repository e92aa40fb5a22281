// "Maatschappelijk resultaat toevoegen": a sentence in plain words, an indicator, the region(s),
// a baseline (picked from the published figures or typed) and a target value and year. With
// `existing` it edits that result (issue 12): the same fields filled in, and a reason, required
// when the indicator, the baseline or the target changes.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import { formatNumber, formatValue } from '../../../lib/format';
import type { CollaborationDetail, Indicator, SocietalResult } from '../../../types/api';
import { createResult, updateResult, useObservations } from '../api/results';
import { parseDecimal, periodLabel, suggestTitle } from '../progress';
import { CheckboxGroup } from './checkbox-group';

const SERVER_FIELDS: Record<string, string> = {
  title: 'resultaat-titel',
  indicator: 'resultaat-indicator',
  regions: 'resultaat-gebieden-0',
  'baseline.value': 'resultaat-nulmeting',
  'baseline.period': 'resultaat-nulmeting-periode',
  baseline: 'resultaat-nulmeting',
  'target.value': 'resultaat-streefwaarde',
  'target.year': 'resultaat-streefjaar',
  target: 'resultaat-streefwaarde',
  agreed_on: 'resultaat-datum',
  reason: 'resultaat-reden',
};

const decimalText = (value: number) => String(value).replace('.', ',');

/** "2022" → "2022JJ00"; a CBS code stays as it is; anything else → null. */
export function toPeriodCode(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (/^\d{4}$/.test(t)) return `${t}JJ00`;
  if (/^\d{4}(JJ|KW|MM)\d{2}$/.test(t)) return t;
  return null;
}

export function ResultForm({
  collaboration,
  ambitionId,
  indicators,
  onCreated,
  existing,
  labelledBy = 'resultaat-form-titel',
}: {
  collaboration: CollaborationDetail;
  ambitionId: string;
  indicators: Indicator[];
  onCreated: (result: SocietalResult) => void;
  existing?: SocietalResult;
  labelledBy?: string;
}) {
  const [title, setTitle] = useState(existing?.title ?? '');
  const [indicatorKey, setIndicatorKey] = useState(existing?.indicator ?? '');
  const [regions, setRegions] = useState<string[]>(existing?.regions ?? collaboration.regions.slice(0, 1));
  const [baseline, setBaseline] = useState(existing ? decimalText(existing.baseline.value) : '');
  const [baselinePeriod, setBaselinePeriod] = useState(existing?.baseline.period ?? '');
  const [target, setTarget] = useState(existing ? decimalText(existing.target.value) : '');
  const [targetYear, setTargetYear] = useState(existing ? String(existing.target.year) : '');
  const [agreedBy, setAgreedBy] = useState<string[]>(existing?.agreed_by ?? []);
  const [agreedOn, setAgreedOn] = useState(existing?.agreed_on ?? '');
  const [reason, setReason] = useState('');
  const regionChoices = [...collaboration.regions, ...(existing?.regions ?? []).filter((code) => !collaboration.regions.includes(code))];
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const indicator = indicators.find((i) => i.key === indicatorKey) ?? null;
  const observations = useObservations(indicatorKey || null, regions[0] ?? null);
  const known = observations.status === 'success' ? observations.data.filter((o) => o.value !== null) : [];
  const suggestion = suggestTitle(indicator, target, targetYear);

  const pickObservation = (period: string) => {
    const o = known.find((x) => x.period === period);
    if (!o || o.value === null || !indicator) return;
    setBaseline(formatNumber(o.value, indicator.decimals).replace(/\./g, ''));
    setBaselinePeriod(o.period);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const baselineValue = parseDecimal(baseline);
    const targetValue = parseDecimal(target);
    const period = toPeriodCode(baselinePeriod);
    const year = /^\d{4}$/.test(targetYear.trim()) ? Number(targetYear.trim()) : null;
    if (!title.trim()) found.push({ field: 'resultaat-titel', message: 'Beschrijf het resultaat in één zin' });
    if (!indicatorKey) found.push({ field: 'resultaat-indicator', message: 'Kies een indicator' });
    if (regions.length === 0) found.push({ field: 'resultaat-gebieden-0', message: 'Kies minstens één gebied' });
    if (baselineValue === null) found.push({ field: 'resultaat-nulmeting', message: 'Vul de nulmeting in als getal, bijvoorbeeld 10,8' });
    if (period === null) found.push({ field: 'resultaat-nulmeting-periode', message: 'Vul het jaar van de nulmeting in, bijvoorbeeld 2022' });
    if (targetValue === null) found.push({ field: 'resultaat-streefwaarde', message: 'Vul de streefwaarde in als getal, bijvoorbeeld 10,0' });
    if (year === null) found.push({ field: 'resultaat-streefjaar', message: 'Vul het streefjaar in, bijvoorbeeld 2028' });
    else if (period !== null && year <= Number(period.slice(0, 4))) found.push({ field: 'resultaat-streefjaar', message: 'Het streefjaar moet na het jaar van de nulmeting liggen' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(agreedOn)) found.push({ field: 'resultaat-datum', message: 'Vul de datum in waarop het resultaat is afgesproken' });
    const measureChanged =
      existing !== undefined &&
      (indicatorKey !== existing.indicator ||
        baselineValue !== existing.baseline.value ||
        period !== existing.baseline.period ||
        targetValue !== existing.target.value ||
        year !== existing.target.year);
    if (measureChanged && !reason.trim()) {
      found.push({ field: 'resultaat-reden', message: 'Geef een reden: de indicator, de nulmeting of de streefwaarde verandert' });
    }
    setErrors(found);
    setGeneral(null);
    if (found.length || baselineValue === null || targetValue === null || period === null || year === null) return;
    setBusy(true);
    try {
      const body = {
        title: title.trim(),
        indicator: indicatorKey,
        regions,
        baseline: { value: baselineValue, period },
        target: { value: targetValue, year },
        agreed_by: agreedBy,
        agreed_on: agreedOn,
      };
      const saved = existing
        ? await updateResult(collaboration.id, existing.id, { ...body, reason: reason.trim() })
        : await createResult(collaboration.id, ambitionId, body);
      if (existing) setReason('');
      onCreated(saved);
    } catch (error) {
      const refused = serverFormError(error, SERVER_FIELDS, 'Het resultaat is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <ErrorSummary errors={errors} general={general} title="Controleer het resultaat" />
      <FormField type="select" invalid={invalid('resultaat-indicator')}>
        <FormLabel htmlFor="resultaat-indicator">Indicator</FormLabel>
        <FormFieldDescription id="resultaat-indicator-uitleg">Met welk cijfer uit de staat van de jeugd volgt u dit resultaat?</FormFieldDescription>
        {message('resultaat-indicator')}
        <Select
          id="resultaat-indicator"
          value={indicatorKey}
          aria-describedby={described('resultaat-indicator', 'resultaat-indicator-uitleg')}
          onChange={(e) => setIndicatorKey(e.target.value)}
        >
          <SelectOption value="">Kies een indicator</SelectOption>
          {indicators.map((i) => (
            <SelectOption key={i.key} value={i.key}>
              {i.title}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <CheckboxGroup
        id="resultaat-gebieden"
        legend="Gebied(en)"
        description="De gemeente of wijk waar het resultaat over gaat. De voortgang wordt getoond voor het eerste gekozen gebied."
        choices={regionChoices.map((code) => ({ value: code, label: code }))}
        selected={regions}
        onChange={setRegions}
      />
      {message('resultaat-gebieden-0')}
      <fieldset className="kompas-subfields">
        <legend className="utrecht-form-fieldset__legend">Nulmeting: waar staan we nu?</legend>
        {indicator && known.length > 0 && (
          <FormField type="select">
            <FormLabel htmlFor="resultaat-nulmeting-kiezen">Kies een gepubliceerd cijfer ({regions[0]})</FormLabel>
            <Select id="resultaat-nulmeting-kiezen" value={known.some((o) => o.period === baselinePeriod) ? baselinePeriod : ''} onChange={(e) => pickObservation(e.target.value)}>
              <SelectOption value="">Kies een periode, of typ hieronder zelf</SelectOption>
              {known.map((o) => (
                <SelectOption key={o.period} value={o.period}>
                  {periodLabel(o.period)}: {formatValue(o.value, indicator)}
                  {o.status === 'provisional' ? ' (voorlopig)' : ''}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        )}
        <div className="kompas-inline">
          <FormField type="text" className="kompas-inline__field" invalid={invalid('resultaat-nulmeting')}>
            <FormLabel htmlFor="resultaat-nulmeting">Waarde van de nulmeting{indicator && indicator.unit.trim() === '%' ? ' (%)' : ''}</FormLabel>
            {message('resultaat-nulmeting')}
            <Textbox id="resultaat-nulmeting" inputMode="decimal" value={baseline} aria-describedby={described('resultaat-nulmeting')} onChange={(e) => setBaseline(e.target.value)} />
          </FormField>
          <FormField type="text" className="kompas-inline__field" invalid={invalid('resultaat-nulmeting-periode')}>
            <FormLabel htmlFor="resultaat-nulmeting-periode">Jaar van de nulmeting</FormLabel>
            {message('resultaat-nulmeting-periode')}
            <Textbox
              id="resultaat-nulmeting-periode"
              value={/^\d{4}JJ00$/.test(baselinePeriod) ? baselinePeriod.slice(0, 4) : baselinePeriod}
              aria-describedby={described('resultaat-nulmeting-periode')}
              onChange={(e) => setBaselinePeriod(e.target.value)}
            />
          </FormField>
        </div>
      </fieldset>
      <fieldset className="kompas-subfields">
        <legend className="utrecht-form-fieldset__legend">Doel: waar willen we naartoe?</legend>
        <div className="kompas-inline">
          <FormField type="text" className="kompas-inline__field" invalid={invalid('resultaat-streefwaarde')}>
            <FormLabel htmlFor="resultaat-streefwaarde">Streefwaarde{indicator && indicator.unit.trim() === '%' ? ' (%)' : ''}</FormLabel>
            {message('resultaat-streefwaarde')}
            <Textbox id="resultaat-streefwaarde" inputMode="decimal" value={target} aria-describedby={described('resultaat-streefwaarde')} onChange={(e) => setTarget(e.target.value)} />
          </FormField>
          <FormField type="text" className="kompas-inline__field" invalid={invalid('resultaat-streefjaar')}>
            <FormLabel htmlFor="resultaat-streefjaar">Streefjaar</FormLabel>
            {message('resultaat-streefjaar')}
            <Textbox id="resultaat-streefjaar" inputMode="numeric" value={targetYear} aria-describedby={described('resultaat-streefjaar')} onChange={(e) => setTargetYear(e.target.value)} />
          </FormField>
        </div>
      </fieldset>
      <FormField type="text" invalid={invalid('resultaat-titel')}>
        <FormLabel htmlFor="resultaat-titel">Het resultaat in één zin</FormLabel>
        <FormFieldDescription id="resultaat-titel-uitleg">
          Zo dat iedereen het begrijpt. Bijvoorbeeld: <q>{suggestion}</q>
        </FormFieldDescription>
        {message('resultaat-titel')}
        <Textbox id="resultaat-titel" value={title} aria-describedby={described('resultaat-titel', 'resultaat-titel-uitleg')} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <Button type="button" appearance="secondary-action-button" onClick={() => setTitle(suggestion)}>
        Voorbeeldzin overnemen
      </Button>
      <CheckboxGroup
        id="resultaat-partners"
        legend="Afgesproken door"
        choices={collaboration.partners.map((p) => ({ value: p.id, label: p.name }))}
        selected={agreedBy}
        onChange={setAgreedBy}
      />
      <FormField type="text" invalid={invalid('resultaat-datum')}>
        <FormLabel htmlFor="resultaat-datum">Afgesproken op</FormLabel>
        {message('resultaat-datum')}
        <Textbox id="resultaat-datum" type="date" value={agreedOn} aria-describedby={described('resultaat-datum')} onChange={(e) => setAgreedOn(e.target.value)} />
      </FormField>
      {existing && (
        <FormField type="textarea" invalid={invalid('resultaat-reden')}>
          <FormLabel htmlFor="resultaat-reden">Reden van de wijziging</FormLabel>
          <FormFieldDescription id="resultaat-reden-uitleg">
            Verplicht als de indicator, de nulmeting of de streefwaarde verandert. De reden komt in de geschiedenis van dit resultaat.
          </FormFieldDescription>
          {message('resultaat-reden')}
          <Textarea
            id="resultaat-reden"
            rows={3}
            value={reason}
            aria-describedby={described('resultaat-reden', 'resultaat-reden-uitleg')}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {existing ? 'Wijziging opslaan' : 'Resultaat toevoegen'}
      </Button>
    </form>
  );
}
