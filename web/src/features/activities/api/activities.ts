// Activities, decisions, result priorities and the portfolio of one collaboration (tag activities
// of docs/api/openapi.yaml).
import { apiSend } from '../../../lib/api';
import { useFresh } from '../../../lib/use-api';
import type { Activity, ActivityDecision, Level, NewActivity, NewActivityDecision, Portfolio, ResultPriority } from '../../../types/api';

const col = (id: string) => `/api/collaborations/${encodeURIComponent(id)}`;

export const activitiesPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/activiteiten`;
export const portfolioPath = (id: string) => `/samenwerkingen/${encodeURIComponent(id)}/aanbod`;
/** The workbook, downloaded by the browser (the session cookie goes along). */
export const portfolioExportUrl = (id: string, year: number | null) =>
  `${col(id)}/portfolio/export?format=xlsx${year ? `&year=${year}` : ''}`;

export const useActivities = (id: string) => useFresh<Activity[]>(`${col(id)}/activities`);
export const usePortfolio = (id: string, year: number | null) => useFresh<Portfolio>(`${col(id)}/portfolio${year ? `?year=${year}` : ''}`);

export const createActivity = (id: string, body: NewActivity) => apiSend<Activity>('POST', `${col(id)}/activities`, body);
export const updateActivity = (id: string, activityId: string, body: NewActivity) =>
  apiSend<Activity>('PUT', `${col(id)}/activities/${encodeURIComponent(activityId)}`, body);
export const deleteActivity = (id: string, activityId: string) =>
  apiSend<null>('DELETE', `${col(id)}/activities/${encodeURIComponent(activityId)}`);
export const decideOnActivity = (id: string, activityId: string, body: NewActivityDecision) =>
  apiSend<ActivityDecision>('POST', `${col(id)}/activities/${encodeURIComponent(activityId)}/decisions`, body);
export const setResultPriority = (id: string, resultId: string, priority: Level, urgency: Level) =>
  apiSend<ResultPriority>('PUT', `${col(id)}/results/${encodeURIComponent(resultId)}/priority`, { priority, urgency });
