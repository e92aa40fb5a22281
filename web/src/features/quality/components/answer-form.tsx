// The form for one of the four questions about effectiveness: what the provider answered, the
// evidence, and the date of the conversation. Coordinators and partners record; the server notes who.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { EffectivenessAnswer, EffectivenessConversation } from '../../../types/api';
import { recordAnswer } from '../api/quality';
import { QUESTION_TITLES } from '../labels';

export function AnswerForm({
  collaborationId,
  orgId,
  answer,
  onSaved,
}: {
  collaborationId: string;
  orgId: string;
  answer: EffectivenessAnswer;
  onSaved: (conversation: EffectivenessConversation) => void;
}) {
  const q = answer.question;
  const id = (part: string) => `vraag-${q}-${part}`;
  const [text, setText] = useState(answer.answer);
  const [evidence, setEvidence] = useState(answer.evidence);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!text.trim()) found.push({ field: id('antwoord'), message: 'Schrijf op wat de aanbieder antwoordde' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push({ field: id('datum'), message: 'Vul de datum van het gesprek in' });
    setErrors(found);
    setGeneral(null);
    setDone(false);
    if (found.length) return;
    setBusy(true);
    try {
      const saved = await recordAnswer(collaborationId, orgId, q, { answer: text.trim(), evidence: evidence.trim(), answered_on: date });
      setDone(true);
      onSaved(saved);
    } catch (error) {
      const refused = serverFormError(error, { answer: id('antwoord'), evidence: id('bewijs'), answered_on: id('datum') }, 'Het antwoord is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    } finally {
      setBusy(false);
    }
  };

  const { message, described, invalid } = fieldErrors(errors);

  return (
    <form className="kompas-form" onSubmit={submit} noValidate aria-label={`Antwoord op vraag ${QUESTION_TITLES[q]} vastleggen`}>
      <ErrorSummary errors={errors} general={general} title="Controleer het antwoord" />
      {done && (
        <p role="status" className="kompas-success">
          Het antwoord is opgeslagen.
        </p>
      )}
      <FormField type="textarea" invalid={invalid(id('antwoord'))}>
        <FormLabel htmlFor={id('antwoord')}>Antwoord van de aanbieder</FormLabel>
        {message(id('antwoord'))}
        <Textarea id={id('antwoord')} rows={3} value={text} aria-describedby={described(id('antwoord'))} onChange={(e) => setText(e.target.value)} />
      </FormField>
      <FormField type="textarea" invalid={invalid(id('bewijs'))}>
        <FormLabel htmlFor={id('bewijs')}>Onderbouwing en bewijs (niet verplicht)</FormLabel>
        {message(id('bewijs'))}
        <Textarea id={id('bewijs')} rows={2} value={evidence} aria-describedby={described(id('bewijs'))} onChange={(e) => setEvidence(e.target.value)} />
      </FormField>
      <FormField type="text" invalid={invalid(id('datum'))}>
        <FormLabel htmlFor={id('datum')}>Datum van het gesprek</FormLabel>
        {message(id('datum'))}
        <Textbox id={id('datum')} type="date" value={date} aria-describedby={described(id('datum'))} onChange={(e) => setDate(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button" disabled={busy}>
        {busy ? 'Bezig met opslaan…' : 'Antwoord opslaan'}
      </Button>
    </form>
  );
}
