// What the columns mean, why some figures are hidden and what re-entry rests on: written out once
// per page, so the short column titles and the markers in the cells are never left unexplained.
import { Paragraph } from '@utrecht/component-library-react';
import { INCOMPLETE_NOTE, reentryBasisText, smallNumeratorRule, SUPPRESSION_SYMBOL, suppressionRule } from '../format';
import type { ReentryBasis } from '../types';
import { COLUMNS } from './figures-table';

interface SuppressionLegendProps {
  minCount?: number;
  minNumerator?: number;
  minExtremeBase?: number;
}

export function SuppressionLegend({ minCount = 10, minNumerator = 5, minExtremeBase = 20 }: SuppressionLegendProps) {
  return (
    <div className="kompas-outcomes-legend" data-testid="suppression-legend">
      <Paragraph>
        <strong>Verborgen cijfers.</strong> Om te voorkomen dat een jongere of gezin herkenbaar is, laten we sommige cijfers weg; in de grafieken
        ontbreekt dan het punt. Waarom een bepaald cijfer ontbreekt, staat er niet bij: ook dat zou iets over het verborgen getal verraden.
      </Paragraph>
      <ul className="kompas-outcomes-legend__list">
        <li data-testid="legend-suppressed">
          <abbr className="kompas-outcomes-legend__mark" title="Verborgen (onderdrukt)">
            {SUPPRESSION_SYMBOL}
          </abbr>{' '}
          = verborgen (onderdrukt): {suppressionRule(minCount)}.
        </li>
        <li data-testid="legend-small-numerator">
          <span className="kompas-outcomes-legend__mark kompas-small-numerator__mark">aandeel verborgen</span> = het aantal trajecten (n) staat er
          wel, maar het aandeel niet: {smallNumeratorRule(minNumerator, minExtremeBase)}.
        </li>
      </ul>
    </div>
  );
}

/** What "Geen nieuwe hulp binnen 12 maanden" rests on: only the provider's own records, or all providers. */
export function ReentryBasisNote({ basis }: { basis: ReentryBasis }) {
  return (
    <Paragraph className="kompas-note kompas-outcomes-reentry-basis" data-testid="reentry-basis" data-basis={basis}>
      <strong>Geen nieuwe hulp binnen 12 maanden.</strong> {reentryBasisText(basis)}
    </Paragraph>
  );
}

// Shown while the figures across providers are still those of before the last delivery of
// trajectories (`updating` in the report or funnel): the new ones are being suppressed.
export function UpdatingNote({ updating, testId }: { updating: boolean; testId: string }) {
  if (!updating) return null;
  return (
    <Paragraph className="kompas-note" data-testid={testId}>
      <strong>Nieuwe levering.</strong> Er zijn net nieuwe trajecten binnengekomen. Deze cijfers zijn nog van de trajecten van daarvoor; de
      nieuwe cijfers worden nu berekend. Laad de pagina straks opnieuw om ze te zien.
    </Paragraph>
  );
}

export function MeasuresExplained() {
  return (
    <details className="kompas-outcomes-measures">
      <summary>Wat betekenen de kolommen?</summary>
      <dl className="kompas-facts">
        {COLUMNS.map((c) => (
          <div key={c.key} className="kompas-facts__row">
            <dt>{c.title}</dt>
            <dd>{c.short}</dd>
          </div>
        ))}
        <div className="kompas-facts__row">
          <dt>95 %-BI</dt>
          <dd>
            het 95 %-betrouwbaarheidsinterval: bij een klein aantal trajecten is een percentage onzeker, en de werkelijke waarde ligt met 95 %
            zekerheid tussen deze grenzen
          </dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Voorlopig</dt>
          <dd>
            {INCOMPLETE_NOTE}: voor een deel van de trajecten is nog niet bekend of er binnen een jaar nieuwe jeugdhulp kwam, dus het cijfer kan nog
            veranderen
          </dd>
        </div>
      </dl>
    </details>
  );
}

export function ContextNote() {
  return (
    <Paragraph className="kompas-note">
      Cijfers zijn een begin van het gesprek, geen oordeel. Een laag percentage bij een kleine of moeilijke groep zegt weinig over de kwaliteit van
      het werk; kijk daarom altijd naar de aantallen en de onzekerheid (het interval).
    </Paragraph>
  );
}
