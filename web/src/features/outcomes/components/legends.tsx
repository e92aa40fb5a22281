// What the columns mean and why some figures are hidden: written out once per page, so the short
// column titles and the "<10" / "–" markers are never left unexplained.
import { Paragraph } from '@utrecht/component-library-react';
import { SUPPRESSION_REASON, SUPPRESSION_SYMBOL, INCOMPLETE_NOTE } from '../format';
import { COLUMNS } from './figures-table';

export function SuppressionLegend({ minCount = 10 }: { minCount?: number }) {
  return (
    <div className="kompas-outcomes-legend" data-testid="suppression-legend">
      <Paragraph>
        <strong>Onderdrukte cijfers.</strong> Om te voorkomen dat een jongere of gezin herkenbaar is, tonen we geen cijfer dat op minder dan{' '}
        {minCount} trajecten berust, en ook niet de cijfers waarmee zo’n verborgen getal terug te rekenen is.
      </Paragraph>
      <ul className="kompas-outcomes-legend__list">
        <li>
          <abbr className="kompas-outcomes-legend__mark" title={`Onderdrukt: ${SUPPRESSION_REASON.primary}`}>
            {SUPPRESSION_SYMBOL.primary}
          </abbr>{' '}
          = onderdrukt: {SUPPRESSION_REASON.primary}
        </li>
        <li>
          <abbr className="kompas-outcomes-legend__mark" title={`Onderdrukt: ${SUPPRESSION_REASON.complementary}`}>
            {SUPPRESSION_SYMBOL.complementary}
          </abbr>{' '}
          = onderdrukt: {SUPPRESSION_REASON.complementary}
        </li>
      </ul>
    </div>
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
