// One ambition: what it says, the figures and signals that motivate it, its societal results,
// and (for coordinators) the form to add a result. Issue 12: the coordinator edits the ambition
// (with an optional reason); everyone sees its history.
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/dates';
import { navigate, regionPath } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { ambitionsPath, resultPath, useAmbition, useAmbitionHistory, useIndicators, useSignals } from '../api/results';
import { AmbitionForm } from '../components/ambition-form';
import { ChangeHistory } from '../components/change-history';
import { ResultForm } from '../components/result-form';
import { SignalList } from '../components/signal-list';
import { formatBaseline, formatTarget } from '../progress';

export function AmbitionRoute({ collaborationId, ambitionId }: { collaborationId: string; ambitionId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const state = useAmbition(collaborationId, ambitionId);
  const indicators = useIndicators();
  const history = useAmbitionHistory(collaborationId, ambitionId);
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const ambition = state.status === 'success' ? state.data : null;
  useDocumentTitle(ambition ? ambition.title : 'Ambitie');
  const allIndicators = indicators.status === 'success' ? indicators.data : [];
  const indicatorTitle = (key: string) => allIndicators.find((i) => i.key === key)?.title ?? key;
  // Figures of the youth profile are shown for the collaboration's first region.
  const profileRegion = col?.regions[0] ?? null;
  const signals = useSignals(collaborationId, col?.my_role === 'coordinator');
  const partnerNames = Object.fromEntries((col?.partners ?? []).map((p) => [p.id, p.name]));

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={ambitionsPath(collaborationId)}>Ambities</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">{ambition?.title ?? 'Ambitie'}</span>
      </nav>
      {state.status === 'error' && (
        <>
          <Heading1>Ambitie</Heading1>
          <LoadError error={state.error} />
        </>
      )}
      {!ambition && state.status !== 'error' && <Loading what="Ambitie" />}
      {ambition && (
        <>
          <PreHeading className="kompas-preheading">Ambitie · {col?.name ?? ''}</PreHeading>
          <Heading1>{ambition.title}</Heading1>
          <Paragraph lead className="kompas-statement">
            {ambition.statement}
          </Paragraph>
          <dl className="kompas-facts">
            <div className="kompas-facts__row">
              <dt>Afgesproken op</dt>
              <dd>{formatDate(ambition.agreed_on)}</dd>
            </div>
            <div className="kompas-facts__row">
              <dt>Afgesproken door</dt>
              <dd>
                {ambition.agreed_by.length === 0
                  ? 'niet vastgelegd'
                  : ambition.agreed_by.map((id) => col?.partners.find((p) => p.id === id)?.name ?? id).join(', ')}
              </dd>
            </div>
          </dl>

          <section className="kompas-section" aria-labelledby="onderbouwing-titel">
            <Heading2 id="onderbouwing-titel">Waarom deze ambitie?</Heading2>
            <h3 className="utrecht-heading-3">Cijfers uit de staat van de jeugd</h3>
            {ambition.indicators.length === 0 ? (
              <p className="kompas-note">Er zijn geen cijfers aan deze ambitie gekoppeld.</p>
            ) : (
              <ul data-testid="ambition-indicators">
                {ambition.indicators.map((key) => (
                  <li key={key}>
                    {profileRegion ? <AppLink href={regionPath(profileRegion, key)}>{indicatorTitle(key)}</AppLink> : indicatorTitle(key)}
                    {profileRegion && <span className="kompas-note"> ({profileRegion})</span>}
                  </li>
                ))}
              </ul>
            )}
            <h3 className="utrecht-heading-3">Signalen</h3>
            <SignalList signals={ambition.signal_list} empty="Er zijn geen signalen aan deze ambitie gekoppeld." />
          </section>

          <section className="kompas-section" aria-labelledby="resultaten-titel">
            <Heading2 id="resultaten-titel">Maatschappelijke resultaten</Heading2>
            {ambition.results_list.length === 0 ? (
              <Paragraph>Er zijn nog geen maatschappelijke resultaten bij deze ambitie.</Paragraph>
            ) : (
              <ul className="kompas-list" data-testid="ambition-results">
                {ambition.results_list.map((r) => {
                  const indicator = allIndicators.find((i) => i.key === r.indicator);
                  return (
                    <li key={r.id} className="kompas-list__item">
                      <AppLink href={resultPath(collaborationId, r.id)}>{r.title}</AppLink>
                      <div className="kompas-note">
                        {indicatorTitle(r.indicator)} in {r.regions.join(', ')}
                        {indicator && ` · nulmeting ${formatBaseline(r, indicator)} · doel ${formatTarget(r, indicator)}`}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          {col?.my_role === 'coordinator' && indicators.status === 'success' && signals.status === 'success' && (
            <details className="kompas-panel kompas-section kompas-edit" data-testid="ambition-edit">
              <summary>
                <span id="ambitie-wijzigen-titel">Ambitie wijzigen</span>
              </summary>
              <AmbitionForm
                collaboration={col}
                indicators={allIndicators}
                signals={signals.data}
                existing={ambition}
                labelledBy="ambitie-wijzigen-titel"
                onCreated={() => {
                  state.reload();
                  history.reload();
                }}
              />
            </details>
          )}

          <section className="kompas-section" aria-labelledby="ambitie-geschiedenis-titel">
            <Heading2 id="ambitie-geschiedenis-titel">Geschiedenis</Heading2>
            {history.status === 'error' ? (
              <LoadError error={history.error} />
            ) : history.status === 'success' ? (
              <ChangeHistory entries={history.data} names={partnerNames} empty="Deze ambitie is nog niet gewijzigd sinds ze is afgesproken." />
            ) : (
              <Loading what="Geschiedenis" />
            )}
          </section>

          {col?.my_role === 'coordinator' && (
            <section className="kompas-panel kompas-section" aria-labelledby="resultaat-form-titel">
              <Heading2 id="resultaat-form-titel">Maatschappelijk resultaat toevoegen</Heading2>
              <ResultForm
                collaboration={col}
                ambitionId={ambition.id}
                indicators={allIndicators}
                onCreated={(r) => navigate(resultPath(collaborationId, r.id))}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
