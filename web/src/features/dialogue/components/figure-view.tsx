// The figure of an agenda item: the latest value with its interval, the latest change and whether
// it is ordinary or special variation, in words; the series as a table. No colour carries meaning.
import { Paragraph } from '@utrecht/component-library-react';
import { formatPeriod } from '../../../lib/format';
import type { AgendaFigure } from '../../../types/api';
import { figureValue } from '../labels';

const POINT_STATUS: Record<AgendaFigure['series'][number]['status'], string> = {
  known: 'definitief',
  provisional: 'voorlopig',
  confidential: 'onderdrukt',
  unknown: 'onbekend',
};

const count = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(n));

export function FigureView({ figure, caption }: { figure: AgendaFigure; caption: string }) {
  if (!figure.available) {
    return <Paragraph className="kompas-note">{figure.note ?? 'Dit cijfer is niet beschikbaar.'}</Paragraph>;
  }
  const latest = figure.latest;
  const interval = latest?.interval
    ? ` (95 %-interval ${figureValue(latest.interval.lower, figure.unit)} tot ${figureValue(latest.interval.upper, figure.unit)})`
    : '';
  return (
    <div className="kompas-figure">
      {figure.note && <Paragraph className="kompas-note">{figure.note}</Paragraph>}
      {figure.series.length > 0 && (
        <dl className="kompas-facts">
          <dt>Laatste cijfer</dt>
          <dd>{latest ? `${figureValue(latest.value, figure.unit)} in ${formatPeriod(latest.period)}${interval}` : 'onbekend'}</dd>
          <dt>Ontwikkeling</dt>
          <dd>{figure.change?.text ?? 'Niet te zeggen: er zijn geen twee punten met aantallen om te vergelijken.'}</dd>
          <dt>Variatie</dt>
          <dd data-variation={figure.control.verdict}>{figure.control.text}</dd>
          {figure.source && (
            <>
              <dt>Bron</dt>
              <dd>{figure.source}</dd>
            </>
          )}
        </dl>
      )}
      {figure.facts.length > 0 && (
        <dl className="kompas-facts">
          {figure.facts.map((fact, i) => (
            <div key={i}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {figure.series.length > 0 && (
        <div className="kompas-table-wrap">
          <table className="kompas-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Periode</th>
                <th scope="col">Waarde</th>
                <th scope="col">Teller</th>
                <th scope="col">Noemer</th>
                <th scope="col">95 %-interval</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {figure.series.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{formatPeriod(p.period)}</th>
                  <td>{figureValue(p.value, figure.unit, p.status)}</td>
                  <td>{count(p.numerator)}</td>
                  <td>{count(p.denominator)}</td>
                  <td>{p.interval ? `${figureValue(p.interval.lower, figure.unit)} – ${figureValue(p.interval.upper, figure.unit)}` : '—'}</td>
                  <td>{POINT_STATUS[p.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
