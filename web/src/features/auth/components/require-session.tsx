// Pages behind a sign-in: wait for the session, send signed-out visitors to /inloggen with the
// way back, and say so when a platform-admin page is opened by someone else.
import { useEffect, type ReactNode } from 'react';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Loading } from '../../../components/status';
import { navigate, signInPath } from '../../../lib/router';
import type { Session } from '../../../types/api';
import { useSession } from '../api/session';

export function RequireSession({ children, adminOnly = false }: { children: (session: Session) => ReactNode; adminOnly?: boolean }) {
  const { state } = useSession();
  const signedOut = state.status === 'signed-out';

  useEffect(() => {
    if (signedOut) navigate(signInPath(window.location.pathname + window.location.search), { replace: true });
  }, [signedOut]);

  if (state.status !== 'signed-in') return <Loading what="Gegevens" />;
  if (adminOnly && !state.session.person.platform_admin) {
    return (
      <>
        <Heading1>Geen toegang</Heading1>
        <Paragraph>Deze pagina is alleen voor beheerders van het platform.</Paragraph>
      </>
    );
  }
  return <>{children(state.session)}</>;
}
