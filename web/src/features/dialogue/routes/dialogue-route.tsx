// One quality dialogue (block 6), also its printable report: who took part, the actions of the
// previous cycle beside the later value of their figure, each agenda item with its figure (in
// words and as a table) and the answers to the four questions, and the follow-up questions. Forms
// (the four questions, testing an explanation, adding an agenda item) are hidden when printed.
import { Button, Heading1, Heading2, Heading3, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { formatDate } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/title';
import type { AgendaItem, Dialogue } from '../../../types/api';
import { useDashboard, useSignals } from '../../results/api/results';
import { useRounds } from '../../evaluation/api/evaluations';
import { dialoguesPath, useDialogue, useFollowUpQuestions } from '../api/dialogue';
import { AgendaForm } from '../components/agenda-form';
import { ExplanationForm } from '../components/explanation-form';
import { FigureView } from '../components/figure-view';
import { QuestionsForm } from '../components/questions-form';
import { EXPLANATION_LABELS, KIND_LABELS, QUESTIONS, QUESTION_LABELS, ROLE_LABELS, figureValue } from '../labels';
import { ACTION_STATUS_LABELS } from '../../actions/labels';
import { actionsPath } from '../../actions/api/actions';

export function DialogueRoute({ collaborationId, dialogueId }: { collaborationId: string; dialogueId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const dialogue = useDialogue(collaborationId, dialogueId);
  const questions = useFollowUpQuestions(collaborationId);
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const role = col?.my_role ?? null;
  const coordinator = role === 'coordinator';
  const answers = role === 'coordinator' || role === 'partner';
  const dashboard = useDashboard(collaborationId);
  const signals = useSignals(collaborationId);
  const rounds = useRounds(collaborationId);
  const d = dialogue.status === 'success' ? dialogue.data : null;
  useDocumentTitle(d ? `Kwaliteitsdialoog: ${d.title}` : 'Kwaliteitsdialoog');
  const reload = () => {
    dialogue.reload();
    questions.reload();
  };

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={dialoguesPath(collaborationId)}>Kwaliteitsdialoog</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{d?.title ?? 'Dialoog'}</span>
      </nav>
      <PreHeading className="kompas-preheading">Kwaliteitsdialoog · {col?.name ?? ''}</PreHeading>
      {dialogue.status === 'error' && <LoadError error={dialogue.error} />}
      {(dialogue.status === 'loading' || dialogue.status === 'idle') && <Loading what="Kwaliteitsdialoog" />}
      {d && (
        <>
          <Heading1>{d.title}</Heading1>
          <Paragraph>
            {d.status === 'held' ? 'Gehouden' : 'Gepland'} op {formatDate(d.held_on)}.{' '}
            <Button type="button" appearance="subtle-button" className="kompas-noprint" onClick={() => window.print()}>
              Verslag afdrukken
            </Button>
          </Paragraph>
          <Participants dialogue={d} />
          <PreviousActions dialogue={d} />
          <section className="kompas-section" aria-labelledby="agenda-titel">
            <Heading2 id="agenda-titel">Agenda</Heading2>
            {d.items.length === 0 && <Paragraph>Er staan nog geen cijfers op de agenda.</Paragraph>}
            {d.items.map((item, i) => (
              <Item key={item.id} item={item} index={i} dialogue={d} collaborationId={collaborationId} canAnswer={answers} onSaved={reload} />
            ))}
          </section>
          {coordinator && col && (
            <section className="kompas-panel kompas-section kompas-noprint" aria-labelledby="agenda-form-titel">
              <Heading2 id="agenda-form-titel">Agendapunt toevoegen</Heading2>
              <AgendaForm
                collaborationId={collaborationId}
                dialogueId={d.id}
                region={col.regions[0] ?? ''}
                results={dashboard.status === 'success' ? dashboard.data : []}
                rounds={rounds.status === 'success' ? rounds.data : []}
                signals={signals.status === 'success' ? signals.data : []}
                organisations={col.partners.flatMap((p) => (p.kind === 'organisation' && p.organisation_id ? [{ id: p.organisation_id, name: p.name }] : []))}
                onAdded={reload}
              />
            </section>
          )}
          <AgreedActions dialogue={d} collaborationId={collaborationId} />
          <section className="kompas-section" aria-labelledby="vervolgvragen-titel">
            <Heading2 id="vervolgvragen-titel">Wat weten we nog niet?</Heading2>
            {questions.status === 'error' && <LoadError error={questions.error} />}
            {questions.status === 'success' && questions.data.length === 0 && <Paragraph>Er zijn nog geen vervolgvragen.</Paragraph>}
            {questions.status === 'success' && questions.data.length > 0 && (
              <ul className="kompas-list" data-testid="follow-up-questions">
                {questions.data.map((q) => (
                  <li key={q.id}>
                    {q.text} <span className="kompas-note">({q.author})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function AgreedActions({ dialogue, collaborationId }: { dialogue: Dialogue; collaborationId: string }) {
  return (
    <section className="kompas-section" aria-labelledby="afspraken-titel">
      <Heading2 id="afspraken-titel">Afgesproken verbeteracties</Heading2>
      {dialogue.agreed_actions.length === 0 ? (
        <Paragraph>Sinds deze dialoog zijn nog geen verbeteracties vastgelegd.</Paragraph>
      ) : (
        <div className="kompas-table-wrap">
          <table className="kompas-table" data-testid="agreed-actions">
            <caption>Verbeteracties vastgelegd vanaf deze dialoog ({formatDate(dialogue.held_on)})</caption>
            <thead>
              <tr>
                <th scope="col">Verbeteractie</th>
                <th scope="col">Aanspreekpunt</th>
                <th scope="col">Klaar op</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {dialogue.agreed_actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.title}</th>
                  <td>
                    {action.owner_name} ({action.owner_organisation})
                  </td>
                  <td>{formatDate(action.due_on)}</td>
                  <td>
                    {ACTION_STATUS_LABELS[action.status]}
                    {action.overdue ? ', over tijd' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Paragraph className="kompas-noprint">
        <AppLink href={actionsPath(collaborationId)}>Een verbeteractie vastleggen</AppLink>
      </Paragraph>
    </section>
  );
}

function Participants({ dialogue }: { dialogue: Dialogue }) {
  return (
    <section className="kompas-section" aria-labelledby="deelnemers-titel">
      <Heading2 id="deelnemers-titel">Deelnemers</Heading2>
      {dialogue.participants.length === 0 ? (
        <Paragraph>Er zijn nog geen deelnemers genoemd.</Paragraph>
      ) : (
        <ul className="kompas-list" data-testid="participants">
          {dialogue.participants.map((p, i) => (
            <li key={i}>
              {p.name} <span className="kompas-note">({ROLE_LABELS[p.role]})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PreviousActions({ dialogue }: { dialogue: Dialogue }) {
  return (
    <section className="kompas-section" aria-labelledby="vorige-cyclus-titel">
      <Heading2 id="vorige-cyclus-titel">Acties uit de vorige cyclus</Heading2>
      {dialogue.previous_dialogue_id === null ? (
        <Paragraph>Dit is de eerste dialoog: er is nog geen vorige cyclus.</Paragraph>
      ) : dialogue.previous_actions.length === 0 ? (
        <Paragraph>Sinds de vorige dialoog ({formatDate(dialogue.previous_held_on)}) zijn geen verbeteracties vastgelegd.</Paragraph>
      ) : (
        <div className="kompas-table-wrap">
          <table className="kompas-table" data-testid="previous-actions">
            <caption>Verbeteracties sinds de vorige dialoog ({formatDate(dialogue.previous_held_on)}), met de stand van hun cijfer nu</caption>
            <thead>
              <tr>
                <th scope="col">Verbeteractie</th>
                <th scope="col">Aanspreekpunt</th>
                <th scope="col">Status</th>
                <th scope="col">Cijfer nu</th>
              </tr>
            </thead>
            <tbody>
              {dialogue.previous_actions.map(({ action, figure }) => (
                <tr key={action.id}>
                  <th scope="row">{action.title}</th>
                  <td>{action.owner_name}</td>
                  <td>
                    {ACTION_STATUS_LABELS[action.status]}
                    {action.overdue ? ', over tijd' : ''}
                  </td>
                  <td>
                    {figure === null
                      ? 'Deze actie gaat niet over een cijfer.'
                      : `${figure.title}: ${figure.latest ? `${figureValue(figure.latest.value, figure.unit)} (${figure.latest.period.slice(0, 4)})` : 'onbekend'}. ${figure.change?.text ?? ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface ItemProps {
  item: AgendaItem;
  index: number;
  dialogue: Dialogue;
  collaborationId: string;
  canAnswer: boolean;
  onSaved: () => void;
}

function Item({ item, index, dialogue, collaborationId, canAnswer, onSaved }: ItemProps) {
  const heading = `${index + 1}. ${item.figure.title}`;
  return (
    <article className="kompas-agenda-item" aria-labelledby={`punt-${item.id}`} data-testid={`agenda-item-${index + 1}`}>
      <Heading3 id={`punt-${item.id}`}>{heading}</Heading3>
      <Paragraph className="kompas-note">{KIND_LABELS[item.kind]}</Paragraph>
      <FigureView figure={item.figure} caption={`Reeks van ${item.figure.title}`} />
      <dl className="kompas-answers" data-testid={`answers-${index + 1}`}>
        {QUESTIONS.map((q) => {
          const given = item.answers.filter((a) => a.question === q);
          return (
            <div key={q}>
              <dt>{QUESTION_LABELS[q]}</dt>
              {given.length === 0 && <dd className="kompas-note">nog geen antwoord</dd>}
              {given.map((a) => (
                <dd key={a.id}>
                  {a.text} <span className="kompas-note">— {a.author}</span>
                  {q === 'explain' && a.explanation_status !== 'none' && (
                    <span>
                      {' '}
                      (verklaring {EXPLANATION_LABELS[a.explanation_status]}
                      {a.evidence ? `; ${a.evidence}` : ''})
                    </span>
                  )}
                  {q === 'explain' && canAnswer && a.explanation_status !== 'none' && (
                    <ExplanationForm collaborationId={collaborationId} dialogueId={dialogue.id} answer={a} onSaved={onSaved} />
                  )}
                </dd>
              ))}
            </div>
          );
        })}
      </dl>
      {canAnswer && <QuestionsForm collaborationId={collaborationId} dialogueId={dialogue.id} itemId={item.id} title={item.figure.title} onSaved={onSaved} />}
    </article>
  );
}
