// Dutch words for the quality dialogue's names (the API speaks English names).
import type { AgendaKind, ControlVerdict, DialogueQuestion, ExplanationStatus, OutcomeFigureName, ParticipantRole } from '../../types/api';

export const QUESTION_LABELS: Record<DialogueQuestion, string> = {
  recognise: 'Herkennen',
  explain: 'Verklaren',
  appreciate: 'Waarderen',
  improve: 'Verbeteren',
};

export const QUESTION_PROMPTS: Record<DialogueQuestion, string> = {
  recognise: 'Herkennen we dit beeld?',
  explain: 'Hoe verklaren we het?',
  appreciate: 'Wat vinden we ervan?',
  improve: 'Wat gaan we verbeteren?',
};

export const QUESTIONS: DialogueQuestion[] = ['recognise', 'explain', 'appreciate', 'improve'];

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  partner: 'partner',
  young_person: 'jongere',
  parent: 'ouder',
  professional: 'professional',
  other: 'anders',
};

export const KIND_LABELS: Record<AgendaKind, string> = {
  indicator: 'Cijfer uit het jeugdprofiel',
  result: 'Maatschappelijk resultaat',
  outcome: 'Uitkomst van jeugdhulp',
  evaluation: 'Evaluatie van de samenwerking',
  signal: 'Signaal uit de praktijk',
  quality: 'Kwaliteit van een aanbieder',
};

export const OUTCOME_LABELS: Record<OutcomeFigureName, string> = {
  started: 'Gestarte trajecten',
  ended: 'Beëindigde trajecten',
  ongoing: 'Lopende trajecten',
  planned: 'Volgens plan beëindigd',
  satisfaction: 'Tevredenheid',
  without_help: 'Na afloop zonder hulp',
  no_reentry: 'Geen nieuwe hulp binnen een jaar',
};

export const EXPLANATION_LABELS: Record<ExplanationStatus, string> = {
  none: 'geen toetsing',
  to_be_tested: 'nog te toetsen',
  confirmed: 'bevestigd',
  rejected: 'verworpen',
};

export const VARIATION_LABELS: Record<ControlVerdict['verdict'], string> = {
  common_cause: 'gewone variatie',
  special_cause: 'bijzondere variatie',
  cannot_say: 'niet te zeggen',
};

/** A figure's value in Dutch with its unit, or words when there is none. */
export function figureValue(value: number | null | undefined, unit: string, status?: string): string {
  if (status === 'confidential') return 'onderdrukt (kleine aantallen)';
  if (value === null || value === undefined || !Number.isFinite(value)) return 'onbekend';
  const text = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 0 }).format(value);
  if (unit === '%') return `${text} %`;
  if (unit === '' || unit === 'aantal') return text;
  return `${text} ${unit}`;
}
