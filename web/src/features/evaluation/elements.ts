// The six elements of the evaluation of a collaboration, the wording of results, and the
// check that a response is complete.
import { formatNumber } from '../../lib/format';
import type { ElementSummary, EvaluationElement, EvaluationResponse } from '../../types/api';

export const ELEMENTS: { key: EvaluationElement; title: string; question: string }[] = [
  { key: 'shared_horizon', title: 'Gedeelde horizon', question: 'Werken de partners aan hetzelfde doel voor de jeugd?' },
  { key: 'partner_interest', title: 'Belang van elke partner', question: 'Is duidelijk wat elke partner aan de samenwerking heeft?' },
  { key: 'results_achieved', title: 'Behaalde resultaten', question: 'Levert de samenwerking zichtbaar iets op?' },
  { key: 'organisation', title: 'Organisatie van de samenwerking', question: 'Zijn overleg, taken en afspraken goed geregeld?' },
  { key: 'relations_and_trust', title: 'Relaties en vertrouwen', question: 'Kunnen de partners op elkaar rekenen en elkaar aanspreken?' },
  { key: 'leadership', title: 'Leiderschap', question: 'Geeft iemand richting en houdt iemand de vaart erin?' },
];

export const elementTitle = (key: EvaluationElement): string => ELEMENTS.find((e) => e.key === key)?.title ?? key;

/** "+0,8 ten opzichte van vorige ronde", "−0,3 …", "gelijk aan vorige ronde" or "geen vorige ronde". */
export function formatChange(change: number | null, previousMean: number | null): string {
  if (previousMean === null) return 'geen vorige ronde';
  if (change === null || !Number.isFinite(change)) return 'verandering ten opzichte van vorige ronde onbekend';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return 'gelijk aan vorige ronde (0,0)';
  const sign = rounded > 0 ? '+' : '−';
  return `${sign}${formatNumber(Math.abs(rounded), 1)} ten opzichte van vorige ronde`;
}

/**
 * The change column of a shown element: as formatChange, but a previous round with too few
 * answers is named, for its figures are withheld just like those of a small current round.
 */
export function changeText(summary: Pick<ElementSummary, 'change' | 'previous_mean' | 'previous_responses'>, minAnswers: number): string {
  if (summary.previous_responses === 0) return 'geen vorige ronde';
  if (summary.previous_responses < minAnswers) return `niet te vergelijken: de vorige ronde had minder dan ${minAnswers} antwoorden`;
  return formatChange(summary.change, summary.previous_mean);
}

/**
 * What a round with too few answers says instead of its results. With one or two answers the
 * figures (and a comment without a name) would show what one person answered.
 */
export function withheldText(minAnswers: number): string {
  return (
    `De uitslag ziet u zodra er minstens ${minAnswers} antwoorden zijn: zo blijft geheim wie welk cijfer gaf. ` +
    'Toelichtingen zonder naam verschijnen om dezelfde reden pas dan; ondertekende toelichtingen ziet u meteen.'
  );
}

/** A mean or median with one decimal, or "geen antwoorden". */
export function formatScore(value: number | null): string {
  return value === null || !Number.isFinite(value) ? 'geen antwoorden' : formatNumber(value, 1);
}

export function responsesText(n: number): string {
  if (n === 0) return 'Nog geen antwoorden';
  return n === 1 ? '1 antwoord' : `${n} antwoorden`;
}

export interface Draft {
  scores: Partial<Record<EvaluationElement, number>>;
  comments: Partial<Record<EvaluationElement, string>>;
  signed: boolean;
}

/** id of the first radio button of an element: the error summary links to it. */
export const scoreFieldId = (element: EvaluationElement) => `score-${element}-1`;

export function validateDraft(draft: Draft): { field: string; message: string }[] {
  return ELEMENTS.filter((e) => {
    const s = draft.scores[e.key];
    return s === undefined || !Number.isInteger(s) || s < 1 || s > 10;
  }).map((e) => ({ field: scoreFieldId(e.key), message: `Geef een score voor ${e.title.toLowerCase()}` }));
}

export function toResponse(draft: Draft): EvaluationResponse {
  return {
    scores: ELEMENTS.map((e) => {
      const comment = draft.comments[e.key]?.trim();
      return { element: e.key, score: draft.scores[e.key] as number, ...(comment ? { comment } : {}) };
    }),
    signed: draft.signed,
  };
}
