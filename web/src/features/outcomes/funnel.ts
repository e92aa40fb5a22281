// The funnel plot's data, ready for the chart and the table: points in provider-code order (never
// by share: a funnel compares with chance, it is not a ranking), the limit lines as [denominator, %] pairs
// and the centre line. Pure functions, no React.
import { INDICATOR_LABELS, formatCount, formatPercent, positionLabel } from './format';
import type { Funnel, FunnelPoint, FunnelPosition, Interval } from './types';

export interface PreparedPoint {
  provider: string;
  /** "Zorgaanbieder De Brug (65656055)" or the code alone when the name is not known. */
  label: string;
  numerator: number;
  denominator: number;
  /** Percentage 0..100 for the chart. */
  percent: number;
  share: number;
  /** The server's 95 % Wilson interval of the share. */
  interval: Interval;
  position: FunnelPosition;
  positionText: string;
  outside: boolean;
  own: boolean;
}

export interface PreparedFunnel {
  points: PreparedPoint[];
  /** [denominator, percentage] pairs, ordered by denominator. */
  upper95: [number, number][];
  lower95: [number, number][];
  upper998: [number, number][];
  lower998: [number, number][];
  centre: [number, number][];
  /** Null when the server has no rate (no trajectories in the year). */
  ratePercent: number | null;
  /** The x axis runs from 0 to here (a little beyond the largest denominator). */
  maxN: number;
  /** The y axis (percentages): multiples of 20 around everything drawn up to maxN. */
  yMin: number;
  yMax: number;
  hidden: number;
}

export function providerLabel(point: Pick<FunnelPoint, 'provider' | 'name'>): string {
  return point.name ? `${point.name} (${point.provider})` : `Aanbieder ${point.provider}`;
}

/** Orders by provider code only. The share is never a sort key. */
export function byProviderCode<T extends { provider: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0));
}

/** Proportion → percentage for the chart, kept inside 0..100. */
const pct = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100000) / 1000;

export function prepareFunnel(funnel: Funnel): PreparedFunnel {
  const points = byProviderCode(funnel.points).map<PreparedPoint>((p) => ({
    provider: p.provider,
    label: providerLabel(p),
    numerator: p.numerator,
    denominator: p.denominator,
    share: p.share,
    percent: pct(p.share),
    interval: p.interval,
    position: p.position,
    positionText: positionLabel(p.position),
    outside: p.position !== 'within',
    own: p.own,
  }));
  const limits = [...funnel.limits].sort((a, b) => a.denominator - b.denominator);
  // The axis follows the points; limit lines beyond it are cut off by the chart.
  const maxN = niceCeiling(Math.max(0, ...points.map((p) => p.denominator)) * 1.05);
  const from = limits.length ? limits[0].denominator : 10;
  const to = limits.length ? limits[limits.length - 1].denominator : maxN;
  const ratePercent = funnel.rate === null ? null : pct(funnel.rate);
  const drawn = [
    ...points.map((p) => p.percent),
    ...(ratePercent === null ? [] : [ratePercent]),
    ...limits.filter((l) => l.denominator <= maxN).flatMap((l) => [pct(l.lower998), pct(l.upper998)]),
  ];
  const yMin = Math.max(0, Math.floor((Math.min(...drawn) - 2) / 20) * 20);
  const yMax = Math.min(100, Math.ceil((Math.max(...drawn) + 2) / 20) * 20);
  return {
    points,
    yMin,
    yMax,
    upper95: limits.map((l) => [l.denominator, pct(l.upper95)]),
    lower95: limits.map((l) => [l.denominator, pct(l.lower95)]),
    upper998: limits.map((l) => [l.denominator, pct(l.upper998)]),
    lower998: limits.map((l) => [l.denominator, pct(l.lower998)]),
    centre:
      ratePercent === null
        ? []
        : [
            [from, ratePercent],
            [to, ratePercent],
          ],
    ratePercent,
    maxN,
    hidden: funnel.hidden ?? 0,
  };
}

/** A round axis end at least `x`: a multiple of a 1, 2, 2.5 or 5 step that splits it into about five parts. */
export function niceCeiling(x: number): number {
  if (!(x > 0)) return 10;
  const rough = x / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return Math.max(10, Math.ceil(x / step) * step);
}

/** A summary of the funnel for screen readers (the figures themselves are in the table). */
export function funnelSummary(funnel: Funnel, prepared: PreparedFunnel, where: string): string {
  const outside = prepared.points.filter((p) => p.outside).length;
  const own = prepared.points.find((p) => p.own);
  return (
    `Trechterdiagram van ${INDICATOR_LABELS[funnel.indicator].toLowerCase()} in ${funnel.year}, ${where}: ` +
    `${prepared.points.length === 1 ? '1 aanbieder' : `${formatCount(prepared.points.length)} aanbieders`}, ` +
    (funnel.rate === null ? '' : `gemiddelde ${formatPercent(funnel.rate)}. `) +
    `${outside === 0 ? 'Alle aanbieders liggen binnen de grenzen' : `${outside} buiten de 95 %-grenzen`}. ` +
    (own ? `Uw organisatie: ${formatPercent(own.share)} van ${formatCount(own.denominator)} trajecten, ${own.positionText}. ` : '') +
    'De punten staan ook in de tabel onder de grafiek.'
  );
}
