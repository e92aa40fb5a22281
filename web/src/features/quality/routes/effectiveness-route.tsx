// The four questions about effectiveness (seed 003), held as a recorded conversation with each
// provider partner of a collaboration: the list of providers, and one provider's conversation with
// per question the answer, evidence and date. Question 2 (monitoring) links to the provider's
// outcome figures: the municipality's own outcome report filtered on the provider, which applies
// its own access rule and suppression; nothing is copied here.
import { useState } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { useDocumentTitle } from '../../../lib/title';
import type { EffectivenessConversation, Session } from '../../../types/api';
import { conversationPath, effectivenessPath, lotsPath, qualityPath, useConversation, useConversations } from '../api/quality';
import { AnswerForm } from '../components/answer-form';
import { QUESTION_TEXT, QUESTION_TITLES, dutchDate } from '../labels';

function Crumbs({ collaborationId, name, provider }: { collaborationId: string; name?: string; provider?: string }) {
  return (
    <nav aria-label="Kruimelpad" className="kompas-crumbs">
      <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
      <AppLink href={collaborationPath(collaborationId)}>{name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
      {provider ? (
        <>
          <AppLink href={effectivenessPath(collaborationId)}>Effectiviteit</AppLink> <span aria-hidden="true">›</span>{' '}
          <span aria-current="page">{provider}</span>
        </>
      ) : (
        <span aria-current="page">Effectiviteit</span>
      )}
    </nav>
  );
}

export function EffectivenessRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const conversations = useConversations(collaborationId);
  useDocumentTitle('Gesprekken over effectiviteit');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  return (
    <>
      <Crumbs collaborationId={collaborationId} name={col?.name} />
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Gesprekken over effectiviteit</Heading1>
      <Paragraph>
        Gemeenten kunnen aanbieders vier vragen stellen over de effectiviteit van hun aanbod. Leg per aanbieder vast wat er is besproken,
        met het bewijs en de datum. Zie ook de <AppLink href={lotsPath(collaborationId)}>percelen en kwaliteitseisen</AppLink>.
      </Paragraph>
      {conversations.status === 'error' && <LoadError error={conversations.error} />}
      {conversations.status === 'loading' && <Loading what="Gesprekken" />}
      {conversations.status === 'success' && conversations.data.length === 0 && (
        <Paragraph>Er zijn nog geen aanbieders partner van deze samenwerking.</Paragraph>
      )}
      {conversations.status === 'success' && conversations.data.length > 0 && (
        <div className="kompas-table-wrap">
          <table className="kompas-table utrecht-table" data-testid="conversation-list">
            <caption>Aanbieders in deze samenwerking (op naam) en hoeveel van de vier vragen zijn besproken</caption>
            <thead>
              <tr>
                <th scope="col">Aanbieder</th>
                <th scope="col">Besproken vragen</th>
                <th scope="col">Laatste gesprek</th>
              </tr>
            </thead>
            <tbody>
              {conversations.data.map((c) => {
                const answered = c.answers.filter((a) => a.answered_on);
                const last = answered.map((a) => a.answered_on as string).sort().at(-1);
                return (
                  <tr key={c.organisation_id}>
                    <th scope="row">
                      <AppLink href={conversationPath(collaborationId, c.organisation_id)}>{c.name}</AppLink>
                    </th>
                    <td>{answered.length} van 4</td>
                    <td>{last ? dutchDate(last) : 'Nog geen gesprek'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function OutcomeLinks({ conversation, session }: { conversation: EffectivenessConversation; session: Session }) {
  const own = session.organisation.id === conversation.organisation_id;
  const municipality = session.person.platform_admin || session.organisation.kind === 'municipality';
  if (!conversation.agb) {
    return <Paragraph className="kompas-note">Van deze aanbieder is geen AGB-code bekend, dus Kompas kan geen uitkomstcijfers tonen.</Paragraph>;
  }
  return (
    <div className="kompas-note" data-testid="outcome-links">
      <Paragraph>
        De uitkomsten (uitval, tevredenheid, doelrealisatie) staan in het uitkomstenrapport. Alleen de gemeente zelf ziet de cijfers voor haar
        inwoners; kleine aantallen blijven daar verborgen, net als overal in Kompas.
      </Paragraph>
      <ul>
        {municipality &&
          conversation.municipalities.map((gm) => (
            <li key={gm}>
              <AppLink href={`/uitkomsten/gemeente/${encodeURIComponent(gm)}?aanbieder=${encodeURIComponent(conversation.agb as string)}`}>
                Uitkomsten van {conversation.name} voor inwoners van {gm}
              </AppLink>
            </li>
          ))}
        {own && (
          <li>
            <AppLink href="/uitkomsten/aanbieder">Onze eigen uitkomsten</AppLink>
          </li>
        )}
      </ul>
    </div>
  );
}

export function ConversationRoute({ collaborationId, orgId, session }: { collaborationId: string; orgId: string; session: Session }) {
  const collaboration = useCollaboration(collaborationId);
  const loaded = useConversation(collaborationId, orgId);
  const [saved, setSaved] = useState<EffectivenessConversation | null>(null);
  const conversation = saved ?? (loaded.status === 'success' ? loaded.data : null);
  useDocumentTitle(conversation ? `Gesprek met ${conversation.name}` : 'Gesprek over effectiviteit');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const canRecord = col ? col.my_role === 'coordinator' || col.my_role === 'partner' : false;
  return (
    <>
      <Crumbs collaborationId={collaborationId} name={col?.name} provider={conversation?.name ?? 'Aanbieder'} />
      <PreHeading className="kompas-preheading">Gesprek over effectiviteit</PreHeading>
      <Heading1>{conversation ? `Gesprek met ${conversation.name}` : 'Gesprek over effectiviteit'}</Heading1>
      {loaded.status === 'error' && <LoadError error={loaded.error} />}
      {loaded.status === 'loading' && <Loading what="Gesprek" />}
      {conversation && (
        <>
          <Paragraph>
            Zie ook de <AppLink href={qualityPath(conversation.organisation_id)}>kwaliteitsvoorwaarden van {conversation.name}</AppLink>.
          </Paragraph>
          {conversation.answers.map((a) => (
            <section key={a.question} className="kompas-panel kompas-section" aria-labelledby={`vraag-${a.question}-titel`} data-question={a.question}>
              <Heading2 id={`vraag-${a.question}-titel`}>{QUESTION_TITLES[a.question]}</Heading2>
              <Paragraph>{QUESTION_TEXT[a.question]}</Paragraph>
              {a.answered_on ? (
                <dl className="kompas-facts">
                  <div className="kompas-facts__row">
                    <dt>Antwoord</dt>
                    <dd data-testid={`answer-${a.question}`}>{a.answer}</dd>
                  </div>
                  {a.evidence && (
                    <div className="kompas-facts__row">
                      <dt>Bewijs</dt>
                      <dd>{a.evidence}</dd>
                    </div>
                  )}
                  <div className="kompas-facts__row">
                    <dt>Vastgelegd</dt>
                    <dd>
                      {dutchDate(a.answered_on)} door {a.recorded_by ?? 'onbekend'}
                    </dd>
                  </div>
                </dl>
              ) : (
                <Paragraph className="kompas-note">Nog niet besproken.</Paragraph>
              )}
              {a.question === 'monitoring' && <OutcomeLinks conversation={conversation} session={session} />}
              {canRecord && (
                <details>
                  <summary>{a.answered_on ? 'Antwoord bijwerken' : 'Antwoord vastleggen'}</summary>
                  <AnswerForm collaborationId={collaborationId} orgId={orgId} answer={a} onSaved={setSaved} />
                </details>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
