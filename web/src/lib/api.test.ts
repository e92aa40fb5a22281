import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet, query } from './api';

function respond(status: number, body: unknown, raw = false) {
  const text = raw ? String(body) : JSON.stringify(body);
  vi.stubGlobal('fetch', vi.fn(async () => new Response(text, { status, headers: { 'Content-Type': 'application/json' } })));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiGet', () => {
  it('returns the parsed body on success', async () => {
    respond(200, [{ code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' }]);
    await expect(apiGet('/api/regions')).resolves.toEqual([{ code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' }]);
  });

  it('turns the server error body into an ApiError with code, message and field', async () => {
    respond(404, { error: { code: 'not_found', message: 'onbekend gebied: GM9999', field: 'code' } });
    const error = await apiGet('/api/regions/GM9999').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', message: 'onbekend gebied: GM9999', field: 'code' });
  });

  it('handles an error without a JSON body', async () => {
    respond(502, '<html>Bad gateway</html>', true);
    await expect(apiGet('/api/health')).rejects.toMatchObject({ status: 502, code: 'internal', message: expect.stringContaining('HTTP 502') });
  });

  it('maps a status to a code when the body has none', async () => {
    respond(503, 'unavailable', true);
    await expect(apiGet('/api/health')).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('reports an unreachable server in Dutch', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiGet('/api/health')).rejects.toMatchObject({ status: 0, code: 'unavailable', message: 'de server is niet bereikbaar' });
  });

  it('rejects a success response that is not JSON', async () => {
    respond(200, 'not json', true);
    await expect(apiGet('/api/health')).rejects.toBeInstanceOf(ApiError);
  });
});

describe('query', () => {
  it('joins lists with commas and skips undefined', () => {
    expect(query({ region: ['GM0034', 'WK003401'], indicator: 'PercentageJongerenMetJeugdzorg', level: undefined })).toBe(
      '?region=GM0034,WK003401&indicator=PercentageJongerenMetJeugdzorg',
    );
    expect(query({})).toBe('');
  });
});

describe('apiSend', () => {
  it('sends JSON with Content-Type and the CSRF token, and returns null for 204', async () => {
    const { apiSend, setCsrfToken } = await import('./api');
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok-123');
    await expect(apiSend('DELETE', '/api/session')).resolves.toBeNull();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('DELETE');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'tok-123' });
    expect(init.body).toBe('{}');
    setCsrfToken(null);
  });

  it('reads Retry-After on 429', async () => {
    const { apiSend } = await import('./api');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'te veel pogingen' } }), { status: 429, headers: { 'Retry-After': '120' } })),
    );
    await expect(apiSend('POST', '/api/session', { email: 'a', password: 'b' })).rejects.toMatchObject({ status: 429, code: 'rate_limited', retryAfter: 120 });
  });
});
