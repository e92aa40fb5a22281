// "Kwaliteitsdialoog" of a collaboration (block 6): the dialogues held and planned, and (for the
// coordinator) the form to plan one with its participants: partners, and young people, parents,
// professionals or others by name, who take part as equals.
import { useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading1, Heading2, Paragraph, PreHeading, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { formatDate } from '../../../lib/dates';
import { navigate } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import type { CollaborationDetail, ParticipantRole } from '../../../types/api';
import { createDialogue, dialoguePath, useDialogues } from '../api/dialogue';
import { ROLE_LABELS } from '../labels';

export function DialoguesRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const dialogues = useDialogues(collaborationId);
  useDocumentTitle('Kwaliteitsdialoog');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Kwaliteitsdialoog</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Kwaliteitsdialoog</Heading1>
      <Paragraph>
        In een kwaliteitsdialoog bespreken partners, jongeren en ouders samen de cijfers: herkennen we het beeld, hoe verklaren we het, wat vinden
        we ervan en wat gaan we verbeteren? Het gaat om de ontwikkeling, niet om het precieze getal. Cijfers zijn om over te praten, nooit om af
        te rekenen.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="dialogen-titel">
        <Heading2 id="dialogen-titel">Dialogen</Heading2>
        {dialogues.status === 'error' && <LoadError error={dialogues.error} />}
        {(dialogues.status === 'loading' || dialogues.status === 'idle') && <Loading what="Kwaliteitsdialogen" />}
        {dialogues.status === 'success' && dialogues.data.length === 0 && <Paragraph>Er is nog geen kwaliteitsdialoog gepland.</Paragraph>}
        {dialogues.status === 'success' && dialogues.data.length > 0 && (
          <ul className="kompas-list" data-testid="dialogue-list">
            {dialogues.data.map((d) => (
              <li key={d.id}>
                <AppLink href={dialoguePath(collaborationId, d.id)}>{d.title}</AppLink> — {formatDate(d.held_on)},{' '}
                {d.status === 'held' ? 'gehouden' : 'gepland'}, {d.item_count === 1 ? '1 agendapunt' : `${d.item_count} agendapunten`}
              </li>
            ))}
          </ul>
        )}
      </section>
      {col?.my_role === 'coordinator' && (
        <section className="kompas-panel kompas-section" aria-labelledby="dialoog-form-titel">
          <Heading2 id="dialoog-form-titel">Kwaliteitsdialoog plannen</Heading2>
          <DialogueForm collaboration={col} />
        </section>
      )}
    </>
  );
}

interface Named {
  name: string;
  role: ParticipantRole;
}

function DialogueForm({ collaboration }: { collaboration: CollaborationDetail }) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [named, setNamed] = useState<Named[]>([{ name: '', role: 'young_person' }]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const partners = collaboration.partners.filter((p) => p.role !== 'viewer');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setGeneral(null);
    setBusy(true);
    try {
      const created = await createDialogue(collaboration.id, {
        title: title.trim(),
        held_on: date,
        participants: [
          ...chosen.map((partner_id) => ({ partner_id })),
          ...named.filter((n) => n.name.trim() !== '').map((n) => ({ name: n.name.trim(), role: n.role })),
        ],
      });
      navigate(dialoguePath(collaboration.id, created.id));
    } catch (error) {
      const refused = serverFormError(error, { title: 'dialoog-titel', held_on: 'dialoog-datum', participants: 'dialoog-naam-0' }, 'De dialoog is niet gepland');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };
  const { message, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-label="Kwaliteitsdialoog plannen">
      <ErrorSummary errors={errors} general={general} title="De dialoog is niet gepland" />
      <FormField type="text" invalid={invalid('dialoog-titel')}>
        <FormLabel htmlFor="dialoog-titel">Titel</FormLabel>
        {message('dialoog-titel')}
        <Textbox id="dialoog-titel" value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField type="text" invalid={invalid('dialoog-datum')}>
        <FormLabel htmlFor="dialoog-datum">Datum</FormLabel>
        {message('dialoog-datum')}
        <Textbox id="dialoog-datum" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </FormField>
      <Fieldset>
        <FieldsetLegend>Partners die meedoen</FieldsetLegend>
        {partners.map((p) => (
          <div key={p.id} className="kompas-check">
            <input
              type="checkbox"
              id={`dialoog-partner-${p.id}`}
              checked={chosen.includes(p.id)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((c) => c !== p.id))}
            />
            <label htmlFor={`dialoog-partner-${p.id}`}>{p.name}</label>
          </div>
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>Andere deelnemers: jongeren, ouders, professionals</FieldsetLegend>
        {named.map((n, i) => (
          <div key={i} className="kompas-form-row">
            <FormField type="text" invalid={invalid(`dialoog-naam-${i}`)}>
              <FormLabel htmlFor={`dialoog-naam-${i}`}>Naam deelnemer {i + 1}</FormLabel>
              {message(`dialoog-naam-${i}`)}
              <Textbox id={`dialoog-naam-${i}`} value={n.name} onChange={(e) => setNamed(named.map((m, j) => (j === i ? { ...m, name: e.target.value } : m)))} />
            </FormField>
            <FormField type="select">
              <FormLabel htmlFor={`dialoog-rol-${i}`}>Rol deelnemer {i + 1}</FormLabel>
              <Select id={`dialoog-rol-${i}`} value={n.role} onChange={(e) => setNamed(named.map((m, j) => (j === i ? { ...m, role: e.target.value as ParticipantRole } : m)))}>
                {(['young_person', 'parent', 'professional', 'other'] as ParticipantRole[]).map((r) => (
                  <SelectOption key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
          </div>
        ))}
        <Button type="button" appearance="subtle-button" onClick={() => setNamed([...named, { name: '', role: 'parent' }])}>
          Nog een deelnemer
        </Button>
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Dialoog plannen
      </Button>
    </form>
  );
}
