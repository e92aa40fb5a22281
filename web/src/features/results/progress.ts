// Pure helpers for blocks 1B and 2: status words and their (neutral) look, periods in words, the
// table of series against the target path, and signal sources. No React here, so all is testable.
import { formatNumber, formatPeriod, formatValue, unitSuffix } from '../../lib/format';
import type { Indicator, Interval, Progress, ProgressPoint, ProgressStatus, SignalSource } from '../../types/api';

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  on_course: 'op koers',
  behind: 'achter',
  target_reached: 'doel bereikt',
  cannot_say: 'kan (nog) niet zeggen',
};

/** Tone of a status badge. "cannot_say" is neutral: not good, not bad, just not known yet. */
export type StatusTone = 'positive' | 'attention' | 'neutral';

export const STATUS_TONES: Record<ProgressStatus, StatusTone> = {
  on_course: 'positive',
  target_reached: 'positive',
  behind: 'attention',
  cannot_say: 'neutral',
};

/** A small sign before the words, so meaning never rests on colour alone. */
export const STATUS_SIGNS: Record<ProgressStatus, string> = {
  on_course: '↗',
  target_reached: '✓',
  behind: '!',
  cannot_say: '?',
};

export function statusLabel(status: ProgressStatus | string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? STATUS_LABELS.cannot_say;
}

export function statusTone(status: ProgressStatus | string): StatusTone {
  return (STATUS_TONES as Record<string, StatusTone>)[status] ?? 'neutral';
}

/** CSS classes of the badge; neutral never carries a success or danger class. */
export function statusClasses(status: ProgressStatus | string): string {
  return `kompas-status kompas-status--${statusTone(status)}`;
}

/** A period code in words for tables and charts (2024JJ00 → 2024). */
export function periodLabel(period: string): string {
  return formatPeriod(period);
}

/** The first year of a period code (2022JJ00 → 2022), or null. */
export function periodStartYear(period: string): number | null {
  const m = /^(\d{4})(JJ|KW|MM)\d{2}$/.exec(period);
  return m ? Number(m[1]) : null;
}

/** The value of the straight path (baseline → target) for a point's year, or null outside it. */
export function pathValueFor(path: Progress['path'], year: number): number | null {
  const whole = Math.floor(year);
  const hit = path.find((p) => Math.floor(p.year) === whole);
  return hit ? hit.value : null;
}

export function formatInterval(interval: Interval | null | undefined, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  if (!interval) return 'niet te berekenen';
  return `${formatNumber(interval.lower, indicator.decimals)} tot ${formatNumber(interval.upper, indicator.decimals)}${unitSuffix(indicator.unit)}`;
}

export interface PathRow {
  /** Whole year, used to order and to place on the chart. */
  year: number;
  /** Period in words (a year without measurement shows just the year). */
  label: string;
  value: number | null;
  interval: Interval | null;
  path: number | null;
  marker: 'baseline' | 'target' | null;
  point: ProgressPoint | null;
}

/**
 * One row per year from the first measurement (or the baseline) to the target year: the measured
 * value with its interval, and the path value. Years without a measurement have value null.
 */
export function pathTable(progress: Pick<Progress, 'series' | 'path' | 'result'>): PathRow[] {
  const { series, path, result } = progress;
  const baselineYear = periodStartYear(result.baseline.period);
  const years = new Set<number>();
  for (const p of series) years.add(Math.floor(p.year));
  for (const p of path) years.add(Math.floor(p.year));
  if (baselineYear !== null) years.add(baselineYear);
  years.add(result.target.year);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const point = series.find((p) => Math.floor(p.year) === year) ?? null;
      let pathValue = pathValueFor(path, year + 0.5);
      if (pathValue === null && year === baselineYear) pathValue = result.baseline.value;
      if (pathValue === null && year === result.target.year) pathValue = result.target.value;
      return {
        year,
        label: point ? periodLabel(point.period) : String(year),
        value: point?.value ?? null,
        interval: point?.interval ?? null,
        path: pathValue,
        marker: year === baselineYear ? 'baseline' : year === result.target.year ? 'target' : null,
        point,
      };
    });
}

/** The latest point with a known value, or null. */
export function latestKnown(series: ProgressPoint[]): ProgressPoint | null {
  for (let i = series.length - 1; i >= 0; i -= 1) if (series[i].value !== null) return series[i];
  return null;
}

/** "10,8 % (2022)". */
export function formatBaseline(result: { baseline: { value: number; period: string } }, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  return `${formatValue(result.baseline.value, indicator)} (${periodLabel(result.baseline.period)})`;
}

export function formatTarget(result: { target: { value: number; year: number } }, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  return `${formatValue(result.target.value, indicator)} in ${result.target.year}`;
}

/** A sentence to start the title of a result with, for the form. */
export function suggestTitle(indicator: Pick<Indicator, 'title' | 'unit' | 'decimals'> | null, target: string, year: string): string {
  const y = /^\d{4}$/.test(year) ? year : '{jaar}';
  const value = target.trim() === '' ? '…' : target.trim().replace('.', ',');
  const what = indicator ? indicator.title.toLowerCase() : '…';
  if (indicator?.unit.trim() === '%') return `In ${y} heeft ${value} % van de jongeren … (${what})`;
  return `In ${y} is ${what} … ${value}`;
}

export const SOURCE_LABELS: Record<SignalSource, string> = {
  professional: 'professional',
  parent: 'ouder',
  young_person: 'jongere',
  partner: 'partner',
  other: 'anders',
};

export function sourceLabel(source: string): string {
  return (SOURCE_LABELS as Record<string, string>)[source] ?? source;
}

/** Parses a Dutch or English decimal ("10,8" or "10.8"); null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A short text alternative for a sparkline: first and last known value and their periods. */
export function sparklineText(values: (number | null)[], indicator: Pick<Indicator, 'unit' | 'decimals'>, firstYear: number | null): string {
  const known = values.map((v, i) => ({ v, i })).filter((x) => x.v !== null) as { v: number; i: number }[];
  if (known.length === 0) return 'Nog geen cijfers.';
  const first = known[0];
  const last = known[known.length - 1];
  const when = (i: number) => (firstYear === null ? '' : ` in ${firstYear + i}`);
  if (known.length === 1) return `Eén meting: ${formatValue(first.v, indicator)}${when(first.i)}.`;
  return `Van ${formatValue(first.v, indicator)}${when(first.i)} naar ${formatValue(last.v, indicator)}${when(last.i)} (${known.length} metingen).`;
}
