// "Wat als we dit resultaat niet halen?" (seed 002): when a result lags behind, its page offers the
// conversation of the quality dialogue — recognise, explain, test the explanations — and lets the
// coordinator put the result on the agenda of a planned dialogue, where the four questions are
// answered and the explanations marked to be tested.
import { useState } from 'react';
import { Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { addAgendaItem, dialoguePath, dialoguesPath, useDialogues } from '../../dialogue/api/dialogue';

export function BehindConversation({ collaborationId, resultId, coordinator }: { collaborationId: string; resultId: string; coordinator: boolean }) {
  return (
    <section className="kompas-panel kompas-section" aria-labelledby="niet-op-koers-titel" data-testid="behind-conversation">
      <Heading2 id="niet-op-koers-titel">Geen vooruitgang? Bespreek het samen</Heading2>
      <Paragraph>Dit resultaat blijft achter bij het pad naar de streefwaarde. Bespreek dat met de partners, in deze volgorde:</Paragraph>
      <ol className="kompas-list">
        <li>
          <strong>Herkennen.</strong> Herkent iedereen aan tafel de cijfers en de signalen? Misschien meet de indicator niet helemaal wat u wilde
          meten, of registreren partners strenger dan vroeger.
        </li>
        <li>
          <strong>Verklaren.</strong> Hoe komt het? Zijn de activiteiten al (goed) uitgevoerd, en lang genoeg om resultaat te verwachten? Spelen
          ontwikkelingen buiten de samenwerking mee?
        </li>
        <li>
          <strong>Toetsen.</strong> Zet de verklaringen op de lijst om te toetsen, en leg later vast of ze klopten. Zo krijgt u steeds meer grip
          op wat het resultaat beïnvloedt.
        </li>
      </ol>
      <Paragraph>In een kwaliteitsdialoog legt u de antwoorden vast, met de verklaringen om te toetsen en de verbeteracties die eruit volgen.</Paragraph>
      {coordinator ? <PutOnAgenda collaborationId={collaborationId} resultId={resultId} /> : (
        <Paragraph>
          <AppLink href={dialoguesPath(collaborationId)}>Naar de kwaliteitsdialogen</AppLink>
        </Paragraph>
      )}
    </section>
  );
}

function PutOnAgenda({ collaborationId, resultId }: { collaborationId: string; resultId: string }) {
  const dialogues = useDialogues(collaborationId);
  const [choice, setChoice] = useState('');
  const [done, setDone] = useState<{ id: string; title: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (dialogues.status !== 'success') return null;
  const planned = dialogues.data.filter((d) => d.status === 'planned');
  if (planned.length === 0) {
    return (
      <Paragraph>
        Er is nog geen geplande dialoog. <AppLink href={dialoguesPath(collaborationId)}>Plan een kwaliteitsdialoog</AppLink> en zet dit resultaat op
        de agenda.
      </Paragraph>
    );
  }
  const selected = planned.find((d) => d.id === choice) ?? planned[planned.length - 1];
  const add = async () => {
    setError(null);
    try {
      await addAgendaItem(collaborationId, selected.id, { kind: 'result', result_id: resultId });
      setDone({ id: selected.id, title: selected.title });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (done) {
    return (
      <p role="status">
        Dit resultaat staat op de agenda van <AppLink href={dialoguePath(collaborationId, done.id)}>{done.title}</AppLink>.
      </p>
    );
  }
  return (
    <div className="kompas-form">
      <FormField type="select">
        <FormLabel htmlFor="agenda-dialoog">Geplande dialoog</FormLabel>
        <Select id="agenda-dialoog" value={selected.id} onChange={(e) => setChoice(e.target.value)}>
          {planned.map((d) => (
            <SelectOption key={d.id} value={d.id}>
              {d.title} ({d.held_on})
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button type="button" appearance="secondary-action-button" onClick={() => void add()}>
        Op de agenda zetten
      </Button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
