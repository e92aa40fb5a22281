// Dutch words for the activity enums and the portfolio's figures, shared by the pages.
import type { Activity, ActivityStatus, Echelon, Level, PortfolioFigures } from '../../types/api';
import { formatNumber } from '../../lib/format';

export const ECHELON_LABELS: Record<Echelon, string> = {
  citizen_initiative: 'Burgerinitiatief',
  prevention: 'Preventie',
  basic: 'Basisvoorziening en 1e lijn',
  intensive: 'Intensieve zorg',
};

export const STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: 'Gepland',
  running: 'Loopt',
  ended: 'Beëindigd',
  rebuilding: 'Wordt omgebouwd',
  winding_down: 'Wordt afgebouwd',
};

export const KIND_LABELS: Record<NonNullable<Activity['kind']>, string> = {
  intervention: 'Interventie',
  method: 'Methode of aanpak',
  service: 'Voorziening of dienst',
  group_activity: 'Groepsactiviteit (zoals een buurtsportcoach)',
};

export const ACTOR_KIND_LABELS: Record<NonNullable<Activity['actor_kind']>, string> = {
  citizens: 'Inwoners',
  services: 'Voorzieningen en professionals',
  civic_partners: 'Maatschappelijke partners',
};

export const RECOGNITION_LABELS: Record<NonNullable<Activity['recognition']>, string> = {
  not_assessed: 'Niet beoordeeld',
  well_described: 'Goed beschreven',
  well_founded: 'Goed onderbouwd',
  effective_first: 'Effectief volgens eerste aanwijzingen',
  effective_good: 'Effectief volgens goede aanwijzingen',
  effective_strong: 'Effectief volgens sterke aanwijzingen',
};

export const LADDER_LABELS: Record<NonNullable<Activity['effect_ladder']>, string> = {
  descriptive: 'Beschrijvend',
  theoretical: 'Theoretisch onderbouwd',
  indicative: 'Aanwijzingen voor effect',
  causal: 'Bewezen effect (causaal)',
};

export const LEVEL_LABELS: Record<Level, string> = { high: 'hoog', medium: 'gemiddeld', low: 'laag' };

export const DECISION_LABELS = { continue: 'Voortzetten', rebuild: 'Ombouwen', wind_down: 'Afbouwen' } as const;

/** Whole euros, or "onbekend". */
export function euros(value: number | null | undefined): string {
  return value === null || value === undefined ? 'onbekend' : `€ ${formatNumber(Math.round(value), 0)}`;
}

/** A count, or "onbekend". */
export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? 'onbekend' : formatNumber(value, 0);
}

/** "€ 12.000 gepland, € 9.600 besteed", with a note when some activity does not know a figure. */
export function budgetText(figures: PortfolioFigures): string {
  return `${euros(figures.budget_planned)} gepland, ${euros(figures.budget_spent)} besteed`;
}

export function reachText(figures: PortfolioFigures): string {
  return `${count(figures.reach_planned)} gepland, ${count(figures.reach_actual)} bereikt`;
}
