// "Mijn acties": the improvement actions the signed-in person is the aanspreekpunt of, in every
// collaboration they take part in; over time first, then open and in progress, then the rest.
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { useDocumentTitle } from '../../../lib/title';
import { actionsPath, useMyActions } from '../api/actions';
import { ActionTable } from '../components/action-table';
import { StatusForm } from '../components/status-form';

export function MyActionsRoute() {
  const actions = useMyActions();
  useDocumentTitle('Mijn acties');
  const open = actions.status === 'success' ? actions.data.filter((a) => a.status === 'open' || a.status === 'in_progress') : [];
  const closed = actions.status === 'success' ? actions.data.filter((a) => a.status === 'done' || a.status === 'dropped') : [];
  const overdue = open.filter((a) => a.overdue).length;
  const link = (a: { collaboration_id: string; collaboration_name: string }) => (
    <AppLink href={actionsPath(a.collaboration_id)}>{a.collaboration_name}</AppLink>
  );
  return (
    <>
      <Heading1>Mijn acties</Heading1>
      <Paragraph>De verbeteracties waarvan u het aanspreekpunt bent, in alle samenwerkingen waaraan u deelneemt.</Paragraph>
      {actions.status === 'error' && <LoadError error={actions.error} />}
      {(actions.status === 'loading' || actions.status === 'idle') && <Loading what="Mijn acties" />}
      {actions.status === 'success' && (
        <>
          <section className="kompas-section" aria-labelledby="mijn-open-titel">
            <Heading2 id="mijn-open-titel">Nog te doen</Heading2>
            {open.length === 0 ? (
              <Paragraph>U heeft geen open verbeteracties.</Paragraph>
            ) : (
              <>
                <Paragraph>{overdue > 0 ? `${overdue} van uw ${open.length} open acties ${overdue === 1 ? 'is' : 'zijn'} over tijd.` : 'Geen van uw open acties is over tijd.'}</Paragraph>
                <ActionTable
                  actions={open}
                  caption="Open en lopende acties, eerst wat over tijd is"
                  testId="my-open-actions"
                  collaboration={link}
                  showOwner={false}
                  extra={(a) => <StatusForm key={`${a.id}-${a.history.length}`} action={a} onSaved={() => actions.reload()} />}
                />
              </>
            )}
          </section>
          {closed.length > 0 && (
            <section className="kompas-section" aria-labelledby="mijn-klaar-titel">
              <Heading2 id="mijn-klaar-titel">Afgerond of vervallen</Heading2>
              <ActionTable actions={closed} caption="Afgeronde en vervallen acties" testId="my-closed-actions" collaboration={link} showOwner={false} />
            </section>
          )}
        </>
      )}
    </>
  );
}
