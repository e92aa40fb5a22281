// One contract lot: its overview of providers × required conditions (status in words; missing or
// out-of-date evidence marked in words), and for the coordinator the form to change it.
import { useState } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { useDocumentTitle } from '../../../lib/title';
import { lotsPath, useConversations, useLotOverview } from '../api/quality';
import { LotForm } from '../components/lot-form';
import { LotMatrix } from '../components/lot-matrix';
import { dutchDate } from '../labels';

export function LotRoute({ collaborationId, lotId }: { collaborationId: string; lotId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const overview = useLotOverview(collaborationId, lotId);
  const providers = useConversations(collaborationId);
  const [editing, setEditing] = useState(false);
  const data = overview.status === 'success' ? overview.data : null;
  useDocumentTitle(data ? `Perceel ${data.lot.name}` : 'Perceel');
  const col = collaboration.status === 'success' ? collaboration.data : null;

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={lotsPath(collaborationId)}>Percelen</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{data?.lot.name ?? 'Perceel'}</span>
      </nav>
      <PreHeading className="kompas-preheading">Perceel</PreHeading>
      <Heading1>{data?.lot.name ?? 'Perceel'}</Heading1>
      {overview.status === 'error' && <LoadError error={overview.error} />}
      {overview.status === 'loading' && <Loading what="Perceel" />}
      {data && (
        <>
          {data.lot.description && <Paragraph>{data.lot.description}</Paragraph>}
          <Paragraph>
            Per aanbieder staat of die aan de kwaliteitseisen van dit perceel voldoet, zoals de aanbieder het zelf heeft vastgelegd. Bewijs
            dat langer dan {data.horizon_months} maanden geleden is bevestigd (vóór {dutchDate(data.horizon_date)}) geldt als verouderd. De
            aanbieders staan op naam: dit is geen rangorde, maar een begin voor het gesprek.
          </Paragraph>
          <LotMatrix overview={data} />
          {col?.my_role === 'coordinator' && (
            <section className="kompas-panel kompas-section" aria-labelledby="perceel-form-titel">
              <Heading2 id="perceel-form-titel">Perceel wijzigen</Heading2>
              {!editing ? (
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing(true)}>
                  Perceel wijzigen
                </button>
              ) : (
                <LotForm
                  collaborationId={collaborationId}
                  lot={data.lot}
                  providers={providers.status === 'success' ? providers.data.map((p) => ({ value: p.organisation_id, label: p.name })) : []}
                  onSaved={() => overview.reload()}
                />
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
