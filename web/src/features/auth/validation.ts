// Checks of the sign-in form before it is sent, and the wording of the server's answer.
import type { FieldError } from '../../components/error-summary';
import { ApiError } from '../../lib/api';

export const SIGN_IN_FIELDS = { email: 'inloggen-email', password: 'inloggen-wachtwoord' } as const;

export function validateSignIn(email: string, password: string): FieldError[] {
  const errors: FieldError[] = [];
  const trimmed = email.trim();
  if (trimmed === '') errors.push({ field: SIGN_IN_FIELDS.email, message: 'Vul uw e-mailadres in' });
  else if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) {
    errors.push({ field: SIGN_IN_FIELDS.email, message: 'Vul een e-mailadres in zoals naam@organisatie.nl' });
  }
  if (password === '') errors.push({ field: SIGN_IN_FIELDS.password, message: 'Vul uw wachtwoord in' });
  return errors;
}

/** Waiting time in words: 45 seconden, 1 minuut, 15 minuten. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
}

/** The message to show after a failed sign-in. */
export function signInErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      const wait = error.retryAfter ? ` Probeer het over ${formatWait(error.retryAfter)} opnieuw.` : ' Probeer het later opnieuw.';
      return `Er is te vaak geprobeerd in te loggen.${wait}`;
    }
    if (error.status === 401) return capitalise(error.message || 'E-mailadres of wachtwoord klopt niet');
    return `Inloggen lukt nu niet: ${error.message}`;
  }
  return 'Inloggen lukt nu niet. Probeer het later opnieuw.';
}

function capitalise(text: string): string {
  const t = text.trim().replace(/\.$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1) + '.';
}
