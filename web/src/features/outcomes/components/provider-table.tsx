// The providers that helped residents of a municipality, one period at a time, in provider-code
// order (never ordered by an outcome), then the small providers together ("overige aanbieders"),
// with the total of all providers at the bottom. A search field narrows a long list to one provider.
import { useState } from 'react';
import { FormField, FormLabel, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { periodLabel } from '../format';
import { providerLabel } from '../funnel';
import { ALL, latestEndedPeriod, periodsOf, providersIn } from '../rows';
import type { OtherProviders, OutcomeRow, ProviderRow } from '../types';
import { FiguresTable } from './figures-table';

interface ProviderTableProps {
  providers: ProviderRow[];
  /** The small providers together; absent in old fixtures and when there are none. */
  others?: OtherProviders;
  rows: OutcomeRow[];
  municipality: string;
  /** Opens on the newest period that has ended on this date. */
  referenceDate: string;
}

/** Whether a provider matches what was typed: part of its name or of its AGB code, any case. */
export function matchesProvider(provider: Pick<ProviderRow, 'provider' | 'name'>, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || provider.provider.includes(q) || (provider.name ?? '').toLowerCase().includes(q);
}

export function ProviderTable({ providers, others, rows, municipality, referenceDate }: ProviderTableProps) {
  const otherRows = others?.rows ?? [];
  const periods = periodsOf([...providers, ...otherRows]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const period = chosen && periods.includes(chosen) ? chosen : latestEndedPeriod(periods, referenceDate);
  if (period === null) return <Paragraph className="kompas-unknown">Er zijn geen aanbieders met trajecten voor inwoners van {municipality}.</Paragraph>;
  const inPeriod = providersIn(providers, period);
  const list = inPeriod.filter((p) => matchesProvider(p, query));
  const other = query.trim() === '' ? otherRows.find((r) => r.period === period) : undefined;
  const total = rows.find((r) => r.help_form === ALL && r.period === period);
  return (
    <>
      <FormField type="select" className="kompas-outcomes-picker">
        <FormLabel htmlFor="aanbieders-periode">Periode</FormLabel>
        <Select id="aanbieders-periode" value={period} onChange={(e) => setChosen(e.target.value)}>
          {periods.map((p) => (
            <SelectOption key={p} value={p}>
              {periodLabel(p)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="text" className="kompas-outcomes-picker">
        <FormLabel htmlFor="aanbieders-zoek">Zoek een aanbieder (naam of AGB-code)</FormLabel>
        <Textbox id="aanbieders-zoek" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </FormField>
      <Paragraph className="kompas-note" data-testid="provider-count" aria-live="polite">
        {query.trim() === ''
          ? `${inPeriod.length} ${inPeriod.length === 1 ? 'aanbieder' : 'aanbieders'} met een eigen regel, in volgorde van AGB-code; dit is geen rangorde.`
          : `${list.length} van de ${inPeriod.length} aanbieders gevonden.`}
        {others && others.count > 0 && query.trim() === ''
          ? ` ${others.count} kleine ${others.count === 1 ? 'aanbieder staat' : 'aanbieders staan'} samen onder ‘Overige aanbieders’: zij hebben in geen enkel jaar 10 of meer trajecten voor inwoners van ${municipality}.`
          : ''}
      </Paragraph>
      <FiguresTable
        caption={`Uitkomsten per aanbieder voor inwoners van ${municipality}, ${periodLabel(period)}`}
        rowHeader="Aanbieder"
        testId="provider-table"
        rows={[
          ...list.map((p) => ({ key: p.provider, header: providerLabel(p), figures: p })),
          ...(other ? [{ key: 'overige', header: `Overige aanbieders (${others?.count ?? 0} samen)`, figures: other }] : []),
          ...(total ? [{ key: 'totaal', header: 'Alle aanbieders samen', figures: total, total: true }] : []),
        ]}
      />
    </>
  );
}
