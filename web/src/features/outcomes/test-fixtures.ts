// Small outcome figures for the unit tests, in the shapes of docs/api/openapi.yaml (CountFigure,
// ShareFigure, MeanFigure, ReentryFigure, Funnel).
import type { CountFigure, Funnel, MeanFigure, OutcomeFigures, OutcomeRow, ProviderRow, ReentryFigure, ShareFigure } from './types';

/**
 * A stand-in for the interval the server sends with every share: the share ± 8 points, clipped to
 * 0..1. The front-end never computes intervals; these tests only check that it shows the one given.
 */
const band = (share: number) => ({ lower: Math.max(0, share - 0.08), upper: Math.min(1, share + 0.08) });

export const count = (value: number): CountFigure => ({ value, suppressed: false });
export const share = (k: number, n: number): ShareFigure =>
  n === 0
    ? { numerator: null, denominator: null, share: null, interval: null, suppressed: false, numerator_suppressed: false }
    : { numerator: k, denominator: n, share: k / n, interval: band(k / n), suppressed: false, numerator_suppressed: false };
export const mean = (m: number, n: number): MeanFigure => ({ mean: m, n, suppressed: false });
export const reentry = (k: number, n: number, incomplete = false): ReentryFigure => ({ ...share(k, n), incomplete });

export const hiddenCount = (): CountFigure => ({ value: null, suppressed: true });
export const hiddenShare = (): ShareFigure => ({
  numerator: null,
  denominator: null,
  share: null,
  interval: null,
  suppressed: true,
  numerator_suppressed: false,
});
export const hiddenMean = (): MeanFigure => ({ mean: null, n: null, suppressed: true });
/** A share whose denominator is shown but whose numerator is hidden (it or its complement is small). */
export const smallShare = (denominator: number): ShareFigure => ({
  numerator: null,
  denominator,
  share: null,
  interval: null,
  suppressed: false,
  numerator_suppressed: true,
});
export const smallReentry = (denominator: number, incomplete = false): ReentryFigure => ({ ...smallShare(denominator), incomplete });

export function figures(partial: Partial<OutcomeFigures> = {}): OutcomeFigures {
  return {
    started: count(130),
    ended: count(120),
    ongoing: count(95),
    planned: share(82, 120),
    satisfaction: mean(7.4, 31),
    without_help: share(40, 90),
    no_reentry: reentry(70, 82),
    ...partial,
  };
}

export const row = (help_form: string, period: string, partial: Partial<OutcomeFigures> = {}): OutcomeRow => ({
  help_form,
  help_form_label: help_form === 'all' ? 'Alle hulpvormen' : help_form === '02' ? 'Ambulante jeugdhulp op locatie van de aanbieder' : 'Pleegzorg',
  period,
  ...figures(partial),
});

export const provider = (code: string, name: string | null, period: string, partial: Partial<OutcomeFigures> = {}): ProviderRow => ({
  provider: code,
  name,
  period,
  ...figures(partial),
});

export const funnel: Funnel = {
  indicator: 'planned',
  year: 2025,
  municipality: 'GM0363',
  rate: 0.7,
  // Deliberately neither in code order nor in share order.
  points: [
    { provider: '65656055', name: 'Zorgaanbieder De Brug', numerator: 22, denominator: 34, interval: { lower: 0.4791, upper: 0.7851 }, share: 0.6471, position: 'within', own: true },
    { provider: '41410123', name: 'Jeugdzorg Amstelland', numerator: 104, denominator: 127, interval: { lower: 0.7429, upper: 0.8762 }, share: 0.8189, position: 'above_95', own: false },
    { provider: '43430789', name: null, numerator: 37, denominator: 62, interval: { lower: 0.4725, upper: 0.7098 }, share: 0.5968, position: 'below_95', own: false },
  ],
  limits: [
    { denominator: 20, lower95: 0.499, upper95: 0.901, lower998: 0.383, upper998: 1.0 },
    { denominator: 10, lower95: 0.416, upper95: 0.984, lower998: 0.252, upper998: 1.05 },
    { denominator: 140, lower95: 0.624, upper95: 0.776, lower998: 0.58, upper998: 0.82 },
  ],
  hidden: 3,
  incomplete: false,
  updating: false,
};
