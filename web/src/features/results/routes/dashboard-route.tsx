// All societal results of a collaboration in one table: ambition, result, sparkline (with a text
// alternative), latest value with interval, target and status in words.
import { Heading1, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatValue } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/title';
import type { DashboardRow } from '../../../types/api';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { ambitionsPath, resultPath, signalsPath, useDashboard } from '../api/results';
import { Sparkline } from '../components/sparkline';
import { StatusBadge } from '../components/status-badge';
import { formatInterval, formatTarget, periodLabel, sparklineText } from '../progress';
import { DownloadLinks } from '../../../components/download-links';

function firstYear(row: DashboardRow): number | null {
  if (!row.latest || !/JJ00$/.test(row.latest.period)) return null;
  const lastKnown = row.sparkline.reduce<number>((acc, v, i) => (v !== null ? i : acc), -1);
  return lastKnown < 0 ? null : Math.floor(row.latest.year) - lastKnown;
}

export function DashboardRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const state = useDashboard(collaborationId);
  useDocumentTitle('Resultaten');
  const colName = collaboration.status === 'success' ? collaboration.data.name : 'Samenwerking';

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{colName}</AppLink> <span aria-hidden="true">›</span> <span aria-current="page">Resultaten</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {colName}</PreHeading>
      <Heading1>Resultaten</Heading1>
      <Paragraph>
        Hoe staan de afgesproken maatschappelijke resultaten ervoor? De status zegt of de laatste meting op het rechte pad van nulmeting naar
        streefwaarde ligt. Als de cijfers dat niet laten zien, staat er eerlijk: <em>kan (nog) niet zeggen</em>.
      </Paragraph>
      {state.status === 'error' && <LoadError error={state.error} />}
      {(state.status === 'loading' || state.status === 'idle') && <Loading what="Resultaten" />}
      {state.status === 'success' &&
        (state.data.length === 0 ? (
          <Paragraph>
            Er zijn nog geen maatschappelijke resultaten. Voeg ze toe bij een <AppLink href={ambitionsPath(collaborationId)}>ambitie</AppLink>.
          </Paragraph>
        ) : (
          <div className="kompas-table-wrap kompas-table-wrap--wide" tabIndex={0} role="region" aria-label="Tabel: maatschappelijke resultaten">
            <DownloadLinks href={`/api/collaborations/${encodeURIComponent(collaborationId)}/results/export`} what="dit overzicht" testId="results-downloads" />
            <table className="kompas-table kompas-table--compact" data-testid="dashboard-table">
              <caption>Maatschappelijke resultaten van {colName}</caption>
              <thead>
                <tr>
                  <th scope="col">Ambitie</th>
                  <th scope="col">Resultaat</th>
                  <th scope="col">Verloop</th>
                  <th scope="col">Laatste meting</th>
                  <th scope="col">Doel</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {state.data.map((row) => {
                  const text = `${row.indicator.title}: ${sparklineText(row.sparkline, row.indicator, firstYear(row))}`;
                  return (
                    <tr key={row.result.id} data-testid="dashboard-row">
                      <td>{row.ambition_title}</td>
                      <th scope="row">
                        <AppLink href={resultPath(collaborationId, row.result.id)}>{row.result.title}</AppLink>
                        <div className="kompas-note">
                          {row.indicator.title}, {row.result.regions.join(', ')}
                        </div>
                      </th>
                      <td>
                        <Sparkline values={row.sparkline} label={text} />
                      </td>
                      <td>
                        {row.latest ? (
                          <>
                            {formatValue(row.latest.value, row.indicator)} ({periodLabel(row.latest.period)})
                            <div className="kompas-note">95 %-interval: {formatInterval(row.latest.interval, row.indicator)}</div>
                          </>
                        ) : (
                          'nog geen cijfers'
                        )}
                      </td>
                      <td>{formatTarget(row.result, row.indicator)}</td>
                      <td>
                        <StatusBadge status={row.status} />
                        <div className="kompas-note">{row.status_reason}</div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
      <Paragraph>
        <AppLink href={ambitionsPath(collaborationId)}>Ambities</AppLink> · <AppLink href={signalsPath(collaborationId)}>Signalen</AppLink>
      </Paragraph>
    </>
  );
}
