// Signals of a collaboration, newest first, and the form to add one.
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { useDocumentTitle } from '../../../lib/title';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { ambitionsPath, resultsPath, useAmbitions, useDashboard, useSignals } from '../api/results';
import { SignalForm } from '../components/signal-form';
import { SignalList } from '../components/signal-list';

export function SignalsRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const signals = useSignals(collaborationId);
  const ambitions = useAmbitions(collaborationId);
  const results = useDashboard(collaborationId);
  useDocumentTitle('Signalen');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const canAdd = col ? col.my_role === 'coordinator' || col.my_role === 'partner' : false;

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Signalen</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Signalen</Heading1>
      <Paragraph>
        Signalen zijn wat professionals, ouders, jongeren en partners opmerken. Ze vertellen het verhaal achter de cijfers, en ze zijn vaak
        eerder dan de cijfers. Zie ook de <AppLink href={ambitionsPath(collaborationId)}>ambities</AppLink> en de{' '}
        <AppLink href={resultsPath(collaborationId)}>resultaten</AppLink>.
      </Paragraph>
      {canAdd && col && (
        <section className="kompas-panel kompas-section" aria-labelledby="signaal-form-titel">
          <Heading2 id="signaal-form-titel">Signaal toevoegen</Heading2>
          <SignalForm
            collaborationId={collaborationId}
            regions={col.regions}
            ambitions={ambitions.status === 'success' ? ambitions.data : []}
            results={results.status === 'success' ? results.data : []}
            onCreated={() => signals.reload()}
          />
        </section>
      )}
      <section className="kompas-section" aria-labelledby="signalen-lijst-titel">
        <Heading2 id="signalen-lijst-titel">Alle signalen, nieuwste eerst</Heading2>
        {signals.status === 'error' && <LoadError error={signals.error} />}
        {(signals.status === 'loading' || signals.status === 'idle') && <Loading what="Signalen" />}
        {signals.status === 'success' && <SignalList signals={signals.data} />}
      </section>
    </>
  );
}
