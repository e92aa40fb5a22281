// Testing an explanation: confirmed or rejected, with the evidence it rests on.
import { useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { ErrorSummary, fieldErrors, serverFormError, type FieldError } from '../../../components/error-summary';
import type { DialogueAnswer, ExplanationStatus } from '../../../types/api';
import { markExplanation } from '../api/dialogue';
import { EXPLANATION_LABELS } from '../labels';

export function ExplanationForm({ collaborationId, dialogueId, answer, onSaved }: { collaborationId: string; dialogueId: string; answer: DialogueAnswer; onSaved: () => void }) {
  const [status, setStatus] = useState<ExplanationStatus>(answer.explanation_status === 'none' ? 'to_be_tested' : answer.explanation_status);
  const [evidence, setEvidence] = useState(answer.evidence);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const base = `toets-${answer.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setGeneral(null);
    try {
      await markExplanation(collaborationId, dialogueId, answer.id, { explanation_status: status, evidence: evidence.trim() });
      onSaved();
    } catch (error) {
      const refused = serverFormError(error, { evidence: `${base}-bewijs`, explanation_status: `${base}-status` }, 'De toetsing is niet opgeslagen');
      setErrors(refused.errors);
      setGeneral(refused.general);
    }
  };
  const { message, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-form kompas-form--inline kompas-noprint" onSubmit={submit} noValidate aria-label="Verklaring toetsen">
      <ErrorSummary errors={errors} general={general} title="De toetsing is niet opgeslagen" />
      <FormField type="select" invalid={invalid(`${base}-status`)}>
        <FormLabel htmlFor={`${base}-status`}>Toetsing</FormLabel>
        {message(`${base}-status`)}
        <Select id={`${base}-status`} value={status} onChange={(e) => setStatus(e.target.value as ExplanationStatus)}>
          {(['to_be_tested', 'confirmed', 'rejected'] as ExplanationStatus[]).map((s) => (
            <SelectOption key={s} value={s}>
              {EXPLANATION_LABELS[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField type="text" invalid={invalid(`${base}-bewijs`)}>
        <FormLabel htmlFor={`${base}-bewijs`}>Waarop berust het?</FormLabel>
        {message(`${base}-bewijs`)}
        <Textbox id={`${base}-bewijs`} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">
        Toetsing opslaan
      </Button>
    </form>
  );
}
