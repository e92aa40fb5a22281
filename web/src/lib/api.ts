// The one API client: every request goes through apiGet, and every failure becomes an ApiError
// with a Dutch-readable message, so components only have to show error.message.
import type { ErrorBody, ErrorCode } from '../types/api';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Seconds to wait, from the Retry-After header of a 429. */
    readonly retryAfter?: number,
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
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'unavailable';
  return 'internal';
}

// The session's CSRF token, sent with every state-changing request (set by the session provider).
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function apiGet<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  return request<T>('GET', path, undefined, init.signal);
}

/**
 * POST/PUT/DELETE with a JSON body, Content-Type application/json and the X-CSRF-Token header.
 * The browser adds the Origin header itself. Resolves to null for 204 No Content.
 */
export async function apiSend<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown = {}): Promise<T> {
  return request<T>(method, path, body);
}

async function request<T>(method: string, path: string, payload: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: method === 'GET' ? undefined : JSON.stringify(payload ?? {}),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'unavailable', 'de server is niet bereikbaar');
  }
  if (response.status === 204) return null as T;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const retry = Number(response.headers.get('Retry-After'));
    const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : undefined;
    if (isErrorBody(body)) {
      const { code, message, field } = body.error;
      throw new ApiError(response.status, code ?? codeForStatus(response.status), message, field || undefined, retryAfter);
    }
    throw new ApiError(
      response.status,
      codeForStatus(response.status),
      `onverwacht antwoord van de server (HTTP ${response.status})`,
      undefined,
      retryAfter,
    );
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
