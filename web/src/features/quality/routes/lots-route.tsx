// The contract lots (percelen) of a collaboration: the list, and for the coordinator the form to
// add one. Each lot opens its overview of providers × required conditions.
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { navigate } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import { effectivenessPath, lotPath, useConversations, useLots } from '../api/quality';
import { LotForm } from '../components/lot-form';
import { CONDITION_LABELS } from '../labels';

export function LotsRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const lots = useLots(collaborationId);
  const providers = useConversations(collaborationId);
  useDocumentTitle('Percelen');
  const col = collaboration.status === 'success' ? collaboration.data : null;

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Percelen</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Percelen en kwaliteitseisen</Heading1>
      <Paragraph>
        Een perceel is een deel van de inkoop, met de kwaliteitseisen die de gemeente daarin stelt en de aanbieders die ervoor zijn
        gecontracteerd. Per perceel ziet u of de aanbieders aan de eisen voldoen en waar het bewijs ontbreekt of verouderd is. Zie ook
        de <AppLink href={effectivenessPath(collaborationId)}>gesprekken over effectiviteit</AppLink>.
      </Paragraph>
      {collaboration.status === 'error' && <LoadError error={collaboration.error} />}
      <section className="kompas-section" aria-labelledby="percelen-titel">
        <Heading2 id="percelen-titel">Percelen</Heading2>
        {lots.status === 'error' && <LoadError error={lots.error} />}
        {lots.status === 'loading' && <Loading what="Percelen" />}
        {lots.status === 'success' && lots.data.length === 0 && <Paragraph>Er zijn nog geen percelen.</Paragraph>}
        {lots.status === 'success' && lots.data.length > 0 && (
          <ul className="kompas-list" data-testid="lot-list">
            {lots.data.map((lot) => (
              <li key={lot.id}>
                <AppLink href={lotPath(collaborationId, lot.id)}>{lot.name}</AppLink>: {lot.required.map((c) => CONDITION_LABELS[c].toLowerCase()).join(', ')};{' '}
                {lot.providers.length === 1 ? '1 aanbieder' : `${lot.providers.length} aanbieders`}
              </li>
            ))}
          </ul>
        )}
      </section>
      {col?.my_role === 'coordinator' && (
        <section className="kompas-panel kompas-section" aria-labelledby="perceel-form-titel">
          <Heading2 id="perceel-form-titel">Perceel aanmaken</Heading2>
          <LotForm
            collaborationId={collaborationId}
            providers={providers.status === 'success' ? providers.data.map((p) => ({ value: p.organisation_id, label: p.name })) : []}
            onSaved={(lot) => navigate(lotPath(collaborationId, lot.id))}
          />
        </section>
      )}
    </>
  );
}
