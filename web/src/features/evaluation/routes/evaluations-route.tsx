// Evaluatie van de samenwerking: the rounds, and for coordinators a form to open a new one.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormFieldErrorMessage, FormLabel, Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { ErrorSummary, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/dates';
import { navigate } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { canOpenRound } from '../../../lib/permissions';
import { openRound, roundPath, useRounds } from '../api/evaluations';
import { responsesText } from '../elements';

export function EvaluationsRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const rounds = useRounds(collaborationId);
  const name = collaboration.status === 'success' ? collaboration.data.name : null;
  useDocumentTitle(name ? `Evaluatie van ${name}` : 'Evaluatie van de samenwerking');

  if (collaboration.status === 'error') return <LoadError error={collaboration.error} />;
  if (collaboration.status !== 'success') return <Loading what="Samenwerking" />;
  const role = collaboration.data.my_role;

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{name}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Evaluatie</span>
      </nav>
      <Heading1>Evaluatie van de samenwerking</Heading1>
      <Paragraph className="kompas-lead">
        De partners van {name} beoordelen samen zes onderdelen van de samenwerking. Iedereen ziet de spreiding van de scores,
        nooit wie welke score gaf.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="rondes-titel">
        <Heading2 id="rondes-titel">Rondes</Heading2>
        {rounds.status === 'error' && <LoadError error={rounds.error} />}
        {(rounds.status === 'loading' || rounds.status === 'idle') && <Loading what="Rondes" />}
        {rounds.status === 'success' && rounds.data.length === 0 && <Paragraph>Er is nog geen evaluatieronde.</Paragraph>}
        {rounds.status === 'success' && rounds.data.length > 0 && (
          <div className="kompas-table-wrap">
            <table className="kompas-table utrecht-table" data-testid="rounds-table">
              <caption className="kompas-visually-hidden">Evaluatierondes</caption>
              <thead>
                <tr>
                  <th scope="col">Ronde</th>
                  <th scope="col">Geopend op</th>
                  <th scope="col">Status</th>
                  <th scope="col">Antwoorden</th>
                  <th scope="col">Mijn antwoord</th>
                </tr>
              </thead>
              <tbody>
                {rounds.data.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <AppLink href={roundPath(collaborationId, r.id)}>{r.title}</AppLink>
                    </th>
                    <td>{formatDateTime(r.opened_at)}</td>
                    <td>{r.closed ? 'gesloten' : 'open'}</td>
                    <td className="kompas-num">{r.responses}</td>
                    <td>{r.my_response_submitted ? 'ingevuld' : 'nog niet ingevuld'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canOpenRound(role) && (
        <section className="kompas-section kompas-panel" aria-labelledby="ronde-openen-titel">
          <Heading2 id="ronde-openen-titel">Nieuwe ronde openen</Heading2>
          <OpenRoundForm collaborationId={collaborationId} />
        </section>
      )}
      {rounds.status === 'success' && rounds.data.length > 0 && (
        <Paragraph className="kompas-note">{responsesText(rounds.data[0].responses)} in de nieuwste ronde.</Paragraph>
      )}
    </>
  );
}

function OpenRoundForm({ collaborationId }: { collaborationId: string }) {
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = title.trim() ? [] : [{ field: 'ronde-titel', message: 'Geef de ronde een titel, bijvoorbeeld "Najaar 2026"' }];
    setErrors(found);
    setGeneral(null);
    if (found.length) return;
    setBusy(true);
    try {
      const round = await openRound(collaborationId, title.trim());
      navigate(roundPath(collaborationId, round.id));
    } catch (e) {
      setGeneral(`De ronde is niet geopend: ${(e as Error).message}`);
      setBusy(false);
    }
  };
  const error = errors[0]?.message;

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-labelledby="ronde-openen-titel">
      <ErrorSummary errors={errors} general={general} title="Controleer het formulier" />
      <FormField type="text" invalid={Boolean(error)}>
        <FormLabel htmlFor="ronde-titel">Titel van de ronde</FormLabel>
        {error && <FormFieldErrorMessage id="ronde-titel-fout">{error}</FormFieldErrorMessage>}
        <Textbox id="ronde-titel" value={title} invalid={Boolean(error)} aria-describedby={error ? 'ronde-titel-fout' : undefined} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Ronde openen
      </Button>
    </form>
  );
}
