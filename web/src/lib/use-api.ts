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

/**
 * Like useApi, but never cached (for data behind a sign-in, which changes and must not outlive
 * the session) and with a reload function for after a change.
 */
export function useFresh<T>(path: string | null): ApiState<T> & { reload: () => void } {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; value: ApiState<T> }>({ key: '', value: { status: 'idle' } });
  const key = `${version}:${path}`;

  useEffect(() => {
    if (path === null) {
      setState({ key, value: { status: 'idle' } });
      return;
    }
    const controller = new AbortController();
    setState((old) => ({ key, value: old.value.status === 'success' && old.key.endsWith(`:${path}`) ? old.value : { status: 'loading' } }));
    apiGet<T>(path, { signal: controller.signal }).then(
      (data) => setState({ key, value: { status: 'success', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, value: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reload = () => setVersion((v) => v + 1);
  const value: ApiState<T> =
    state.key === key || (state.value.status === 'success' && state.key.endsWith(`:${path}`)) ? state.value : path === null ? { status: 'idle' } : { status: 'loading' };
  return { ...value, reload } as ApiState<T> & { reload: () => void };
}
