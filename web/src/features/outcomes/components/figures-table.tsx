// One table of outcome figures: a row per period (or per provider), the same seven columns
// everywhere; hidden figures are explained once per page (SuppressionLegend).
import type { ReactNode } from 'react';
import type { OutcomeFigures } from '../types';
import { CountCell, MeanCell, ShareCell } from './cells';

export interface FiguresRow {
  key: string;
  header: ReactNode;
  figures: OutcomeFigures;
  /** A margin row (all providers / all forms of help), set apart at the bottom. */
  total?: boolean;
}

export const COLUMNS: { key: keyof OutcomeFigures; title: string; short: string }[] = [
  { key: 'started', title: 'Gestart', short: 'trajecten die in de periode begonnen' },
  { key: 'ended', title: 'Beëindigd', short: 'trajecten die in de periode eindigden' },
  { key: 'ongoing', title: 'Lopend', short: 'trajecten die aan het eind van de periode nog liepen' },
  { key: 'planned', title: 'Volgens plan beëindigd', short: 'deel van de beëindigde trajecten dat volgens plan eindigde' },
  { key: 'satisfaction', title: 'Tevredenheid', short: 'gemiddeld rapportcijfer (1–10) van jongeren en ouders, met het aantal antwoorden' },
  { key: 'without_help', title: 'Verder zonder jeugdhulp', short: 'deel van de gemeten trajecten waarna de jongere geen jeugdhulp meer nodig had' },
  {
    key: 'no_reentry',
    title: 'Geen nieuwe hulp binnen 12 maanden',
    short: 'deel van de volgens plan beëindigde trajecten zonder nieuwe start van jeugdhulp binnen 12 maanden',
  },
];

const isHidden = (figure: OutcomeFigures[keyof OutcomeFigures]) => figure.suppressed || ('numerator_suppressed' in figure && figure.numerator_suppressed);

/** Whether any figure is hidden, or any share shows only its n. */
export function hasSuppressed(list: OutcomeFigures[]): boolean {
  return list.some((f) => COLUMNS.some((c) => isHidden(f[c.key])));
}

interface FiguresTableProps {
  caption: string;
  /** Header of the first column: "Periode" or "Aanbieder". */
  rowHeader: string;
  rows: FiguresRow[];
  testId?: string;
}

export function FiguresTable({ caption, rowHeader, rows, testId }: FiguresTableProps) {
  const body = rows.filter((r) => !r.total);
  const totals = rows.filter((r) => r.total);
  const row = (r: FiguresRow) => (
    <tr key={r.key} className={r.total ? 'kompas-outcomes-total' : undefined}>
      <th scope="row">{r.header}</th>
      <CountCell count={r.figures.started} />
      <CountCell count={r.figures.ended} />
      <CountCell count={r.figures.ongoing} />
      <ShareCell share={r.figures.planned} />
      <MeanCell mean={r.figures.satisfaction} />
      <ShareCell share={r.figures.without_help} />
      <ShareCell share={r.figures.no_reentry} />
    </tr>
  );
  return (
    // Scrolls sideways on a small screen, so it can take keyboard focus (WCAG 2.1.1).
    <div className="kompas-table-wrap kompas-table-wrap--wide" tabIndex={0} role="region" aria-label={`Tabel: ${caption}`}>
      <table className="kompas-table kompas-outcomes-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="kompas-num">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body.map(row)}</tbody>
        {totals.length > 0 && <tfoot>{totals.map(row)}</tfoot>}
      </table>
    </div>
  );
}
