// The result of one element: how many answered, mean and median, change since the previous
// round, the spread of the scores (chart and the same figures in a table) and the comments.
// Scores are never attributed; comments carry a name only when their writer chose to sign.
// Below minAnswers the server sends no figures and no unsigned comments: then only the count,
// the signed comments and a word on why.
import { useMemo } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { Chart, chartColors, type ChartOption } from '../../../components/chart';
import type { ElementSummary } from '../../../types/api';
import { changeText, elementTitle, formatScore } from '../elements';

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function ElementResult({ summary, minAnswers }: { summary: ElementSummary; minAnswers: number }) {
  const title = elementTitle(summary.element);
  const id = `resultaat-${summary.element}`;
  const hidden = summary.hidden || summary.distribution === null;
  const distribution = SCORES.map((_, i) => summary.distribution?.[i] ?? 0);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 36, right: 12, top: 12, bottom: 36 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: SCORES.map(String), name: 'score', nameLocation: 'middle', nameGap: 24, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: chartColors.grid } } },
      series: [{ type: 'bar', name: 'Aantal antwoorden', data: distribution, itemStyle: { color: chartColors.region }, barMaxWidth: 28 }],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [distribution.join(',')],
  );
  const spread = distribution
    .map((n, i) => (n ? `${n} keer ${i + 1}` : null))
    .filter(Boolean)
    .join(', ');

  return (
    <section className="kompas-result" aria-labelledby={`${id}-titel`} data-element={summary.element} data-testid="element-result">
      <Heading3 id={`${id}-titel`}>{title}</Heading3>
      <dl className="kompas-result__figures">
        <div>
          <dt>Antwoorden</dt>
          <dd data-testid="responses">{summary.responses}</dd>
        </div>
        {!hidden && (
          <>
            <div>
              <dt>Gemiddelde</dt>
              <dd>{formatScore(summary.mean)}</dd>
            </div>
            <div>
              <dt>Mediaan</dt>
              <dd>{formatScore(summary.median)}</dd>
            </div>
            <div>
              <dt>Verandering</dt>
              <dd data-testid="change">{changeText(summary, minAnswers)}</dd>
            </div>
          </>
        )}
      </dl>
      {hidden ? (
        <Paragraph className="kompas-note" data-testid="withheld">
          Nog geen uitslag: die verschijnt bij {minAnswers} of meer antwoorden.
        </Paragraph>
      ) : (
        <div className="kompas-result__spread">
          <Chart
            option={option}
            height={180}
            label={`Spreiding van de scores voor ${title.toLowerCase()}: ${spread || 'nog geen antwoorden'}.`}
            testId={`chart-${summary.element}`}
          />
          <div className="kompas-table-wrap">
            <table className="kompas-table kompas-table--compact utrecht-table" data-testid={`distribution-${summary.element}`}>
              <caption>Spreiding van de scores: {title.toLowerCase()}</caption>
              <thead>
                <tr>
                  <th scope="col">Score</th>
                  {SCORES.map((s) => (
                    <th key={s} scope="col" className="kompas-num">
                      {s}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Aantal</th>
                  {distribution.map((n, i) => (
                    <td key={i} className="kompas-num">
                      {n}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      )}
      <div className="kompas-comments">
        <h4 className="utrecht-heading-4">Toelichtingen</h4>
        {hidden && (
          <Paragraph className="kompas-note">
            Toelichtingen zonder naam verschijnen ook pas bij {minAnswers} of meer antwoorden.
          </Paragraph>
        )}
        {summary.comments.length === 0 ? (
          !hidden && <Paragraph className="kompas-note">Geen toelichtingen.</Paragraph>
        ) : (
          <ul>
            {summary.comments.map((c, i) => (
              <li key={i}>
                <blockquote className="kompas-comment">
                  <p>{c.text}</p>
                  <footer>{c.signed_by ? `— ${c.signed_by}` : '— anoniem'}</footer>
                </blockquote>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

export default ElementResult;
