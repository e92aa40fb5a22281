// Every assumption as a table, per result, with its holder: the equivalent of the graph and the
// keyboard route through the theory of change. Holders and the coordinator may delete one here.
import { useState } from 'react';
import { Button } from '@utrecht/component-library-react';
import { formatValue } from '../../../lib/format';
import type { Assumption, IntermediateOutcome, TheoryOfChange } from '../../../types/api';
import { DIRECTION_LABELS, NO_ACTIVITY, STRENGTH_LABELS, VERDICT_LABELS } from '../graph';

export function latestText(outcome: IntermediateOutcome | undefined): string | null {
  const figures = outcome?.figures;
  if (!figures?.latest || figures.latest.value === null) return null;
  const { latest, indicator } = figures;
  const interval = latest.interval ? ` (95 %-interval ${formatValue(latest.interval.lower, indicator)} tot ${formatValue(latest.interval.upper, indicator)})` : '';
  const count = latest.denominator !== null ? `, gemeten bij ${latest.denominator.toLocaleString('nl-NL')}` : '';
  return `${formatValue(latest.value, indicator)} in ${figures.data_region.name}, ${latest.period.slice(0, 4)}${interval}${count}`;
}

export function AssumptionTable({
  theory,
  onEdit,
  onDelete,
}: {
  theory: TheoryOfChange;
  onEdit: (assumption: Assumption) => void;
  onDelete: (assumption: Assumption) => Promise<void>;
}) {
  const outcomes = new Map(theory.intermediate_outcomes.map((o) => [o.id, o]));
  const [busy, setBusy] = useState<string | null>(null);
  const rows = theory.results.flatMap((group) => group.assumptions.map((a) => ({ a, result: group.result.title })));
  if (rows.length === 0) return <p className="kompas-note">Er zijn nog geen veronderstellingen vastgelegd.</p>;
  const editable = rows.some((row) => row.a.can_edit);
  return (
    <div className="kompas-table-wrap kompas-table-wrap--wide">
      <table className="kompas-table kompas-theory-table" data-testid="assumption-table">
        <caption>
          Alle veronderstellingen, per resultaat: welke activiteit via welk tussenresultaat bijdraagt, van welke partner, met de
          onderbouwing, de open vragen en wat het cijfer zegt
        </caption>
        <thead>
          <tr>
            <th scope="col">Resultaat</th>
            <th scope="col">Activiteit</th>
            <th scope="col">Tussenresultaat</th>
            <th scope="col">Van</th>
            <th scope="col">Onderbouwing</th>
            <th scope="col">Open vragen</th>
            <th scope="col">Wat zegt het cijfer?</th>
            {editable && <th scope="col">Actie</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ a, result }) => {
            const outcome = outcomes.get(a.intermediate_outcome_id);
            const latest = latestText(outcome);
            return (
              <tr key={a.id} data-assumption={a.id}>
                <td>{result}</td>
                <td>{a.activity_name ?? <span className="kompas-note">{NO_ACTIVITY}</span>}</td>
                <th scope="row">
                  {outcome?.name ?? a.intermediate_outcome_id}
                  {a.explanation && <div className="kompas-note">{a.explanation}</div>}
                </th>
                <td>{a.holder_name}</td>
                <td>
                  <strong>{STRENGTH_LABELS[a.evidence.strength]}</strong>
                  {a.evidence.source && <div>{a.evidence.source}</div>}
                </td>
                <td>{a.open_questions || '–'}</td>
                <td>
                  <strong>{VERDICT_LABELS[a.verdict.verdict]}</strong>
                  {a.expected_direction && <div>Verwacht: het cijfer {DIRECTION_LABELS[a.expected_direction]}.</div>}
                  {latest && <div>Laatste cijfer: {latest}.</div>}
                  <div className="kompas-note">{a.verdict.text}</div>
                </td>
                {editable && (
                  <td>
                    {a.can_edit && (
                      <Button
                        appearance="secondary-action-button"
                        disabled={busy !== null}
                        aria-label={`Wijzig de veronderstelling van ${a.holder_name} over ${outcome?.name ?? 'dit tussenresultaat'}`}
                        onClick={() => onEdit(a)}
                      >
                        Wijzigen
                      </Button>
                    )}{' '}
                    {a.can_edit && (
                      <Button
                        appearance="secondary-action-button"
                        busy={busy === a.id}
                        disabled={busy !== null}
                        aria-label={`Verwijder de veronderstelling van ${a.holder_name} over ${outcome?.name ?? 'dit tussenresultaat'}`}
                        onClick={async () => {
                          if (!window.confirm('Deze veronderstelling verwijderen?')) return;
                          setBusy(a.id);
                          try {
                            await onDelete(a);
                          } finally {
                            setBusy(null);
                          }
                        }}
                      >
                        Verwijderen
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
