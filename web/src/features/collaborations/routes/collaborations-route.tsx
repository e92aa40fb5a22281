// Samenwerkingen: the collaborations of my organisation (or of me) and a form for a new one.
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatPeriod } from '../../../lib/dates';
import { navigate } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import type { Collaboration } from '../../../types/api';
import { useCollaborations } from '../api/collaborations';
import { collaborationPath } from '../../../lib/collaboration';
import { NewCollaborationForm } from '../components/new-collaboration-form';
import { ROLE_NAMES } from '../../../lib/permissions';

export function CollaborationsRoute() {
  const list = useCollaborations();
  useDocumentTitle('Samenwerkingen');

  return (
    <>
      <Heading1>Samenwerkingen</Heading1>
      <Paragraph className="kompas-lead">
        Samenwerkingen rond een maatschappelijke opgave voor de jeugd: wie doet mee, welke afspraken gelden en hoe de partners
        de samenwerking ervaren.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="mijn-samenwerkingen">
        <Heading2 id="mijn-samenwerkingen">Mijn samenwerkingen</Heading2>
        {list.status === 'error' && <LoadError error={list.error} />}
        {(list.status === 'loading' || list.status === 'idle') && <Loading what="Samenwerkingen" />}
        {list.status === 'success' && <CollaborationTable items={list.data} />}
      </section>
      <section className="kompas-section kompas-panel" aria-labelledby="nieuwe-samenwerking-titel">
        <Heading2 id="nieuwe-samenwerking-titel">Nieuwe samenwerking</Heading2>
        <Paragraph>Uw organisatie wordt coördinator. Daarna nodigt u de partners uit.</Paragraph>
        <NewCollaborationForm onCreated={(created) => navigate(collaborationPath(created.id))} />
      </section>
    </>
  );
}

function CollaborationTable({ items }: { items: Collaboration[] }) {
  if (items.length === 0) return <Paragraph>U doet nog niet mee aan een samenwerking. Maak hieronder een nieuwe aan.</Paragraph>;
  return (
    <div className="kompas-table-wrap kompas-table-wrap--wide">
      <table className="kompas-table utrecht-table" data-testid="collaborations-table">
        <caption className="kompas-visually-hidden">Mijn samenwerkingen</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Maatschappelijke opgave</th>
            <th scope="col">Gebieden</th>
            <th scope="col">Periode</th>
            <th scope="col">Mijn rol</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <AppLink href={collaborationPath(c.id)}>{c.name}</AppLink>
              </th>
              <td>{c.theme}</td>
              <td>{c.regions.join(', ')}</td>
              <td>{formatPeriod(c.period_start, c.period_end)}</td>
              <td>{ROLE_NAMES[c.my_role] ?? c.my_role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
