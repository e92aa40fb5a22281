// Outcomes in Dutch words (block 5): every share with its count and n and its 95 % interval,
// suppressed figures with the reason, periods and funnel positions. Pure functions, no React.
import { formatNumber } from '../../lib/format';
import type { Count, FunnelIndicator, FunnelPosition, Interval, Mean, Reentry, Share, Suppression } from './types';

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

/** What a suppressed cell shows: "<10" for a small number, "–" for one hidden to protect another. */
export const SUPPRESSION_SYMBOL: Record<Suppression, string> = {
  primary: '<10',
  complementary: '–',
};

/** Why a figure is hidden, in words. */
export const SUPPRESSION_REASON: Record<Suppression, string> = {
  primary: 'minder dan 10 trajecten',
  complementary: 'verborgen zodat een ander verborgen getal niet terug te rekenen is',
};

/** The accessible label of a suppressed cell: "onderdrukt: minder dan 10 trajecten". */
export function suppressionLabel(kind: Suppression, what?: string): string {
  return `${what ? `${what}: ` : ''}onderdrukt: ${SUPPRESSION_REASON[kind]}`;
}

/** The tooltip of a suppressed cell: "Onderdrukt: minder dan 10 trajecten". */
export function suppressionTitle(kind: Suppression): string {
  return `Onderdrukt: ${SUPPRESSION_REASON[kind]}`;
}

// ---- figures ----

/** A count, or null when it is suppressed (the caller shows the marker). */
export function countText(count: Count): string | null {
  if (count.suppressed || count.value === null) return null;
  return formatCount(count.value);
}

/** "68 % (82 van 120)"; "geen trajecten" when n is 0; null when suppressed. */
export function shareText(share: Share): string | null {
  if (share.suppressed) return null;
  if (share.n === null || share.n === 0 || share.count === null || share.share === null) return 'geen trajecten';
  return `${formatPercent(share.share)} (${formatCount(share.count)} van ${formatCount(share.n)})`;
}

/** The share with its interval in one line, for tables and labels: "68 % (82 van 120), 95 %-BI 59–75 %". */
export function shareWithInterval(share: Share): string | null {
  const text = shareText(share);
  if (text === null) return null;
  if (share.share === null || !share.interval) return text;
  return `${text}, ${formatInterval(share.interval)}`;
}

/** Mean satisfaction: "7,4 (n = 31)"; "geen metingen" without answers; null when suppressed. */
export function meanText(mean: Mean): string | null {
  if (mean.suppressed) return null;
  if (mean.mean === null || mean.n === null || mean.n === 0) return 'geen metingen';
  return `${formatNumber(mean.mean, 1)} (n = ${formatCount(mean.n)})`;
}

export const INCOMPLETE_NOTE = 'voorlopig: 12 maanden nog niet verstreken';

/** The note that goes with a re-entry figure, or null when it is final. */
export function reentryNote(reentry: Reentry): string | null {
  return reentry.incomplete ? INCOMPLETE_NOTE : null;
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
 * with fewer than 10 trajectories and those whose figure is hidden to protect another one. */
export function hiddenText(hidden: number | undefined): string | null {
  if (!hidden) return null;
  return hidden === 1
    ? '1 aanbieder niet getoond: minder dan 10 trajecten, of verborgen zodat een ander verborgen getal niet terug te rekenen is'
    : `${formatCount(hidden)} aanbieders niet getoond: minder dan 10 trajecten, of verborgen zodat een ander verborgen getal niet terug te rekenen is`;
}

/** "1 traject" / "12 trajecten". */
export function trajectoriesText(n: number): string {
  return n === 1 ? '1 traject' : `${formatCount(n)} trajecten`;
}
