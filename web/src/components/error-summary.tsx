// The error summary above a form (NL Design System pattern): a heading, one link per problem to
// its field, and focus on the summary when it appears so screen readers announce it.
import { useEffect, useRef } from 'react';
import { Alert, FormFieldErrorMessage, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../lib/api';

export interface FieldError {
  /** id of the input (or of the first radio button of a group) to jump to. */
  field: string;
  message: string;
}

export function ErrorSummary({ errors, general, title = 'Er ging iets mis' }: { errors: FieldError[]; general?: string | null; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0 || Boolean(general);
  const signature = errors.map((e) => e.field + e.message).join('|') + (general ?? '');

  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, signature]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} className="kompas-error-summary" aria-labelledby="foutmelding-titel" data-testid="error-summary">
      <Alert type="error">
        <Heading2 id="foutmelding-titel" className="kompas-error-summary__title">
          {title}
        </Heading2>
        {general && <Paragraph>{general}</Paragraph>}
        {errors.length > 0 && (
          <ul className="kompas-error-summary__list">
            {errors.map((e) => (
              <li key={e.field + e.message}>
                <a
                  href={`#${e.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(e.field)?.focus();
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Alert>
    </div>
  );
}

/** The message for one field, or undefined. */
export function errorFor(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** Per-field helpers for a form: is the field invalid, its message, and its aria-describedby. */
export function fieldErrors(errors: FieldError[]) {
  return {
    invalid: (id: string) => Boolean(errorFor(errors, id)),
    message: (id: string) => {
      const m = errorFor(errors, id);
      return m ? <FormFieldErrorMessage id={`${id}-fout`}>{m}</FormFieldErrorMessage> : null;
    },
    described: (id: string, extra?: string) =>
      [errorFor(errors, id) ? `${id}-fout` : null, extra].filter(Boolean).join(' ') || undefined,
  };
}

/**
 * A refusal from the server as form errors: on the field when the server named one this form
 * maps (`serverFields`: API field → input id), else a general message starting with `failed`.
 */
export function serverFormError(error: unknown, serverFields: Record<string, string>, failed: string): { errors: FieldError[]; general: string | null } {
  const message = (error as Error).message;
  const field = error instanceof ApiError && error.field ? serverFields[error.field] : undefined;
  return field ? { errors: [{ field, message }], general: null } : { errors: [], general: `${failed}: ${message}` };
}
