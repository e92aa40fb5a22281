// The activities of a collaboration: what partners and others do, for which results and why, and
// what is known of their quality; with the form to add one (coordinators and partners).
import { useState } from 'react';
import { Button, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { useDocumentTitle } from '../../../lib/title';
import type { Activity, Session, SocietalResult } from '../../../types/api';
import { useDashboard } from '../../results/api/results';
import { portfolioPath, useActivities } from '../api/activities';
import { ActivityForm } from '../components/activity-form';
import { ECHELON_LABELS, RECOGNITION_LABELS, STATUS_LABELS } from '../labels';

function QualityCell({ activity }: { activity: Activity }) {
  if (activity.quality_known) return <>Onderbouwd{activity.recognition ? ` (${RECOGNITION_LABELS[activity.recognition].toLowerCase()})` : ''}</>;
  return (
    <>
      <strong>Onbekend</strong>
      {activity.monitoring ? `; gemonitord: ${activity.monitoring.what}, bespreken op ${activity.monitoring.review_on}` : '; nog geen monitoringsafspraak'}
    </>
  );
}

export function ActivitiesRoute({ collaborationId, session }: { collaborationId: string; session: Session }) {
  const collaboration = useCollaboration(collaborationId);
  const activities = useActivities(collaborationId);
  const dashboard = useDashboard(collaborationId);
  useDocumentTitle('Activiteiten');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const canAdd = col ? col.my_role === 'coordinator' || col.my_role === 'partner' : false;
  const [editing, setEditing] = useState<Activity | null>(null);
  // The caller's own partner rows: the partner that recorded an activity may change it.
  const mine = new Set(
    (col?.partners ?? []).filter((p) => p.organisation_id === session.organisation.id || p.person_id === session.person.id).map((p) => p.id),
  );
  const canEdit = (a: Activity) => col?.my_role === 'coordinator' || (a.owner_partner_id !== null && mine.has(a.owner_partner_id));
  const results: SocietalResult[] = dashboard.status === 'success' ? dashboard.data.map((row) => row.result) : [];
  const titleOf = (id: string) => results.find((r) => r.id === id)?.title ?? id;

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Activiteiten</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Activiteiten</Heading1>
      <Paragraph>
        Wat doen inwoners, voorzieningen en maatschappelijke partners, en aan welk resultaat draagt dat bij? Leg een activiteit vast zodra u
        ervan weet; de rest kan later. De <AppLink href={portfolioPath(collaborationId)}>aanbodanalyse</AppLink> zet alles naast de resultaten.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="activiteiten-lijst-titel">
        <Heading2 id="activiteiten-lijst-titel">Vastgelegde activiteiten</Heading2>
        {activities.status === 'error' && <LoadError error={activities.error} />}
        {(activities.status === 'loading' || activities.status === 'idle') && <Loading what="Activiteiten" />}
        {activities.status === 'success' && activities.data.length === 0 && <Paragraph>Er zijn nog geen activiteiten vastgelegd.</Paragraph>}
        {activities.status === 'success' && activities.data.length > 0 && (
          <div className="kompas-table-wrap kompas-table-wrap--wide">
            <table className="kompas-table" data-testid="activities-table">
              <caption>Activiteiten op naam, met hun resultaten en wat bekend is van hun kwaliteit</caption>
              <thead>
                <tr>
                  <th scope="col">Activiteit</th>
                  <th scope="col">Echelon</th>
                  <th scope="col">Stand</th>
                  <th scope="col">Uitvoerder</th>
                  <th scope="col">Draagt bij aan</th>
                  <th scope="col">Kwaliteit</th>
                  <th scope="col">
                    <span className="kompas-visually-hidden">Wijzigen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {activities.data.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.name}</th>
                    <td>{ECHELON_LABELS[a.echelon]}</td>
                    <td>{STATUS_LABELS[a.status]}</td>
                    <td>{a.actor || 'niet bekend'}</td>
                    <td>
                      {a.results.length === 0 ? (
                        <em>geen resultaat</em>
                      ) : (
                        <ul className="kompas-list">
                          {a.results.map((link) => (
                            <li key={link.result_id}>
                              {titleOf(link.result_id)}
                              {link.reason ? <span className="kompas-note"> — {link.reason}</span> : null}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      <QualityCell activity={a} />
                    </td>
                    <td>
                      {canEdit(a) && (
                        <Button appearance="subtle-button" onClick={() => setEditing(a)} aria-label={`${a.name} wijzigen`}>
                          Wijzigen
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {editing && col && (
        <section className="kompas-panel kompas-section" aria-labelledby="activiteit-wijzig-titel">
          <Heading2 id="activiteit-wijzig-titel">{editing.name} wijzigen</Heading2>
          <ActivityForm
            key={editing.id}
            collaborationId={collaborationId}
            partners={col.partners}
            results={results}
            initial={editing}
            onCreated={() => {
              setEditing(null);
              activities.reload();
            }}
          />
          <Button appearance="secondary-action-button" onClick={() => setEditing(null)}>
            Niet wijzigen
          </Button>
        </section>
      )}
      {canAdd && col && !editing && (
        <section className="kompas-panel kompas-section" aria-labelledby="activiteit-form-titel">
          <Heading2 id="activiteit-form-titel">Activiteit toevoegen</Heading2>
          <ActivityForm collaborationId={collaborationId} partners={col.partners} results={results} onCreated={() => activities.reload()} />
        </section>
      )}
    </>
  );
}
