// The words of block 4 on the provider side: the conditions a municipality may require (seed 003),
// their status in words with a sign (colour only supports them), the four questions about
// effectiveness, and what a cell of a lot's overview says about its evidence.
import type { ConditionStatus, EffectivenessQuestion, LotCell, QualityCondition } from '../../types/api';

export const CONDITIONS: QualityCondition[] = [
  'guidelines',
  'registered_professionals',
  'reflection',
  'effective_interventions',
  'shared_decisions',
  'client_council',
  'confidential_adviser',
  'complaints_procedure',
  'reporting_code',
  'quality_system',
];

export const CONDITION_LABELS: Record<QualityCondition, string> = {
  guidelines: 'Werken met richtlijnen',
  registered_professionals: 'Geregistreerde professionals',
  reflection: 'Ruimte voor reflectie',
  effective_interventions: 'Effectieve interventies of werkzame elementen',
  shared_decisions: 'Samen beslissen met gezinnen',
  client_council: 'Cliëntenraad',
  confidential_adviser: 'Vertrouwenspersoon',
  complaints_procedure: 'Klachtenregeling',
  reporting_code: 'Meldcode huiselijk geweld en kindermishandeling',
  quality_system: 'Kwaliteitssysteem',
};

export const CONDITION_HELP: Record<QualityCondition, string> = {
  guidelines: 'Welke professionele richtlijnen gebruikt u, bijvoorbeeld de Richtlijnen Jeugdhulp en Jeugdbescherming?',
  registered_professionals: 'Welk deel van de professionals staat in het SKJ- of BIG-register? Vul het percentage in bij het cijfer.',
  reflection: 'Hoe krijgen professionals ruimte om op hun werk te reflecteren: scholing, supervisie, intervisie?',
  effective_interventions: 'Werkt u met erkende interventies, of met kennis over wat in de jeugdhulp werkt?',
  shared_decisions: 'Hoe beslist u samen met kinderen en ouders over de hulp die nodig is?',
  client_council: 'Heeft uw organisatie een cliëntenraad, en hoe denkt die mee?',
  confidential_adviser: 'Kunnen cliënten terecht bij een onafhankelijke vertrouwenspersoon?',
  complaints_procedure: 'Is er een klachtenregeling, en waar staat die?',
  reporting_code: 'Is er een meldcode huiselijk geweld en kindermishandeling, en wordt die gebruikt?',
  quality_system: 'Welk kwaliteitssysteem of keurmerk hanteert u?',
};

export const STATUS_LABELS: Record<ConditionStatus, string> = {
  met: 'Voldoet',
  partly: 'Voldoet deels',
  not: 'Voldoet niet',
  unknown: 'Onbekend',
};

export const STATUS_SIGNS: Record<ConditionStatus, string> = { met: '✓', partly: '◐', not: '✗', unknown: '?' };

/** The tone of a status badge (the existing kompas-status classes): colour supports the words. */
export function statusTone(status: ConditionStatus): 'positive' | 'attention' | 'neutral' {
  if (status === 'met') return 'positive';
  if (status === 'unknown') return 'neutral';
  return 'attention';
}

export const QUESTIONS: EffectivenessQuestion[] = ['contribution', 'monitoring', 'improvement', 'knowledge_sharing'];

export const QUESTION_TITLES: Record<EffectivenessQuestion, string> = {
  contribution: '1. Onderbouwing',
  monitoring: '2. Monitoren van effectiviteit',
  improvement: '3. Verbeteren met de uitkomsten',
  knowledge_sharing: '4. Kennis delen',
};

export const QUESTION_TEXT: Record<EffectivenessQuestion, string> = {
  contribution: 'Kan de aanbieder onderbouwen waarom het aanbod helpt bij de problemen en opgaven die de gemeente met haar jeugdbeleid wil aanpakken?',
  monitoring: 'Kan de aanbieder laten zien dat de effectiviteit van het aanbod wordt gevolgd: uitval, tevredenheid van cliënten over het resultaat en doelrealisatie?',
  improvement: 'Kan de aanbieder laten zien hoe de uitkomsten van dat volgen worden gebruikt om het aanbod te verbeteren?',
  knowledge_sharing: 'Deelt de aanbieder kennis in lokale samenwerkingsverbanden, regionale werkplaatsen en landelijke kennisinstituten?',
};

/** What a cell of a lot's overview says about its evidence, in words ('' when all is in order). */
export function evidenceNote(cell: LotCell, horizonMonths: number): string {
  const notes: string[] = [];
  if (cell.evidence_missing) notes.push('bewijs ontbreekt');
  if (cell.out_of_date) notes.push(`bevestigd langer dan ${horizonMonths} maanden geleden`);
  return notes.join('; ');
}

/** 2026-11-24 → 24-11-2026. */
export function dutchDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : date;
}
