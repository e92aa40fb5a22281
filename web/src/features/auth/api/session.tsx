// The signed-in session for the whole app: loaded once from GET /api/session (401 = signed out),
// set by sign-in, cleared by sign-out. The CSRF token goes to the API client.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, apiGet, apiSend, setCsrfToken } from '../../../lib/api';
import type { Session } from '../../../types/api';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; error?: Error }
  | { status: 'signed-in'; session: Session };

interface SessionContextValue {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<Session>;
  signOut: () => Promise<void>;
  /** After a 401 elsewhere: the session has ended. */
  expire: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children, initial }: { children: ReactNode; initial?: SessionState }) {
  const [state, setState] = useState<SessionState>(initial ?? { status: 'loading' });

  useEffect(() => {
    if (initial) return;
    let active = true;
    apiGet<Session>('/api/session').then(
      (session) => {
        if (!active) return;
        setCsrfToken(session.csrf_token);
        setState({ status: 'signed-in', session });
      },
      (error: unknown) => {
        if (!active) return;
        setCsrfToken(null);
        const unauthenticated = error instanceof ApiError && error.status === 401;
        setState({ status: 'signed-out', error: unauthenticated ? undefined : (error as Error) });
      },
    );
    return () => {
      active = false;
    };
  }, [initial]);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await apiSend<Session>('POST', '/api/session', { email, password });
    setCsrfToken(session.csrf_token);
    setState({ status: 'signed-in', session });
    return session;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiSend<null>('DELETE', '/api/session', {});
    } catch (error) {
      // Already gone on the server: signed out all the same.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, expire }), [state, signIn, signOut, expire]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The session when signed in, else null. */
export function useSignedIn(): Session | null {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.session : null;
}
