// "Verbeteracties" of a collaboration (block 6): what the partners agreed to improve, who is the
// aanspreekpunt, by when, and how far it is; with the form to add one (coordinators and partners)
// and a status form for whoever may move an action on.
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { useDocumentTitle } from '../../../lib/title';
import type { Session } from '../../../types/api';
import { useActivities } from '../../activities/api/activities';
import { useDashboard } from '../../results/api/results';
import { myActionsPath, useActionOwners, useActions } from '../api/actions';
import { ActionForm } from '../components/action-form';
import { ActionTable } from '../components/action-table';
import { StatusForm } from '../components/status-form';
import { canChangeStatus } from '../labels';
import { DownloadLinks } from '../../../components/download-links';

export function ActionsRoute({ collaborationId, session }: { collaborationId: string; session: Session }) {
  const collaboration = useCollaboration(collaborationId);
  const actions = useActions(collaborationId);
  const owners = useActionOwners(collaborationId);
  const dashboard = useDashboard(collaborationId);
  const activities = useActivities(collaborationId);
  useDocumentTitle('Verbeteracties');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const role = col?.my_role ?? null;
  const canAdd = role === 'coordinator' || role === 'partner';
  const mine = new Set(
    (col?.partners ?? []).filter((p) => p.organisation_id === session.organisation.id || p.person_id === session.person.id).map((p) => p.id),
  );
  const overdue = actions.status === 'success' ? actions.data.filter((a) => a.overdue).length : 0;

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Verbeteracties</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Verbeteracties</Heading1>
      <Paragraph>
        Wat spraken we af na het gesprek over de cijfers? Elke verbeteractie heeft één aanspreekpunt dat de verbetering mag en kan doorvoeren,
        een streefdatum en een status. Uw eigen acties in alle samenwerkingen staan onder <AppLink href={myActionsPath}>Mijn acties</AppLink>.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="acties-lijst-titel">
        <Heading2 id="acties-lijst-titel">Afgesproken acties</Heading2>
        {actions.status === 'error' && <LoadError error={actions.error} />}
        {(actions.status === 'loading' || actions.status === 'idle') && <Loading what="Verbeteracties" />}
        {actions.status === 'success' && actions.data.length === 0 && <Paragraph>Er zijn nog geen verbeteracties afgesproken.</Paragraph>}
        {actions.status === 'success' && actions.data.length > 0 && (
          <>
            <Paragraph>
              {actions.data.length === 1 ? '1 verbeteractie' : `${actions.data.length} verbeteracties`}
              {overdue > 0 ? `, waarvan ${overdue} over tijd` : ', geen over tijd'}.
            </Paragraph>
            <DownloadLinks href={`/api/collaborations/${encodeURIComponent(collaborationId)}/actions/export`} what="de verbeteracties" testId="actions-downloads" />
            <ActionTable
              actions={actions.data}
              caption="Verbeteracties op streefdatum, met aanspreekpunt, status en geschiedenis"
              testId="actions-table"
              extra={(a) =>
                canChangeStatus(a, role, session.person.id, mine) ? <StatusForm key={`${a.id}-${a.history.length}`} action={a} onSaved={() => actions.reload()} /> : null
              }
            />
          </>
        )}
      </section>
      {canAdd && col && (
        <section className="kompas-panel kompas-section" aria-labelledby="actie-form-titel">
          <Heading2 id="actie-form-titel">Verbeteractie toevoegen</Heading2>
          {owners.status === 'error' && <LoadError error={owners.error} />}
          <ActionForm
            collaborationId={collaborationId}
            owners={owners.status === 'success' ? owners.data : []}
            results={dashboard.status === 'success' ? dashboard.data.map((row) => row.result) : []}
            activities={activities.status === 'success' ? activities.data : []}
            partners={col.partners}
            onCreated={() => actions.reload()}
          />
        </section>
      )}
    </>
  );
}
