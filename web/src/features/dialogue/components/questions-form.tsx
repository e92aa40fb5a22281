// The four questions for one agenda item, answered together: herkennen, verklaren, waarderen,
// verbeteren; an explanation may be marked to be tested, and a knowledge gap goes to the
// collaboration's follow-up questions.
import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Textarea } from '@utrecht/component-library-react';
import { ErrorSummary, serverFormError, type FieldError } from '../../../components/error-summary';
import type { DialogueQuestion } from '../../../types/api';
import { addFollowUpQuestion, answerQuestion } from '../api/dialogue';
import { QUESTIONS, QUESTION_LABELS, QUESTION_PROMPTS } from '../labels';

interface Props {
  collaborationId: string;
  dialogueId: string;
  itemId: string;
  title: string;
  onSaved: () => void;
}

const EMPTY: Record<DialogueQuestion, string> = { recognise: '', explain: '', appreciate: '', improve: '' };

export function QuestionsForm({ collaborationId, dialogueId, itemId, title, onSaved }: Props) {
  const [texts, setTexts] = useState<Record<DialogueQuestion, string>>(EMPTY);
  const [toTest, setToTest] = useState(false);
  const [gap, setGap] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `vragen-${itemId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setGeneral(null);
    const filled = QUESTIONS.filter((q) => texts[q].trim() !== '');
    if (filled.length === 0 && gap.trim() === '') {
      setErrors([{ field: `${base}-recognise`, message: 'Beantwoord ten minste één vraag' }]);
      return;
    }
    setBusy(true);
    try {
      for (const question of filled) {
        await answerQuestion(collaborationId, dialogueId, itemId, {
          question,
          text: texts[question].trim(),
          explanation_status: question === 'explain' && toTest ? 'to_be_tested' : 'none',
        });
        setTexts((old) => ({ ...old, [question]: '' }));
      }
      if (gap.trim() !== '') {
        await addFollowUpQuestion(collaborationId, { text: gap.trim(), dialogue_id: dialogueId, item_id: itemId });
        setGap('');
      }
      setToTest(false);
      onSaved();
    } catch (error) {
      const refused = serverFormError(error, { text: `${base}-recognise` }, 'De antwoorden zijn niet (allemaal) opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
      onSaved();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="kompas-form kompas-noprint" onSubmit={submit} noValidate aria-label={`De vier vragen bij ${title}`}>
      <ErrorSummary errors={errors} general={general} title="De antwoorden zijn niet opgeslagen" />
      <Fieldset>
        <FieldsetLegend>De vier vragen</FieldsetLegend>
        {QUESTIONS.map((q) => (
          <FormField key={q} type="textarea">
            <FormLabel htmlFor={`${base}-${q}`}>
              {QUESTION_LABELS[q]}: {QUESTION_PROMPTS[q]}
            </FormLabel>
            <Textarea id={`${base}-${q}`} rows={2} value={texts[q]} onChange={(e) => setTexts({ ...texts, [q]: e.target.value })} />
          </FormField>
        ))}
        <FormField type="checkbox">
          <Checkbox id={`${base}-toetsen`} checked={toTest} onChange={(e) => setToTest(e.target.checked)} />
          <FormLabel htmlFor={`${base}-toetsen`} type="checkbox">
            Deze verklaring willen we later toetsen
          </FormLabel>
        </FormField>
        <FormField type="textarea">
          <FormLabel htmlFor={`${base}-gap`}>Wat weten we nog niet? (komt op de lijst met vervolgvragen)</FormLabel>
          <Textarea id={`${base}-gap`} rows={2} value={gap} onChange={(e) => setGap(e.target.value)} />
        </FormField>
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Antwoorden opslaan
      </Button>
    </form>
  );
}
