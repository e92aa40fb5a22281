// The matrix of results × activities: a mark where an activity serves a result (its reason on
// hover and in the text for screen readers), with the planned budget and reach per result and, in
// the last row, per activity and in total. Activities stand in name order, never ranked.
import type { Portfolio } from '../../../types/api';
import { count, euros } from '../labels';

/** Above this many activities the matrix is folded: one row per result with its activities named. */
export const MAX_MATRIX_COLUMNS = 15;

export function PortfolioMatrix({ portfolio }: { portfolio: Portfolio }) {
  const reasons = new Map(portfolio.cells.map((c) => [`${c.result_id} ${c.activity_id}`, c.reason]));
  const year = portfolio.year ?? 'geen jaar';
  if (portfolio.activities.length > MAX_MATRIX_COLUMNS) return <FoldedMatrix portfolio={portfolio} />;
  return (
    <div className="kompas-table-wrap kompas-table-wrap--wide">
      <table className="kompas-table kompas-matrix" data-testid="portfolio-matrix">
        <caption>
          Resultaten × activiteiten, met gepland budget en bereik in {year}. Een activiteit die aan meer resultaten bijdraagt, telt bij elk
          resultaat mee; het totaal telt elke activiteit één keer.
        </caption>
        <thead>
          <tr>
            <th scope="col">Resultaat</th>
            {portfolio.activities.map((a) => (
              <th scope="col" key={a.activity_id}>
                {a.name}
              </th>
            ))}
            <th scope="col" className="kompas-num">
              Budget gepland
            </th>
            <th scope="col" className="kompas-num">
              Bereik gepland
            </th>
          </tr>
        </thead>
        <tbody>
          {portfolio.results.map((r) => (
            <tr key={r.result_id}>
              <th scope="row">{r.title}</th>
              {portfolio.activities.map((a) => {
                const reason = reasons.get(`${r.result_id} ${a.activity_id}`);
                return (
                  <td key={a.activity_id} className="kompas-matrix__cell" title={reason || undefined}>
                    {reason === undefined ? (
                      <span className="kompas-visually-hidden">draagt niet bij</span>
                    ) : (
                      <>
                        <span aria-hidden="true">●</span>
                        <span className="kompas-visually-hidden">draagt bij{reason ? `: ${reason}` : ''}</span>
                      </>
                    )}
                  </td>
                );
              })}
              <td className="kompas-num" data-testid="result-budget">
                {euros(r.figures.budget_planned)}
              </td>
              <td className="kompas-num">{count(r.figures.reach_planned)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Per activiteit</th>
            {portfolio.activities.map((a) => (
              <td key={a.activity_id} className="kompas-num">
                {euros(a.figures.budget_planned)}
              </td>
            ))}
            <td className="kompas-num" data-testid="total-budget">
              {euros(portfolio.total.budget_planned)}
            </td>
            <td className="kompas-num" data-testid="total-reach">
              {count(portfolio.total.reach_planned)}
            </td>
          </tr>
        </tfoot>
      </table>
      {portfolio.total.incomplete && <p className="kompas-note">Niet elke activiteit kent al haar budget en bereik: de sommen zijn een ondergrens.</p>}
    </div>
  );
}

// The same figures for many activities: a column per activity would not fit, so each result lists
// the activities that serve it. The full matrix is in the Excel download.
function FoldedMatrix({ portfolio }: { portfolio: Portfolio }) {
  const names = new Map(portfolio.activities.map((a) => [a.activity_id, a.name]));
  const year = portfolio.year ?? 'geen jaar';
  return (
    <div className="kompas-table-wrap kompas-table-wrap--wide">
      <table className="kompas-table" data-testid="portfolio-matrix">
        <caption>
          Resultaten met de activiteiten die eraan bijdragen ({portfolio.activities.length} activiteiten: de volledige matrix staat in de
          Excel-download), met gepland budget en bereik in {year}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Resultaat</th>
            <th scope="col">Activiteiten die bijdragen</th>
            <th scope="col" className="kompas-num">
              Budget gepland
            </th>
            <th scope="col" className="kompas-num">
              Bereik gepland
            </th>
          </tr>
        </thead>
        <tbody>
          {portfolio.results.map((r) => {
            const serving = portfolio.cells.filter((c) => c.result_id === r.result_id).map((c) => names.get(c.activity_id) ?? c.activity_id);
            return (
              <tr key={r.result_id}>
                <th scope="row">{r.title}</th>
                <td>{serving.length === 0 ? <em>geen</em> : `${serving.length}: ${serving.join(', ')}`}</td>
                <td className="kompas-num">{euros(r.figures.budget_planned)}</td>
                <td className="kompas-num">{count(r.figures.reach_planned)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            <td>{portfolio.activities.length} activiteiten</td>
            <td className="kompas-num" data-testid="total-budget">
              {euros(portfolio.total.budget_planned)}
            </td>
            <td className="kompas-num" data-testid="total-reach">
              {count(portfolio.total.reach_planned)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
