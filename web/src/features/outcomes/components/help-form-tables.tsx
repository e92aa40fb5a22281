// Per form of help a table of periods (the margin "Alle hulpvormen" first).
import { Heading3 } from '@utrecht/component-library-react';
import { periodLabel } from '../format';
import { groupByHelpForm } from '../rows';
import type { OutcomeRow } from '../types';
import { FiguresTable } from './figures-table';

export function HelpFormTables({ rows, where, idPrefix }: { rows: OutcomeRow[]; where: string; idPrefix: string }) {
  const groups = groupByHelpForm(rows);
  if (groups.length === 0) {
    return <p className="kompas-unknown">Er zijn nog geen trajecten.</p>;
  }
  return (
    <div className="kompas-outcomes-groups" data-testid="help-form-tables">
      {groups.map((group) => {
        const headingId = `${idPrefix}-hulpvorm-${group.helpForm}`;
        return (
          <section key={group.helpForm} className="kompas-outcomes-group" aria-labelledby={headingId} data-help-form={group.helpForm}>
            <Heading3 id={headingId}>
              {group.label}
              {group.helpForm !== 'all' && <span className="kompas-outcomes-code"> (hulpvorm {group.helpForm})</span>}
            </Heading3>
            <FiguresTable
              caption={`${group.label}: uitkomsten per periode, ${where}`}
              rowHeader="Periode"
              testId={`outcomes-table-${group.helpForm}`}
              rows={group.rows.map((row) => ({ key: row.period, header: periodLabel(row.period), figures: row }))}
            />
          </section>
        );
      })}
    </div>
  );
}
