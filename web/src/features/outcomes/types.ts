// The outcome API's shapes (block 5) under the names this feature uses. All are aliases of the
// types generated from docs/api/openapi.yaml (see src/types/api.ts); only narrowings live here.
import type { Funnel, OutcomeReport, OutcomeRow, ProviderRow, TrajectoryUploadResult } from '../../types/api';

export type {
  CountFigure,
  Funnel,
  Interval,
  MeanFigure,
  OutcomeRow,
  ProviderRow,
  ReentryFigure,
  ShareFigure,
  Suppressed,
} from '../../types/api';

/** The figures every row (help form or provider) carries. */
export type OutcomeFigures = Pick<
  OutcomeRow,
  'started' | 'ended' | 'ongoing' | 'planned' | 'satisfaction' | 'without_help' | 'no_reentry'
>;

export type Granularity = OutcomeReport['granularity'];
export type OutcomeScope = OutcomeReport['scope'];
export type ReentryBasis = OutcomeReport['reentry_basis'];

/** A provider's own report: no per-provider rows. */
export type ProviderOutcomes = Omit<OutcomeReport, 'providers' | 'other_providers'>;
/** The small providers together ("overige aanbieders"): counted, not named. */
export type OtherProviders = NonNullable<OutcomeReport['other_providers']>;
/** A municipality's report always carries the per-provider rows and the other providers. */
export type MunicipalityOutcomes = ProviderOutcomes & { providers: ProviderRow[]; other_providers: OtherProviders };

export type FunnelIndicator = Funnel['indicator'];
export type FunnelPoint = Funnel['points'][number];
export type FunnelPosition = FunnelPoint['position'];
export type FunnelLimit = Funnel['limits'][number];

export type UploadResult = TrajectoryUploadResult;
