// Outcomes in Dutch words (block 5): every share with its count and n and its 95 % interval,
// hidden figures (one marker, no reason), what re-entry rests on, periods and funnel positions.
// Pure functions, no React.
import { formatNumber } from '../../lib/format';
import type { CountFigure, FunnelIndicator, FunnelPosition, Interval, MeanFigure, ReentryBasis, ReentryFigure, ShareFigure } from './types';

/** A proportion 0..1 as a whole percentage: 0.6833 → "68 %". */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/** "95 %-BI 59–75 %" (the 95 % Wilson interval, whole percentages). */
export function formatInterval(interval: Interval | null | undefined): string {
  if (!interval) return '95 %-BI onbekend';
  return `95 %-BI ${formatNumber(interval.lower * 100, 0)}–${formatNumber(interval.upper * 100, 0)} %`;
}

/** A count in Dutch notation: 1234 → "1.234". */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

// ---- suppression ----
// The API says only whether a figure is hidden, never why (a reason would let a reader bound the
// hidden value), so every hidden figure gets the same marker and the same words.

/**
 * What a hidden cell shows. "x" is the Dutch statistical sign for "geheim" (as in CBS tables),
 * where "–" would read as "nihil", i.e. zero.
 */
export const SUPPRESSION_SYMBOL = 'x';

/** The accessible name of a hidden cell: "onderdrukt: cijfer verborgen". */
export function suppressionLabel(what?: string): string {
  return `${what ? `${what}: ` : ''}onderdrukt: cijfer verborgen`;
}

/** The tooltip of a hidden cell. */
export const SUPPRESSION_TITLE = 'Verborgen, zodat niemand herkenbaar is. De uitleg staat boven de tabellen.';

/** Why figures can be hidden, in one sentence, without saying which rule hid which figure. */
export function suppressionRule(minCount = 10): string {
  return (
    `een cijfer dat op minder dan ${formatCount(minCount)} trajecten of metingen berust, of dat anders uit andere cijfers terug te rekenen zou zijn, ` +
    'ook door een aanbieder die zijn eigen deel kent'
  );
}

/** Why a share can be hidden while its n is shown (numerator_suppressed). */
export function smallNumeratorRule(minNumerator = 5, minExtremeBase = 20): string {
  return (
    `het aantal trajecten met of zonder deze uitkomst is 1 tot en met ${formatCount(minNumerator - 1)}, ` +
    `of het aandeel is 0 % of 100 % van minder dan ${formatCount(minExtremeBase)} trajecten, ` +
    'of het aandeel is verborgen om zo’n klein aantal te beschermen'
  );
}

/** What a share cell shows when only its n may be shown: "n = 12, aandeel verborgen". */
export function smallNumeratorText(n: number | null): string {
  return n === null ? 'aandeel verborgen' : `n = ${formatCount(n)}, aandeel verborgen`;
}

/** The accessible name of such a cell: "aandeel verborgen vanwege een klein aantal, n = 12". */
export function smallNumeratorLabel(n: number | null): string {
  return `aandeel verborgen vanwege een klein aantal${n === null ? '' : `, n = ${formatCount(n)}`}`;
}

/** A share that cannot be drawn or summarised: hidden, or only its n shown. */
export function shareHidden(share: ShareFigure): boolean {
  return share.suppressed || share.numerator_suppressed;
}

// ---- figures ----

/** A count, or null when it is suppressed (the caller shows the marker). */
export function countText(count: CountFigure): string | null {
  if (count.suppressed || count.value === null) return null;
  return formatCount(count.value);
}

/** "68 % (82 van 120)"; "geen trajecten" when n is 0; "n = 12, aandeel verborgen" for a small count; null when suppressed. */
export function shareText(share: ShareFigure): string | null {
  if (share.suppressed) return null;
  if (share.numerator_suppressed) return smallNumeratorText(share.denominator);
  if (share.denominator === null || share.denominator === 0 || share.numerator === null || share.share === null) return 'geen trajecten';
  return `${formatPercent(share.share)} (${formatCount(share.numerator)} van ${formatCount(share.denominator)})`;
}

