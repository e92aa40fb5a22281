// Wachtwoord instellen: the public page behind a one-time link. The token is in the fragment
// (/wachtwoord-instellen#TOKEN), so it never reaches a server log; it is sent in a request body.
// Setting the password does not sign in: the person signs in with it next.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldDescription, FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { ErrorSummary, type FieldError } from '../../../components/error-summary';
import { Loading } from '../../../components/status';
import { ApiError } from '../../../lib/api';
import { formatDateTime } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/title';
import type { PasswordLinkInfo } from '../../../types/api';
import { checkPasswordLink, setPassword } from '../api/admin';

type State = { status: 'checking' } | { status: 'refused'; message: string } | { status: 'ready'; info: PasswordLinkInfo } | { status: 'done'; email: string };

export function SetPasswordRoute() {
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [state, setState] = useState<State>({ status: 'checking' });
  const [password, setPasswordText] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  useDocumentTitle('Wachtwoord instellen');

  useEffect(() => {
    if (!token) {
      setState({ status: 'refused', message: 'Er staat geen link in het adres. Open de volledige link die u van de beheerder kreeg.' });
      return;
    }
    checkPasswordLink(token).then(
      (info) => setState({ status: 'ready', info }),
      (error: unknown) => setState({ status: 'refused', message: (error as Error).message }),
    );
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.status !== 'ready') return;
    const found: FieldError[] = [];
    if ([...password].length < 12) found.push({ field: 'nieuw-wachtwoord', message: 'Het wachtwoord heeft minstens 12 tekens' });
    else if (password !== repeat) found.push({ field: 'herhaal-wachtwoord', message: 'De twee wachtwoorden zijn niet gelijk' });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await setPassword(token, password);
      setState({ status: 'done', email: state.info.email });
    } catch (error) {
      if (error instanceof ApiError && error.field === 'password') setErrors([{ field: 'nieuw-wachtwoord', message: error.message }]);
      else setState({ status: 'refused', message: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading1>Wachtwoord instellen</Heading1>
      {state.status === 'checking' && <Loading what="Link" />}
      {state.status === 'refused' && (
        <div className="kompas-panel" role="alert" data-testid="link-refused">
          <Paragraph>{state.message}</Paragraph>
        </div>
      )}
      {state.status === 'done' && (
        <div className="kompas-panel" role="status" data-testid="password-set">
          <Paragraph>Uw wachtwoord is ingesteld. Log nu in met {state.email} en uw nieuwe wachtwoord.</Paragraph>
          <Paragraph>
            <AppLink href="/inloggen">Naar inloggen</AppLink>
          </Paragraph>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <Paragraph className="kompas-lead">
            Welkom, {state.info.name}. Kies een wachtwoord voor uw account {state.info.email}. Deze link werkt één keer en tot{' '}
            {formatDateTime(state.info.expires_at)}.
          </Paragraph>
          <form className="kompas-form kompas-panel" onSubmit={submit} noValidate aria-label="Wachtwoord instellen">
            <ErrorSummary errors={errors} title="Controleer het wachtwoord" />
            <FormField type="text">
              <FormLabel htmlFor="nieuw-wachtwoord">Nieuw wachtwoord</FormLabel>
              <FormFieldDescription id="nieuw-wachtwoord-uitleg">
                Minstens 12 tekens, en geen veelgebruikt wachtwoord. Een zin van een paar woorden werkt goed.
              </FormFieldDescription>
              <Textbox id="nieuw-wachtwoord" type="password" autoComplete="new-password" aria-describedby="nieuw-wachtwoord-uitleg" value={password} onChange={(e) => setPasswordText(e.target.value)} />
            </FormField>
            <FormField type="text">
              <FormLabel htmlFor="herhaal-wachtwoord">Herhaal het wachtwoord</FormLabel>
              <Textbox id="herhaal-wachtwoord" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
            </FormField>
            <Button type="submit" appearance="primary-action-button" disabled={busy}>
              Wachtwoord instellen
            </Button>
          </form>
        </>
      )}
    </>
  );
}
