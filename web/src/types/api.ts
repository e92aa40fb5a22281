// Shapes of the Kompas HTTP API, mirroring docs/dev/api-shapes.md (and docs/api/openapi.yaml).
// Keep these in step with the server: one name per concept, as in the glossary.

export type RegionLevel =
  | 'country'
  | 'province'
  | 'youth_care_region'
  | 'municipality'
  | 'district'
  | 'neighbourhood';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
}

export interface RegionDetail extends Region {
  /** Country first, down to the parent. */
  ancestors: Region[];
  children: Region[];
}

export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';

export interface Indicator {
  key: string;
  title: string;
  unit: string;
  decimals: number;
  direction: Direction;
  source: string;
  definition: string;
}

export type ObservationStatus = 'known' | 'unknown' | 'confidential' | 'provisional';

export interface Observation {
  indicator: string;
  region: string;
  /** CBS period code: 2024JJ00 (year), 2024KW01 (quarter), 2024MM01 (month). */
  period: string;
  /** In the unit of the indicator; null whenever the status is not known/provisional. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: ObservationStatus;
}

export interface ProfileEntry {
  indicator: Indicator;
  latest: Observation;
  previous: Observation | null;
  change: number | null;
  parent: Observation | null;
  country: Observation | null;
}

export interface Profile {
  region: Region;
  parent: Region | null;
  entries: ProfileEntry[];
}

export type ErrorCode =
  | 'invalid_argument'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}
