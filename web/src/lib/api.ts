// The one API client: every request goes through apiGet, and every failure becomes an ApiError
// with a Dutch-readable message, so components only have to show error.message.
import type { ErrorBody, ErrorCode } from '../types/api';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'invalid_argument';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 503) return 'unavailable';
  return 'internal';
}

export async function apiGet<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal: init.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'unavailable', 'de server is niet bereikbaar');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    if (isErrorBody(body)) {
      const { code, message, field } = body.error;
      throw new ApiError(response.status, code ?? codeForStatus(response.status), message, field || undefined);
    }
    throw new ApiError(response.status, codeForStatus(response.status), `onverwacht antwoord van de server (HTTP ${response.status})`);
  }
  if (body === null) {
    throw new ApiError(response.status, 'internal', 'het antwoord van de server is geen geldige JSON');
  }
  return body as T;
}

/** Builds a query string from the defined parameters; list values are joined with commas. */
export function query(params: Record<string, string | string[] | undefined>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : value;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
