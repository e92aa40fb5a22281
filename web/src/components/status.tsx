// Loading and error states, worded the same everywhere.
import { Alert, Paragraph } from '@utrecht/component-library-react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="kompas-loading" role="status" aria-live="polite">
      {what} worden geladen…
    </p>
  );
}

export function LoadError({ error }: { error: Error }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>Kan de gegevens niet ophalen: {error.message}</Paragraph>
    </Alert>
  );
}
