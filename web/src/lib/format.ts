// Dutch formatting of figures, periods and changes. Unknown is always said in words, never 0.
import type { Indicator, Observation } from '../types/api';

export const UNKNOWN = 'onbekend';

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** A number in Dutch notation with a fixed number of decimals: 11,7 or 7.400. */
export function formatNumber(value: number, decimals: number): string {
  return new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: true,
  }).format(value);
}

/** Units that are not written after the figure (a count is just a number). */
const SILENT_UNITS = new Set(['', 'aantal', 'count', 'n', 'klasse']); // klasse: a CBS class such as the urbanisation (issue 15)

export function unitSuffix(unit: string): string {
  return SILENT_UNITS.has(unit.trim().toLowerCase()) ? '' : ` ${unit.trim()}`;
}

/** A value with the indicator's decimals and unit, or "onbekend" when there is none. */
export function formatValue(value: number | null | undefined, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return UNKNOWN;
  return formatNumber(value, indicator.decimals) + unitSuffix(indicator.unit);
}

export function formatObservation(observation: Observation | null | undefined, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  return formatValue(observation?.value ?? null, indicator);
}

/** CBS period code in words: 2024JJ00 → 2024, 2024KW01 → 2024 kwartaal 1, 2024MM01 → januari 2024. */
export function formatPeriod(code: string): string {
  const match = /^(\d{4})(JJ|KW|MM)(\d{2})$/.exec(code);
  if (!match) return code;
  const [, year, kind, number] = match;
  const n = Number(number);
  if (kind === 'JJ') return year;
  if (kind === 'KW' && n >= 1 && n <= 4) return `${year} kwartaal ${n}`;
  if (kind === 'MM' && n >= 1 && n <= 12) return `${MONTHS[n - 1]} ${year}`;
  return code;
}

export type ChangeKind = 'up' | 'down' | 'same' | 'unknown' | 'none';

export interface ChangeText {
  kind: ChangeKind;
  /** Arrow for sighted readers; the words carry the meaning too. */
  arrow: string;
  text: string;
}

/** Change unit: a difference between two percentages is in percentage points. */
function changeUnit(unit: string): string {
  if (unit.trim() === '%') return ' procentpunt';
  return unitSuffix(unit);
}

/**
 * Describes the change since the previous period in words, with sign and arrow.
 * Differences smaller than the shown precision count as "gelijk gebleven".
 */
export function describeChange(
  change: number | null,
  previous: Observation | null,
  indicator: Pick<Indicator, 'unit' | 'decimals'>,
): ChangeText {
  if (previous === null) {
    return { kind: 'none', arrow: '', text: 'Geen eerdere periode om mee te vergelijken' };
  }
  const since = `ten opzichte van ${formatPeriod(previous.period)}`;
  if (change === null || !Number.isFinite(change)) {
    return { kind: 'unknown', arrow: '', text: `Verandering ${since} onbekend` };
  }
  const rounded = Number(change.toFixed(indicator.decimals));
  const amount = formatNumber(Math.abs(rounded), indicator.decimals) + changeUnit(indicator.unit);
  if (rounded === 0) {
    return { kind: 'same', arrow: '→', text: `Gelijk gebleven ${since} (${formatNumber(0, indicator.decimals)}${changeUnit(indicator.unit)})` };
  }
  if (rounded > 0) {
    return { kind: 'up', arrow: '↑', text: `Gestegen met +${amount} ${since}` };
  }
  return { kind: 'down', arrow: '↓', text: `Gedaald met −${amount} ${since}` };
}

/** Words for a status that needs saying next to a figure, or null. */
export function statusNote(status: Observation['status'] | undefined): string | null {
  if (status === 'provisional') return 'voorlopig';
  if (status === 'confidential') return 'afgeschermd (kleine aantallen)';
  return null;
}
