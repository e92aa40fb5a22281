// The ambitions of a collaboration and, for coordinators, the form "Nieuwe ambitie".
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/dates';
import { navigate } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { ambitionPath, resultsPath, signalsPath, useAmbitions, useIndicators, useSignals } from '../api/results';
import { AmbitionForm } from '../components/ambition-form';

export function AmbitionsRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const ambitions = useAmbitions(collaborationId);
  const indicators = useIndicators();
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const coordinator = col?.my_role === 'coordinator';
  const signals = useSignals(collaborationId, coordinator);
  useDocumentTitle('Ambities');

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Ambities</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Ambities</Heading1>
      <Paragraph>
        Een ambitie zegt in gewone woorden wat de partners samen willen bereiken. Onder een ambitie staan de maatschappelijke resultaten
        waarmee u volgt of het lukt. Zie ook de <AppLink href={resultsPath(collaborationId)}>resultaten</AppLink> en de{' '}
        <AppLink href={signalsPath(collaborationId)}>signalen</AppLink>.
      </Paragraph>
      {collaboration.status === 'error' && <LoadError error={collaboration.error} />}
      {ambitions.status === 'error' && <LoadError error={ambitions.error} />}
      {(ambitions.status === 'loading' || ambitions.status === 'idle') && <Loading what="Ambities" />}
      {ambitions.status === 'success' &&
        (ambitions.data.length === 0 ? (
          <Paragraph>Er zijn nog geen ambities.</Paragraph>
        ) : (
          <ul className="kompas-list" data-testid="ambition-list">
            {ambitions.data.map((a) => (
              <li key={a.id} className="kompas-list__item">
                <h2 className="utrecht-heading-3">
                  <AppLink href={ambitionPath(collaborationId, a.id)}>{a.title}</AppLink>
                </h2>
                <p>{a.statement}</p>
                <p className="kompas-note">
                  Afgesproken op {formatDate(a.agreed_on)} · {a.results === 1 ? '1 maatschappelijk resultaat' : `${a.results} maatschappelijke resultaten`}
                </p>
              </li>
            ))}
          </ul>
        ))}
      {coordinator && col && (
        <section className="kompas-panel kompas-section" aria-labelledby="nieuwe-ambitie-titel">
          <Heading2 id="nieuwe-ambitie-titel">Nieuwe ambitie</Heading2>
          <AmbitionForm
            collaboration={col}
            indicators={indicators.status === 'success' ? indicators.data : []}
            signals={signals.status === 'success' ? signals.data : []}
            onCreated={(a) => navigate(ambitionPath(collaborationId, a.id))}
          />
        </section>
      )}
    </>
  );
}
