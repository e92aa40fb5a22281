// Shapes of the outcome API (block 5), mirroring docs/dev/api-outcomes.md. Kept with the feature
// so the shared src/types/api.ts stays as it is; one name per concept, as in the glossary.

/**
 * True when a figure (its base count and everything built on it) is hidden: fewer than 10
 * trajectories or measurements, or hidden so that such a figure cannot be computed back, also by a
 * provider who knows its own part. The API never says which: a reason would bound the hidden value.
 */
export type Suppressed = boolean;

export interface Count {
  value: number | null;
  suppressed: Suppressed;
}

export interface Interval {
  lower: number;
  upper: number;
}

/** A proportion 0..1 with its count, denominator and 95 % Wilson interval; all null when suppressed or n = 0. */
export interface Share {
  count: number | null;
  n: number | null;
  share: number | null;
  interval: Interval | null;
  suppressed: Suppressed;
  /**
   * n is shown, but count, share and interval are null: the count or its complement is small
   * (below min_numerator), the share is 0 % or 100 % of fewer than min_extreme_base, or it is
   * hidden to protect such a count.
   */
  count_suppressed: boolean;
}

export interface Mean {
  mean: number | null;
  n: number | null;
  suppressed: Suppressed;
}

/** Share of planned ends without a new start within 12 months; incomplete while those 12 months have not passed. */
export interface Reentry extends Share {
  incomplete: boolean;
}

export interface OutcomeFigures {
  started: Count;
  ended: Count;
  ongoing: Count;
  planned: Share;
  satisfaction: Mean;
  without_help: Share;
  no_reentry: Reentry;
}

export interface OutcomeRow extends OutcomeFigures {
  /** "01".."04", "11".."14", "00", or "all" for the margin. */
  help_form: string;
  help_form_label: string;
  /** "2024" or "2024-H1". */
  period: string;
}

export interface ProviderRow extends OutcomeFigures {
  /** AGB code. */
  provider: string;
  name: string | null;
  period: string;
}

export type Granularity = 'year' | 'half_year';

export interface OutcomeScope {
  kind: 'provider' | 'municipality';
  code: string;
  name: string | null;
}

/**
 * Where a new start counts as re-entry: own_records (a provider's own view: only a new start at the
 * same provider, so its figures never depend on another provider's records) or all_providers (the
 * municipality's report: any provider, any municipality).
 */
export type ReentryBasis = 'own_records' | 'all_providers';

export interface ProviderOutcomes {
  scope: OutcomeScope;
  granularity: Granularity;
  reference_date: string;
  /** Base counts below this (and above 0) are hidden. */
  min_count: number;
  /** Numerators and complements below this (and above 0) are hidden. */
  min_numerator: number;
  /** A share of 0 % or 100 % over fewer than this many is hidden. */
  min_extreme_base: number;
  reentry_basis: ReentryBasis;
  rows: OutcomeRow[];
}

export interface MunicipalityOutcomes extends ProviderOutcomes {
  providers: ProviderRow[];
}

export type FunnelIndicator = 'planned' | 'without_help' | 'no_reentry';
export type FunnelPosition = 'within' | 'above_95' | 'above_998' | 'below_95' | 'below_998';

export interface FunnelPoint {
  provider: string;
  name: string | null;
  n: number;
  count: number;
  share: number;
  position: FunnelPosition;
  own: boolean;
}

export interface FunnelLimit {
  n: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export interface Funnel {
  indicator: FunnelIndicator;
  year: number;
  municipality: string | null;
  rate: number;
  points: FunnelPoint[];
  limits: FunnelLimit[];
  /** Providers left out: too few trajectories, a small numerator or complement, or hidden in the report. */
  hidden?: number;
  /** A no_reentry point's 12 months have not all passed. */
  incomplete?: boolean;
}

export interface UploadResult {
  filename: string;
  trajectories: number;
  already_imported: boolean;
}
