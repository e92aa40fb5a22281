// The providers that helped residents of a municipality, one period at a time, in provider-code
// order (never ordered by an outcome), with the total of all providers at the bottom.
import { useState } from 'react';
import { FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { periodLabel } from '../format';
import { providerLabel } from '../funnel';
import { ALL, latestEndedPeriod, periodsOf, providersIn } from '../rows';
import type { OutcomeRow, ProviderRow } from '../types';
import { FiguresTable } from './figures-table';

interface ProviderTableProps {
  providers: ProviderRow[];
  rows: OutcomeRow[];
  municipality: string;
  /** Opens on the newest period that has ended on this date. */
  referenceDate: string;
}

export function ProviderTable({ providers, rows, municipality, referenceDate }: ProviderTableProps) {
  const periods = periodsOf(providers);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen && periods.includes(chosen) ? chosen : latestEndedPeriod(periods, referenceDate);
  if (period === null) return <Paragraph className="kompas-unknown">Er zijn geen aanbieders met trajecten voor inwoners van {municipality}.</Paragraph>;
  const list = providersIn(providers, period);
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
      <Paragraph className="kompas-note">In volgorde van AGB-code van de aanbieder; dit is geen rangorde.</Paragraph>
      <FiguresTable
        caption={`Uitkomsten per aanbieder voor inwoners van ${municipality}, ${periodLabel(period)}`}
        rowHeader="Aanbieder"
        testId="provider-table"
        rows={[
          ...list.map((p) => ({ key: p.provider, header: providerLabel(p), figures: p })),
          ...(total ? [{ key: 'totaal', header: 'Alle aanbieders samen', figures: total, total: true }] : []),
        ]}
      />
    </>
  );
}
