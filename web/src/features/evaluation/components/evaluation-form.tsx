// The response form: for each of the six elements a score from 1 to 10 (a radio group) and an
// optional comment, then whether to sign. All six scores are required.
import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { ErrorSummary, type FieldError } from '../../../components/error-summary';
import type { EvaluationResponse } from '../../../types/api';
import { ELEMENTS, scoreFieldId, toResponse, validateDraft, type Draft } from '../elements';

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

interface EvaluationFormProps {
  onSubmit: (response: EvaluationResponse) => Promise<void>;
  alreadySubmitted?: boolean;
}

export function EvaluationForm({ onSubmit, alreadySubmitted = false }: EvaluationFormProps) {
  const [draft, setDraft] = useState<Draft>({ scores: {}, comments: {}, signed: false });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    setGeneral(null);
    if (found.length) return;
    setBusy(true);
    try {
      await onSubmit(toResponse(draft));
    } catch (e) {
      setGeneral(`Uw antwoorden zijn niet opgeslagen: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="kompas-form kompas-evaluation-form" onSubmit={submit} noValidate aria-labelledby="invullen-titel" data-testid="evaluation-form">
      {alreadySubmitted && (
        <Paragraph className="kompas-note">U heeft deze ronde al ingevuld. Als u opnieuw verstuurt, vervangen deze antwoorden uw eerdere.</Paragraph>
      )}
      <Paragraph>Geef elk onderdeel een score van 1 (heel slecht) tot 10 (uitstekend). Een toelichting is niet verplicht.</Paragraph>
      <ErrorSummary errors={errors} general={general} title="Controleer uw antwoorden" />
      {ELEMENTS.map((element, index) => {
        const error = errors.find((e) => e.field === scoreFieldId(element.key));
        const legendId = `element-${element.key}-titel`;
        return (
          <div key={element.key} className={`kompas-element${error ? ' kompas-element--invalid' : ''}`} data-element={element.key}>
            <Fieldset invalid={Boolean(error)} aria-describedby={`element-${element.key}-vraag${error ? ` element-${element.key}-fout` : ''}`}>
              <FieldsetLegend id={legendId}>
                {index + 1}. {element.title}
              </FieldsetLegend>
              <FormFieldDescription id={`element-${element.key}-vraag`}>{element.question}</FormFieldDescription>
              {error && <FormFieldErrorMessage id={`element-${element.key}-fout`}>{error.message}</FormFieldErrorMessage>}
              <div className="kompas-scale">
                {SCORES.map((score) => {
                  const id = `score-${element.key}-${score}`;
                  return (
                    <span key={score} className="kompas-scale__option">
                      <RadioButton
                        id={id}
                        name={`score-${element.key}`}
                        value={String(score)}
                        checked={draft.scores[element.key] === score}
                        invalid={Boolean(error)}
                        onChange={() => setDraft({ ...draft, scores: { ...draft.scores, [element.key]: score } })}
                      />
                      <label htmlFor={id}>
                        {score}
                        {score === 1 && <span className="kompas-visually-hidden"> (heel slecht)</span>}
                        {score === 10 && <span className="kompas-visually-hidden"> (uitstekend)</span>}
                      </label>
                    </span>
                  );
                })}
              </div>
              <p className="kompas-scale__ends" aria-hidden="true">
                <span>1 = heel slecht</span>
                <span>10 = uitstekend</span>
              </p>
            </Fieldset>
            <FormField type="textarea">
              <FormLabel htmlFor={`toelichting-${element.key}`}>Toelichting bij {element.title.toLowerCase()} (niet verplicht)</FormLabel>
              <Textarea
                id={`toelichting-${element.key}`}
                rows={2}
                value={draft.comments[element.key] ?? ''}
                onChange={(e) => setDraft({ ...draft, comments: { ...draft.comments, [element.key]: e.target.value } })}
              />
            </FormField>
          </div>
        );
      })}
      <div className="kompas-sign">
        <div className="kompas-choice">
          <Checkbox id="ondertekenen" checked={draft.signed} aria-describedby="ondertekenen-uitleg" onChange={(e) => setDraft({ ...draft, signed: e.target.checked })} />
          <FormLabel htmlFor="ondertekenen" type="checkbox">
            Onderteken mijn antwoorden met mijn naam
          </FormLabel>
        </div>
        <FormFieldDescription id="ondertekenen-uitleg">
          Zonder vinkje zijn uw antwoorden anoniem: de andere partners zien uw toelichting zonder naam. Met vinkje staat uw naam bij
          uw toelichting. Uw scores zijn altijd anoniem; niemand ziet wie welke score gaf.
        </FormFieldDescription>
      </div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Antwoorden versturen
      </Button>
    </form>
  );
}
