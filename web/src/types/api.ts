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
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

// ---- Block 0: accounts, organisations, collaborations, evaluation, audit (docs/dev/api-accounts.md) ----

export type OrganisationKind =
  | 'municipality'
  | 'youth_care_region'
  | 'provider'
  | 'civic_partner'
  | 'knowledge_institute'
  | 'platform';

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  region: string | null;
}

export interface Person {
  id: string;
  email: string;
  name: string;
  organisation_id: string;
  platform_admin: boolean;
}

export interface Session {
  person: Person;
  organisation: Organisation;
  csrf_token: string;
  idle_expires_at: string;
  absolute_expires_at: string;
}

export type CollaborationRole = 'coordinator' | 'partner' | 'viewer';
export type PersonRole = 'young_person' | 'parent' | 'expert_by_experience';

export interface Collaboration {
  id: string;
  name: string;
  theme: string;
  regions: string[];
  period_start: string;
  period_end: string | null;
  description: string;
  my_role: CollaborationRole;
}

export interface Agreements {
  coordination: string;
  decision_making: string;
  funding: string;
  staffing: string;
  monitoring: string;
  monitoring_frequency: string;
  joining_and_leaving: string;
}

export interface Partner {
  id: string;
  kind: 'organisation' | 'person';
  organisation_id: string | null;
  person_id: string | null;
  name: string;
  person_role: PersonRole | null;
  role: CollaborationRole;
  joined_at: string;
}

export interface CollaborationDetail extends Collaboration {
  agreements: Agreements;
  partners: Partner[];
}

export type EvaluationElement =
  | 'shared_horizon'
  | 'partner_interest'
  | 'results_achieved'
  | 'organisation'
  | 'relations_and_trust'
  | 'leadership';

export interface EvaluationRound {
  id: string;
  collaboration_id: string;
  title: string;
  opened_at: string;
  closed: boolean;
  responses: number;
  my_response_submitted: boolean;
}

export interface ElementSummary {
  element: EvaluationElement;
  responses: number;
  /** Fewer answers than min_answers: no distribution, no figures, only signed comments. */
  hidden: boolean;
  /** Count per score 1–10; null when hidden. */
  distribution: number[] | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Null when there is no previous round, or when either round has fewer than min_answers answers. */
  previous_mean: number | null;
  /** Answers in the previous round; 0 when there is none. */
  previous_responses: number;
  change: number | null;
  comments: { text: string; signed_by: string | null }[];
}

export interface EvaluationResult extends EvaluationRound {
  /** The fewest answers before scores and unsigned comments are shown (3). */
  min_answers: number;
  elements: ElementSummary[];
}

export interface EvaluationResponse {
  scores: { element: EvaluationElement; score: number; comment?: string }[];
  signed: boolean;
}

export type AuditAction = 'sign_in' | 'sign_in_failed' | 'sign_out' | 'create' | 'update' | 'delete' | 'export' | 'read_client_data';

export interface AuditRecord {
  seq: number;
  at: string;
  person_id: string | null;
  person_email: string | null;
  organisation_id: string | null;
  action: AuditAction;
  object_type: string;
  object_id: string;
  result: 'ok' | 'denied' | 'failed';
  remote: string;
  hash: string;
}

// ---- Blocks 1B and 2: ambitions, societal results, signals, progress (docs/dev/api-results.md) ----

export interface Ambition {
  id: string;
  collaboration_id: string;
  title: string;
  statement: string;
  agreed_on: string;
  /** Partner ids. */
  agreed_by: string[];
  /** Indicator keys of the youth profile that motivate the ambition. */
  indicators: string[];
  signals: string[];
  /** Number of societal results under it. */
  results: number;
}

export interface SocietalResult {
  id: string;
  collaboration_id: string;
  ambition_id: string;
  title: string;
  indicator: string;
  regions: string[];
  baseline: { value: number; period: string };
  target: { value: number; year: number };
  agreed_by: string[];
  agreed_on: string;
}

export interface AmbitionDetail extends Ambition {
  results_list: SocietalResult[];
  signal_list: Signal[];
}

export type SignalSource = 'professional' | 'parent' | 'young_person' | 'partner' | 'other';

export interface Signal {
  id: string;
  collaboration_id: string;
  text: string;
  source: SignalSource;
  source_detail: string;
  date: string;
  region: string | null;
  theme: string;
  ambition_id: string | null;
  result_id: string | null;
  created_by: string;
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface ProgressPoint {
  period: string;
  /** Fractional year of the period's middle: 2024JJ00 → 2024.5. */
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: ObservationStatus;
  interval: Interval | null;
}

export type ProgressStatus = 'on_course' | 'behind' | 'target_reached' | 'cannot_say';

export interface Progress {
  result: SocietalResult;
  indicator: Indicator;
  region: Region;
  data_region: Region;
  level_note: string | null;
  series: ProgressPoint[];
  path: { year: number; value: number }[];
  status: ProgressStatus;
  status_reason: string;
  change: { from: string; to: string; verdict: 'increase' | 'decrease' | 'within_normal_variation'; interval: Interval | null; text: string } | null;
  signals: Signal[];
}

export interface DashboardRow {
  result: SocietalResult;
  ambition_title: string;
  indicator: Indicator;
  sparkline: (number | null)[];
  latest: ProgressPoint | null;
  status: ProgressStatus;
  status_reason: string;
}
