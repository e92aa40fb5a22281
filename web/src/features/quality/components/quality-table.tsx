// A provider's conditions as a table (the read view for partners, and the summary above the
// provider's own forms): status in words, the evidence, who confirmed it and when.
import { Link } from '@utrecht/component-library-react';
import type { ProviderQuality } from '../../../types/api';
import { CONDITION_LABELS, dutchDate } from '../labels';
import { ConditionStatus } from './condition-status';

export function QualityTable({ quality }: { quality: ProviderQuality }) {
  return (
    <div className="kompas-table-wrap">
      <table className="kompas-table utrecht-table" data-testid="quality-table">
        <caption>Kwaliteitsvoorwaarden van {quality.organisation_name}</caption>
        <thead>
          <tr>
            <th scope="col">Voorwaarde</th>
            <th scope="col">Status</th>
            <th scope="col">Toelichting en bewijs</th>
            <th scope="col">Bevestigd</th>
          </tr>
        </thead>
        <tbody>
          {quality.conditions.map((c) => (
            <tr key={c.condition} data-condition={c.condition}>
              <th scope="row">{CONDITION_LABELS[c.condition]}</th>
              <td>
                <ConditionStatus status={c.status} />
              </td>
              <td>
                {c.note || (c.link || c.figure ? '' : <span className="kompas-muted">Geen bewijs vastgelegd</span>)}
                {c.figure && (
                  <div>
                    Cijfer: {c.figure.value.toLocaleString('nl-NL')} {c.figure.unit}
                  </div>
                )}
                {c.link && (
                  <div>
                    <Link href={c.link} rel="noopener noreferrer">
                      Bewijs bekijken<span className="kompas-visually-hidden"> voor {CONDITION_LABELS[c.condition]}</span>
                    </Link>
                  </div>
                )}
              </td>
              <td>{c.confirmed_on ? `${dutchDate(c.confirmed_on)} door ${c.confirmed_by ?? 'onbekend'}` : 'Nog niet vastgelegd'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
