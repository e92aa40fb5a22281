// A small data hook around apiGet: loading / error / success, cancelled when the path changes,
// with an in-memory cache so that going back to a region does not fetch it again.
import { useEffect, useState } from 'react';
import { apiGet } from './api';

export type ApiState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: T };

const cache = new Map<string, unknown>();

export function clearApiCache(): void {
  cache.clear();
}

/** Fetches `path` (skipped when null) and returns its state. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ path: string | null; value: ApiState<T> }>(() => initial<T>(path));

  useEffect(() => {
    if (path === null || cache.has(path)) {
      setState(initial<T>(path));
      return;
    }
    const controller = new AbortController();
    setState({ path, value: { status: 'loading' } });
    apiGet<T>(path, { signal: controller.signal }).then(
      (data) => {
        cache.set(path, data);
        setState({ path, value: { status: 'success', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ path, value: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => controller.abort();
  }, [path]);

  // Until the effect has run for a new path, report what we know about that path, not the old one.
  return state.path === path ? state.value : initial<T>(path).value;
}

function initial<T>(path: string | null): { path: string | null; value: ApiState<T> } {
  if (path === null) return { path, value: { status: 'idle' } };
  if (cache.has(path)) return { path, value: { status: 'success', data: cache.get(path) as T } };
  return { path, value: { status: 'loading' } };
}
