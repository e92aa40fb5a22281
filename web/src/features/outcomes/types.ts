// Shapes of the outcome API (block 5), mirroring docs/dev/api-outcomes.md. Kept with the feature
// so the shared src/types/api.ts stays as it is; one name per concept, as in the glossary.

/** Why a figure is hidden: itself fewer than 10 trajectories, or hidden so another one cannot be computed back. */
export type Suppression = 'primary' | 'complementary';

export interface Count {
  value: number | null;
  suppressed: Suppression | null;
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
  suppressed: Suppression | null;
}

export interface Mean {
  mean: number | null;
  n: number | null;
  suppressed: Suppression | null;
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
  name: string;
}

export interface ProviderOutcomes {
  scope: OutcomeScope;
  granularity: Granularity;
  reference_date: string;
  min_count: number;
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
  /** Providers left out because they have fewer than 10 trajectories in the denominator. */
  hidden?: number;
}

export interface UploadResult {
  filename: string;
  trajectories: number;
  already_imported: boolean;
}
