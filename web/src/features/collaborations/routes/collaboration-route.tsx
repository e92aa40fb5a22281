// One collaboration: overview, agreements, partners and the way to its evaluation.
import { useState } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatPeriod } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/title';
import type { CollaborationDetail } from '../../../types/api';
import { useCollaboration } from '../../../lib/collaboration';
import { AgreementsForm, AgreementsView } from '../components/agreements-form';
import { InvitePartnerForm, PartnersTable } from '../components/partners';
import { ROLE_NAMES, canEditAgreements, canManagePartners } from '../../../lib/permissions';

export function CollaborationRoute({ id }: { id: string }) {
  const state = useCollaboration(id);
  const [override, setOverride] = useState<CollaborationDetail | null>(null);
  const data = override?.id === id ? override : state.status === 'success' ? state.data : null;
  useDocumentTitle(data ? data.name : 'Samenwerking');

  if (state.status === 'error') {
    return (
      <>
        <Heading1>Samenwerking</Heading1>
        <LoadError error={state.error} />
        <Paragraph>
          <AppLink href="/samenwerkingen">Terug naar mijn samenwerkingen</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!data) return <Loading what="Samenwerking" />;
  const reload = () => {
    setOverride(null);
    state.reload();
  };

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span> <span aria-current="page">{data.name}</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · uw rol: {ROLE_NAMES[data.my_role]}</PreHeading>
      <Heading1>{data.name}</Heading1>
      <dl className="kompas-facts" data-testid="collaboration-overview">
        <div className="kompas-facts__row">
          <dt>Maatschappelijke opgave</dt>
          <dd>{data.theme}</dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Gebieden</dt>
          <dd>{data.regions.join(', ')}</dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Periode</dt>
          <dd>{formatPeriod(data.period_start, data.period_end)}</dd>
        </div>
        {data.description && (
          <div className="kompas-facts__row">
            <dt>Beschrijving</dt>
            <dd>{data.description}</dd>
          </div>
        )}
      </dl>
      <nav aria-label="Onderdelen van de samenwerking" className="kompas-subnav" data-testid="collaboration-subnav">
        <ul>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/ambities`}>Ambities</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/resultaten`}>Resultaten</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/signalen`}>Signalen</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/veranderverhaal`}>Veranderverhaal</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/activiteiten`}>Activiteiten</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/aanbod`}>Aanbodanalyse</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/evaluaties`}>Evaluatie van de samenwerking</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/percelen`}>Percelen en kwaliteitseisen</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/effectiviteit`}>Gesprekken over effectiviteit</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/verbeteracties`}>Verbeteracties</AppLink>
          </li>
          <li>
            <AppLink href={`/samenwerkingen/${encodeURIComponent(data.id)}/kwaliteitsdialoog`}>Kwaliteitsdialoog</AppLink>
          </li>
        </ul>
      </nav>

      <section className="kompas-section" aria-labelledby="afspraken-titel">
        <Heading2 id="afspraken-titel">Afspraken</Heading2>
        {canEditAgreements(data.my_role) ? (
          <AgreementsForm collaboration={data} onSaved={setOverride} />
        ) : (
          <>
            <Paragraph className="kompas-note">Alleen coördinatoren kunnen de afspraken wijzigen.</Paragraph>
            <AgreementsView agreements={data.agreements} />
          </>
        )}
      </section>

      <section className="kompas-section" aria-labelledby="partners-titel">
        <Heading2 id="partners-titel">Partners</Heading2>
        <PartnersTable collaboration={data} manage={canManagePartners(data.my_role)} onChanged={reload} />
        {canManagePartners(data.my_role) && (
          <div className="kompas-panel kompas-section">
            <h3 id="uitnodigen-titel" className="utrecht-heading-3">
              Partner uitnodigen
            </h3>
            <InvitePartnerForm collaboration={data} onInvited={reload} />
          </div>
        )}
      </section>
    </>
  );
}
