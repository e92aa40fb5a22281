// Arranging outcome rows for the page: by form of help (the margin "all" first), periods in
// time order, providers by code (never by an outcome), and the years the funnel can show.
import type { OutcomeRow, ProviderRow } from './types';
import { byProviderCode } from './funnel';
import { periodYear } from './format';

export const ALL = 'all';

export interface HelpFormGroup {
  helpForm: string;
  label: string;
  rows: OutcomeRow[];
}

/** "2024" < "2024-H1" < "2024-H2" < "2025": plain string order is time order for these codes. */
export function byPeriod<T extends { period: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export function groupByHelpForm(rows: readonly OutcomeRow[]): HelpFormGroup[] {
  const groups = new Map<string, HelpFormGroup>();
  for (const row of rows) {
    let group = groups.get(row.help_form);
    if (!group) {
      group = { helpForm: row.help_form, label: row.help_form_label || `Hulpvorm ${row.help_form}`, rows: [] };
      groups.set(row.help_form, group);
    }
    group.rows.push(row);
  }
  const list = [...groups.values()].map((g) => ({ ...g, rows: byPeriod(g.rows) }));
  return list.sort((a, b) => (a.helpForm === ALL ? -1 : b.helpForm === ALL ? 1 : a.helpForm.localeCompare(b.helpForm)));
}

export function periodsOf(list: readonly { period: string }[]): string[] {
  return [...new Set(list.map((r) => r.period))].sort();
}

/** The providers of one period, in provider-code order. */
export function providersIn(providers: readonly ProviderRow[], period: string): ProviderRow[] {
  return byProviderCode(providers.filter((p) => p.period === period));
}

export function yearsOf(list: readonly { period: string }[]): number[] {
  const years = new Set<number>();
  for (const r of list) {
    const y = periodYear(r.period);
    if (y !== null) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** The last day of a period: "2024" → "2024-12-31", "2024-H1" → "2024-06-30". */
export function periodEnd(period: string): string {
  const m = /^(\d{4})(?:-H([12]))?$/.exec(period);
  if (!m) return period;
  return m[2] === '1' ? `${m[1]}-06-30` : `${m[1]}-12-31`;
}

/** The newest period that has ended on the reference date (else the newest period at all). */
export function latestEndedPeriod(periods: readonly string[], referenceDate: string): string | null {
  if (periods.length === 0) return null;
  const ended = periods.filter((p) => periodEnd(p) < referenceDate);
  return ended.length ? ended[ended.length - 1] : periods[periods.length - 1];
}

/** The newest year that has ended on the reference date (else the newest year at all). */
export function defaultYear(years: readonly number[], referenceDate: string): number | null {
  if (years.length === 0) return null;
  const now = Number(referenceDate.slice(0, 4));
  const done = years.filter((y) => !Number.isFinite(now) || y < now);
  return done.length ? done[done.length - 1] : years[years.length - 1];
}

/** The help forms of the report's rows, for choosing what an action concerns. */
export function helpFormsOf(rows: { help_form: string; help_form_label: string }[]): { code: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) if (/^\d\d$/.test(row.help_form) && row.help_form !== '00') seen.set(row.help_form, row.help_form_label);
  return [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([code, label]) => ({ code, label }));
}
