// Turning observations into what the charts and tables show. Unknown stays null, never 0.
import type { Observation } from '../../types/api';

/** All periods present, in chronological order (CBS codes sort chronologically within a kind). */
export function periodsOf(observations: Observation[]): string[] {
  return [...new Set(observations.map((o) => o.period))].sort();
}

/** For each period the observation of one region, or null when there is none. */
export function alignSeries(observations: Observation[], region: string, periods: string[]): (Observation | null)[] {
  const byPeriod = new Map(observations.filter((o) => o.region === region).map((o) => [o.period, o]));
  return periods.map((p) => byPeriod.get(p) ?? null);
}

/** The newest period in which at least one of the observations has a value, or null. */
export function latestPeriodWithData(observations: Observation[]): string | null {
  const withValue = observations.filter((o) => o.value !== null).map((o) => o.period).sort();
  return withValue.length ? withValue[withValue.length - 1] : null;
}