/** The share with its interval in one line, for tables and labels: "68 % (82 van 120), 95 %-BI 59–75 %". */
export function shareWithInterval(share: ShareFigure): string | null {
  const text = shareText(share);
  if (text === null) return null;
  if (share.share === null || !share.interval) return text;
  return `${text}, ${formatInterval(share.interval)}`;
}

/** Mean satisfaction: "7,4 (n = 31)"; "geen metingen" without answers; null when suppressed. */
export function meanText(mean: MeanFigure): string | null {
  if (mean.suppressed) return null;
  if (mean.mean === null || mean.n === null || mean.n === 0) return 'geen metingen';
  return `${formatNumber(mean.mean, 1)} (n = ${formatCount(mean.n)})`;
}

export const INCOMPLETE_NOTE = 'voorlopig: 12 maanden nog niet verstreken';

/** The note that goes with a re-entry figure, or null when it is final. */
export function reentryNote(reentry: ReentryFigure): string | null {
  return reentry.incomplete ? INCOMPLETE_NOTE : null;
}

// ---- re-entry ----

/** What a re-entry figure rests on, for the note by the tables. */
export const REENTRY_BASIS_TEXT: Record<ReentryBasis, string> = {
  own_records:
    'Terugkeer telt hier alleen als de jongere binnen 12 maanden opnieuw bij uw organisatie start; of hij of zij elders hulp kreeg, ziet u hier niet.',
  all_providers: 'Terugkeer telt bij elke aanbieder, in elke gemeente, binnen 12 maanden na een beëindiging volgens plan.',
};

export function reentryBasisText(basis: ReentryBasis | string): string {
  return (REENTRY_BASIS_TEXT as Record<string, string>)[basis] ?? 'Onbekend waarop het cijfer over nieuwe hulp binnen 12 maanden berust.';
}

// ---- periods ----

/** "2024" → "2024"; "2024-H1" → "1e halfjaar 2024"; anything else as it is. */
export function periodLabel(period: string): string {
  const m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return `${m[2]}e halfjaar ${m[1]}`;
  return period;
}

/** The calendar year of a period ("2024-H2" → 2024), or null. */
export function periodYear(period: string): number | null {
  const m = /^(\d{4})(?:-H[12])?$/.exec(period);
  return m ? Number(m[1]) : null;
}

// ---- indicators and the funnel ----

export const INDICATOR_LABELS: Record<FunnelIndicator, string> = {
  planned: 'Beëindigd volgens plan',
  without_help: 'Verder zonder jeugdhulp',
  no_reentry: 'Geen nieuwe jeugdhulp binnen 12 maanden',
};

/** What the share counts, for captions and explanations. */
export const INDICATOR_DEFINITIONS: Record<FunnelIndicator, string> = {
  planned: 'het deel van de beëindigde trajecten dat volgens plan is afgesloten',
  without_help: 'het deel van de gemeten beëindigde trajecten waarna de jongere verder kan zonder jeugdhulp',
  no_reentry: 'het deel van de volgens plan beëindigde trajecten zonder nieuwe start van jeugdhulp binnen 12 maanden',
};

export const POSITION_LABELS: Record<FunnelPosition, string> = {
  within: 'binnen de grenzen',
  above_95: 'boven 95 %-grens',
  above_998: 'boven 99,8 %-grens',
  below_95: 'onder 95 %-grens',
  below_998: 'onder 99,8 %-grens',
};

export function positionLabel(position: FunnelPosition | string): string {
  return (POSITION_LABELS as Record<string, string>)[position] ?? 'onbekend';
}

/** "3 aanbieders niet getoond: ..." (null when none was left out). The server leaves out providers
 * with too few trajectories, a small count, or a figure hidden in the municipality's report; it
 * does not say which, and neither do we. */
export function hiddenText(hidden: number | undefined): string | null {
  if (!hidden) return null;
  const why = 'te weinig trajecten, een te klein aantal met of zonder deze uitkomst, of een cijfer dat verborgen is om een ander te beschermen';
  return hidden === 1 ? `1 aanbieder niet getoond: ${why}` : `${formatCount(hidden)} aanbieders niet getoond: ${why}`;
}

/** "1 traject" / "12 trajecten". */
export function trajectoriesText(n: number): string {
  return n === 1 ? '1 traject' : `${formatCount(n)} trajecten`;
}
