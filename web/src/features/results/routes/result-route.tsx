// One societal result: status in words (neutral when we cannot say), the reason, the change, the
// chart with the same figures in a table, and the signals that tell the story behind the figures.
// Issue 12: the coordinator edits the result (with a reason); everyone sees its history.
import { Alert, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/dates';
import { formatValue } from '../../../lib/format';
import { regionPath } from '../../../lib/router';
import { BehindConversation } from '../components/behind-conversation';
import { useDocumentTitle } from '../../../lib/title';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { ambitionPath, resultsPath, signalsPath, useIndicators, useProgress, useResultHistory } from '../api/results';
import { ChangeHistory } from '../components/change-history';
import { ResultForm } from '../components/result-form';
import { ProgressChart } from '../components/progress-chart';
import { ProgressTable } from '../components/progress-table';
import { SignalList } from '../components/signal-list';
import { StatusBadge } from '../components/status-badge';
import { formatBaseline, formatInterval, formatTarget, latestKnown, periodLabel } from '../progress';

export function ResultRoute({ collaborationId, resultId, region }: { collaborationId: string; resultId: string; region: string | null }) {
  const collaboration = useCollaboration(collaborationId);
  const state = useProgress(collaborationId, resultId, region);
  const history = useResultHistory(collaborationId, resultId);
  const indicators = useIndicators();
  const progress = state.status === 'success' ? state.data : null;
  useDocumentTitle(progress ? progress.result.title : 'Maatschappelijk resultaat');
  const colName = collaboration.status === 'success' ? collaboration.data.name : 'Samenwerking';

  const crumbs = (
    <nav aria-label="Kruimelpad" className="kompas-crumbs">
      <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
      <AppLink href={collaborationPath(collaborationId)}>{colName}</AppLink> <span aria-hidden="true">›</span>{' '}
      <AppLink href={resultsPath(collaborationId)}>Resultaten</AppLink> <span aria-hidden="true">›</span>{' '}
      <span aria-current="page">{progress ? progress.result.title : 'Resultaat'}</span>
    </nav>
  );

  if (state.status === 'error') {
    return (
      <>
        {crumbs}
        <Heading1>Maatschappelijk resultaat</Heading1>
        <LoadError error={state.error} />
      </>
    );
  }
  if (!progress) return <Loading what="Resultaat" />;

  const { result, indicator } = progress;
  const partners = collaboration.status === 'success' ? collaboration.data.partners : [];
  const agreedBy = result.agreed_by.map((id) => partners.find((p) => p.id === id)?.name ?? id);
  const partnerNames = Object.fromEntries(partners.map((p) => [p.id, p.name]));
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const latest = latestKnown(progress.series);
  const hasData = progress.series.some((p) => p.value !== null);

  return (
    <>
      {crumbs}
      <PreHeading className="kompas-preheading">Maatschappelijk resultaat · {colName}</PreHeading>
      <Heading1>{result.title}</Heading1>

      {progress.level_note && (
        <div className="kompas-level-note" data-testid="level-note">
          <Alert type="warning">
            <Paragraph>
              <strong>Let op, cijfers van een ander niveau:</strong> {progress.level_note}
            </Paragraph>
          </Alert>
        </div>
      )}

      <section className="kompas-progress-status" aria-labelledby="status-titel" data-testid="progress-status">
        <h2 id="status-titel" className="kompas-visually-hidden">
          Hoe staat het ervoor?
        </h2>
        <StatusBadge status={progress.status} />
        <p className="kompas-progress-status__reason">{progress.status_reason}</p>
      </section>
      {progress.change && <Paragraph data-testid="change-text">{progress.change.text}</Paragraph>}

      <dl className="kompas-facts" data-testid="result-facts">
        <div className="kompas-facts__row">
          <dt>Indicator</dt>
          <dd>
            <AppLink href={regionPath(progress.data_region.code, indicator.key)}>{indicator.title}</AppLink> ({indicator.source})
          </dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Gebied</dt>
          <dd>
            {progress.region.name} ({progress.region.code})
            {progress.data_region.code !== progress.region.code && ` — cijfers van ${progress.data_region.name} (${progress.data_region.code})`}
          </dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Nulmeting</dt>
          <dd>{formatBaseline(result, indicator)}</dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Streefwaarde</dt>
          <dd>{formatTarget(result, indicator)}</dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Laatste meting</dt>
          <dd>
            {latest ? `${formatValue(latest.value, indicator)} (${periodLabel(latest.period)}); 95 %-interval: ${formatInterval(latest.interval, indicator)}${latest.interval ? '' : ' (geen aantallen bekend)'}` : 'nog geen'}
          </dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Afgesproken</dt>
          <dd>
            op {formatDate(result.agreed_on)}
            {agreedBy.length > 0 ? ` door ${agreedBy.join(', ')}` : ''}
          </dd>
        </div>
        <div className="kompas-facts__row">
          <dt>Ambitie</dt>
          <dd>
            <AppLink href={ambitionPath(collaborationId, result.ambition_id)}>Naar de ambitie</AppLink>
          </dd>
        </div>
      </dl>

      {result.regions.length > 1 && (
        <nav aria-label="Gebied kiezen" className="kompas-region-switch">
          Bekijk dit resultaat voor:{' '}
          {result.regions.map((code, i) => (
            <span key={code}>
              {i > 0 && ', '}
              {code === progress.region.code ? (
                <strong aria-current="page">{code}</strong>
              ) : (
                <AppLink href={`${window.location.pathname}?region=${encodeURIComponent(code)}`}>{code}</AppLink>
              )}
            </span>
          ))}
        </nav>
      )}

      <section className="kompas-section" aria-labelledby="verloop-titel">
        <Heading2 id="verloop-titel">Verloop naar het doel</Heading2>
        {hasData ? (
          <>
            <Paragraph className="kompas-note">
              De doorgetrokken lijn is de gemeten waarde{progress.series.some((p) => p.interval) ? ' met het 95 %-interval als band' : ''}; de
              gestreepte lijn is het rechte pad van de nulmeting (◇) naar de streefwaarde (▲).
              {!progress.series.some((p) => p.interval) && ' Zonder aantallen (teller en noemer) kunnen we geen onzekerheidsmarge berekenen.'}
            </Paragraph>
            <ProgressChart progress={progress} />
            <ProgressTable progress={progress} />
          </>
        ) : (
          <div className="kompas-panel" data-testid="no-data">
            <Paragraph>
              Er zijn nog geen cijfers over {indicator.title.toLowerCase()} voor {progress.region.name}. Daarom kunnen we nog niets zeggen over de
              voortgang.
            </Paragraph>
            <Paragraph>
              U kunt een andere indicator kiezen die wel gemeten wordt, of de voortgang volgen met{' '}
              <AppLink href={signalsPath(collaborationId)}>signalen uit de praktijk</AppLink>.
            </Paragraph>
          </div>
        )}
      </section>

      {progress.status === 'behind' && (
        <BehindConversation collaborationId={collaborationId} resultId={result.id} coordinator={col?.my_role === 'coordinator'} />
      )}

      <section className="kompas-section" aria-labelledby="signalen-titel">
        <Heading2 id="signalen-titel">Het verhaal achter de cijfers</Heading2>
        <SignalList signals={progress.signals} empty="Er zijn nog geen signalen bij dit resultaat." />
        <Paragraph>
          <AppLink href={signalsPath(collaborationId)}>Signaal toevoegen</AppLink>
        </Paragraph>
      </section>

      {col?.my_role === 'coordinator' && indicators.status === 'success' && (
        <details className="kompas-panel kompas-section kompas-edit" data-testid="result-edit">
          <summary>
            <span id="resultaat-wijzigen-titel">Resultaat wijzigen</span>
          </summary>
          <ResultForm
            collaboration={col}
            ambitionId={result.ambition_id}
            indicators={indicators.data}
            existing={result}
            labelledBy="resultaat-wijzigen-titel"
            onCreated={() => {
              state.reload();
              history.reload();
            }}
          />
        </details>
      )}

      <section className="kompas-section" aria-labelledby="geschiedenis-titel">
        <Heading2 id="geschiedenis-titel">Geschiedenis</Heading2>
        {history.status === 'error' ? (
          <LoadError error={history.error} />
        ) : history.status === 'success' ? (
          <ChangeHistory entries={history.data} names={partnerNames} empty="Dit resultaat is nog niet gewijzigd sinds het is afgesproken." />
        ) : (
          <Loading what="Geschiedenis" />
        )}
      </section>
    </>
  );
}
