// A lot's overview: per provider (by name: this is not a ranking) and required condition the
// status in words, and where the evidence is missing or older than the horizon.
import { AppLink } from '../../../components/app-link';
import type { LotOverview } from '../../../types/api';
import { qualityPath } from '../api/quality';
import { CONDITION_LABELS, dutchDate, evidenceNote } from '../labels';
import { ConditionStatus } from './condition-status';

export function LotMatrix({ overview }: { overview: LotOverview }) {
  const { lot } = overview;
  if (overview.providers.length === 0) return <p className="kompas-note">Er zijn nog geen aanbieders aan dit perceel gekoppeld.</p>;
  return (
    <div className="kompas-table-wrap">
      <table className="kompas-table utrecht-table" data-testid="lot-matrix">
        <caption>
          Kwaliteitseisen van {lot.name} per aanbieder (op naam, geen rangorde). Bewijs dat vóór {dutchDate(overview.horizon_date)} is
          bevestigd, is ouder dan {overview.horizon_months} maanden.
        </caption>
        <thead>
          <tr>
            <th scope="col">Aanbieder</th>
            {lot.required.map((c) => (
              <th scope="col" key={c}>
                {CONDITION_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.providers.map((p) => (
            <tr key={p.organisation_id} data-provider={p.organisation_id}>
              <th scope="row">
                <AppLink href={qualityPath(p.organisation_id)}>{p.name}</AppLink>
              </th>
              {p.cells.map((cell) => {
                const note = evidenceNote(cell, overview.horizon_months);
                return (
                  <td key={cell.condition} data-condition={cell.condition} className={note ? 'kompas-cell--attention' : undefined}>
                    <ConditionStatus status={cell.status} />
                    {cell.confirmed_on && <div className="kompas-muted">bevestigd {dutchDate(cell.confirmed_on)}</div>}
                    {note && (
                      <div className="kompas-cell-note" data-testid="evidence-note">
                        <span aria-hidden="true">⚠ </span>
                        {note}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
