// Inloggen: e-mail and password, the server's own generic error text, the wait after too many
// attempts, and back to the page the user came from.
import { useState, type FormEvent } from 'react';
import { Alert, Button, FormField, FormLabel, Heading1, Paragraph, Textbox, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { ErrorSummary, errorFor, type FieldError } from '../../../components/error-summary';
import { AppLink } from '../../../components/app-link';
import { navigate, safeReturnPath } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import { useSession } from '../api/session';
import { SIGN_IN_FIELDS, signInErrorText, validateSignIn } from '../validation';

export function SignInRoute({ returnTo, signedOut = false }: { returnTo: string | null; signedOut?: boolean }) {
  const { state, signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const target = safeReturnPath(returnTo);
  useDocumentTitle('Inloggen');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateSignIn(email, password);
    setErrors(found);
    setGeneral(null);
    if (found.length) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      navigate(target, { replace: true });
    } catch (error) {
      setPassword('');
      setGeneral(signInErrorText(error));
      setBusy(false);
    }
  };

  if (state.status === 'signed-in') {
    return (
      <>
        <Heading1>Inloggen</Heading1>
        <Paragraph>
          U bent ingelogd als {state.session.person.name} ({state.session.organisation.name}).{' '}
          <AppLink href={target}>Ga verder</AppLink>
        </Paragraph>
      </>
    );
  }

  return (
    <div className="kompas-narrow">
      <Heading1>Inloggen</Heading1>
      {signedOut && !returnTo && (
        <Alert type="ok">
          <Paragraph>U bent uitgelogd.</Paragraph>
        </Alert>
      )}
      {returnTo && (
        <Alert type="info">
          <Paragraph>Log in om deze pagina te bekijken. Daarna gaat u vanzelf verder.</Paragraph>
        </Alert>
      )}
      <Paragraph className="kompas-lead">
        Log in met het account van uw organisatie om samenwerkingen te bekijken en te evalueren. De staat van de jeugd is
        zonder inloggen te zien.
      </Paragraph>
      <ErrorSummary errors={errors} general={general} title={general ? 'Inloggen is niet gelukt' : 'Controleer het formulier'} />
      <form className="kompas-form" onSubmit={submit} noValidate aria-label="Inloggen">
        <FormField type="text" invalid={Boolean(errorFor(errors, SIGN_IN_FIELDS.email))}>
          <FormLabel htmlFor={SIGN_IN_FIELDS.email}>E-mailadres</FormLabel>
          {errorFor(errors, SIGN_IN_FIELDS.email) && (
            <FormFieldErrorMessage id={`${SIGN_IN_FIELDS.email}-fout`}>{errorFor(errors, SIGN_IN_FIELDS.email)}</FormFieldErrorMessage>
          )}
          <Textbox
            id={SIGN_IN_FIELDS.email}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            invalid={Boolean(errorFor(errors, SIGN_IN_FIELDS.email))}
            aria-describedby={errorFor(errors, SIGN_IN_FIELDS.email) ? `${SIGN_IN_FIELDS.email}-fout` : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
        <FormField type="text" invalid={Boolean(errorFor(errors, SIGN_IN_FIELDS.password))}>
          <FormLabel htmlFor={SIGN_IN_FIELDS.password}>Wachtwoord</FormLabel>
          {errorFor(errors, SIGN_IN_FIELDS.password) && (
            <FormFieldErrorMessage id={`${SIGN_IN_FIELDS.password}-fout`}>{errorFor(errors, SIGN_IN_FIELDS.password)}</FormFieldErrorMessage>
          )}
          <Textbox
            id={SIGN_IN_FIELDS.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            invalid={Boolean(errorFor(errors, SIGN_IN_FIELDS.password))}
            aria-describedby={errorFor(errors, SIGN_IN_FIELDS.password) ? `${SIGN_IN_FIELDS.password}-fout` : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Inloggen
        </Button>
      </form>
    </div>
  );
}
