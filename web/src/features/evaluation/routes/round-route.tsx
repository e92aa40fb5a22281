// One evaluation round: fill in (coordinators and partners, while open) and the results.
import { lazy, Suspense, useRef, useState } from 'react';
import { Alert, Button, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/title';
import type { EvaluationResult } from '../../../types/api';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { canCloseRound, canRespond } from '../../../lib/permissions';
import { closeRound, evaluationsPath, submitResponse, useRoundResult } from '../api/evaluations';
import { EvaluationForm } from '../components/evaluation-form';
import { responsesText, withheldText } from '../elements';

const ElementResult = lazy(() => import('../components/element-result'));

export function RoundRoute({ collaborationId, roundId }: { collaborationId: string; roundId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const result = useRoundResult(collaborationId, roundId);
  const [override, setOverride] = useState<EvaluationResult | null>(null);
  const [thanks, setThanks] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  const resultsRef = useRef<HTMLElement>(null);
  const data = override ?? (result.status === 'success' ? result.data : null);
  useDocumentTitle(data ? `Evaluatie: ${data.title}` : 'Evaluatie');

  if (collaboration.status === 'error') return <LoadError error={collaboration.error} />;
  if (result.status === 'error') return <LoadError error={result.error} />;
  if (collaboration.status !== 'success' || !data) return <Loading what="Evaluatie" />;
  const role = collaboration.data.my_role;
  const mayRespond = canRespond(role) && !data.closed;

  const submit = async (response: Parameters<typeof submitResponse>[2]) => {
    const next = await submitResponse(collaborationId, roundId, response);
    setOverride(next);
    setThanks(true);
    // Take the reader to the confirmation and the results.
    requestAnimationFrame(() => resultsRef.current?.focus());
  };

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{collaboration.data.name}</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={evaluationsPath(collaborationId)}>Evaluatie</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{data.title}</span>
      </nav>
      <PreHeading className="kompas-preheading">Evaluatie van {collaboration.data.name}</PreHeading>
      <Heading1>{data.title}</Heading1>
      <Paragraph>
        Geopend op {formatDateTime(data.opened_at)} · {data.closed ? 'gesloten' : 'open'} · {responsesText(data.responses).toLowerCase()}
      </Paragraph>

      {mayRespond && !thanks && (
        <section className="kompas-section kompas-panel" aria-labelledby="invullen-titel">
          <Heading2 id="invullen-titel">{data.my_response_submitted ? 'Uw antwoorden wijzigen' : 'Vul de evaluatie in'}</Heading2>
          <EvaluationForm onSubmit={submit} alreadySubmitted={data.my_response_submitted} />
        </section>
      )}
      {!canRespond(role) && <Paragraph className="kompas-note">Als meekijker ziet u de resultaten, maar vult u de evaluatie niet in.</Paragraph>}
      {data.closed && <Paragraph className="kompas-note">Deze ronde is gesloten; er kunnen geen antwoorden meer bij.</Paragraph>}

      <section className="kompas-section" aria-labelledby="resultaten-titel" ref={resultsRef} tabIndex={-1} data-testid="results">
        {thanks && (
          <Alert type="ok">
            <Paragraph>Dank u wel. Uw antwoorden zijn opgeslagen.</Paragraph>
          </Alert>
        )}
        <Heading2 id="resultaten-titel">Resultaten</Heading2>
        <Paragraph data-testid="response-count">{responsesText(data.responses)} in deze ronde.</Paragraph>
        {data.responses < data.min_answers && (
          <Paragraph className="kompas-note" data-testid="results-withheld">
            {withheldText(data.min_answers)}
          </Paragraph>
        )}
        <Suspense fallback={<Loading what="Resultaten" />}>
          <div className="kompas-results">
            {data.elements.map((summary) => (
              <ElementResult key={summary.element} summary={summary} minAnswers={data.min_answers} />
            ))}
          </div>
        </Suspense>
      </section>

      {canCloseRound(role) && !data.closed && (
        <section className="kompas-section" aria-labelledby="sluiten-titel">
          <Heading2 id="sluiten-titel">Ronde sluiten</Heading2>
          <Paragraph>Na het sluiten kan niemand meer antwoorden toevoegen of wijzigen.</Paragraph>
          {closeError && (
            <Alert type="error">
              <Paragraph>{closeError}</Paragraph>
            </Alert>
          )}
          <Button
            appearance="secondary-action-button"
            onClick={async () => {
              if (!window.confirm('Deze ronde sluiten?')) return;
              try {
                setOverride(await closeRound(collaborationId, roundId));
                setCloseError(null);
              } catch (e) {
                setCloseError(`De ronde is niet gesloten: ${(e as Error).message}`);
              }
            }}
          >
            Ronde sluiten
          </Button>
        </section>
      )}
    </>
  );
}
