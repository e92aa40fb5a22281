// Small outcome figures for the unit tests (shapes as in the schemas of docs/api/openapi.yaml).
import type { Count, Funnel, Mean, OutcomeFigures, OutcomeRow, ProviderRow, Reentry, Share } from './types';
import { wilson } from './funnel';

export const count = (value: number): Count => ({ value, suppressed: false });
export const share = (k: number, n: number): Share =>
  n === 0
    ? { count: null, n: null, share: null, interval: null, suppressed: false, count_suppressed: false }
    : { count: k, n, share: k / n, interval: wilson(k, n), suppressed: false, count_suppressed: false };
export const mean = (m: number, n: number): Mean => ({ mean: m, n, suppressed: false });
export const reentry = (k: number, n: number, incomplete = false): Reentry => ({ ...share(k, n), incomplete });

export const hiddenCount = (): Count => ({ value: null, suppressed: true });
export const hiddenShare = (): Share => ({ count: null, n: null, share: null, interval: null, suppressed: true, count_suppressed: false });
export const hiddenMean = (): Mean => ({ mean: null, n: null, suppressed: true });
/** A share whose n is shown but whose count is hidden (a small numerator or complement). */
export const smallShare = (n: number): Share => ({ count: null, n, share: null, interval: null, suppressed: false, count_suppressed: true });
export const smallReentry = (n: number, incomplete = false): Reentry => ({ ...smallShare(n), incomplete });

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
    { provider: '65656055', name: 'Zorgaanbieder De Brug', n: 34, count: 22, share: 0.6471, position: 'within', own: true },
    { provider: '41410123', name: 'Jeugdzorg Amstelland', n: 127, count: 104, share: 0.8189, position: 'above_95', own: false },
    { provider: '43430789', name: null, n: 62, count: 37, share: 0.5968, position: 'below_95', own: false },
  ],
  limits: [
    { n: 20, lower95: 0.499, upper95: 0.901, lower998: 0.383, upper998: 1.0 },
    { n: 10, lower95: 0.416, upper95: 0.984, lower998: 0.252, upper998: 1.05 },
    { n: 140, lower95: 0.624, upper95: 0.776, lower998: 0.58, upper998: 0.82 },
  ],
  hidden: 3,
  incomplete: false,
};
