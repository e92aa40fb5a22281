// The six elements of the evaluation of a collaboration, the wording of results, and the
// check that a response is complete.
import { formatNumber } from '../../lib/format';
import type { EvaluationElement, EvaluationResponse } from '../../types/api';

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
