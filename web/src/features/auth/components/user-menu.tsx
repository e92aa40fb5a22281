// The header part about the account: who is signed in and "Uitloggen", or an "Inloggen" link.
import { useState } from 'react';
import { Button } from '@utrecht/component-library-react';
import { isPlainClick, navigate, signInPath } from '../../../lib/router';
import { useSession } from '../api/session';

export function UserMenu() {
  const { state, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);

  if (state.status === 'loading') return <div className="kompas-user" aria-hidden="true" />;
  if (state.status === 'signed-out') {
    const here = window.location.pathname + window.location.search;
    const href = window.location.pathname.startsWith('/inloggen') ? '/inloggen' : signInPath(here);
    return (
      <div className="kompas-user">
        <a
          className="kompas-user__signin"
          href={href}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            navigate(href);
          }}
        >
          Inloggen
        </a>
      </div>
    );
  }
  const { person, organisation } = state.session;
  return (
    <div className="kompas-user" data-testid="user-menu">
      <p className="kompas-user__who">
        Ingelogd als <strong>{person.name || person.email}</strong> ({organisation.name})
      </p>
      <Button
        appearance="secondary-action-button"
        className="kompas-user__signout"
        onClick={async () => {
          setError(null);
          try {
            await signOut();
            navigate('/inloggen?uitgelogd=1');
          } catch (e) {
            setError(`Uitloggen is niet gelukt: ${(e as Error).message}`);
          }
        }}
      >
        Uitloggen
      </Button>
      {error && (
        <p role="alert" className="kompas-user__error">
          {error}
        </p>
      )}
    </div>
  );
}
