// The portfolio analysis (aanbodanalyse, block 3B): the gaps both ways, the matrix of results ×
// activities, investment set against priority and urgency, the echelons, the cost per reached
// child (for discussion, never a ranking), where quality is unknown, and the decisions to rebuild
// or wind down. The matrix can be downloaded as an Excel workbook.
import { useState } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading, Select, SelectOption } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import { formatNumber } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/title';
import type { Level, Portfolio } from '../../../types/api';
import { activitiesPath, portfolioExportUrl, setResultPriority, usePortfolio } from '../api/activities';
import { DecisionForm } from '../components/decision-form';
import { PortfolioMatrix } from '../components/portfolio-matrix';
import { DECISION_LABELS, ECHELON_LABELS, LEVEL_LABELS, STATUS_LABELS, budgetText, count, euros, reachText } from '../labels';

function Gaps({ portfolio }: { portfolio: Portfolio }) {
  const resultTitle = new Map(portfolio.results.map((r) => [r.result_id, r.title]));
  const activityName = new Map(portfolio.activities.map((a) => [a.activity_id, a.name]));
  return (
    <div className="kompas-gaps">
      <section aria-labelledby="gat-resultaten">
        <h3 id="gat-resultaten">Resultaten waar geen activiteit aan bijdraagt</h3>
        {portfolio.results_without_activity.length === 0 ? (
          <p>Geen: aan elk resultaat draagt ten minste één activiteit bij.</p>
        ) : (
          <ul className="kompas-list" data-testid="results-without-activity">
            {portfolio.results_without_activity.map((id) => (
              <li key={id}>{resultTitle.get(id) ?? id}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="gat-activiteiten">
        <h3 id="gat-activiteiten">Activiteiten die aan geen resultaat bijdragen</h3>
        {portfolio.activities_without_result.length === 0 ? (
          <p>Geen: elke activiteit draagt aan een resultaat bij.</p>
        ) : (
          <ul className="kompas-list" data-testid="activities-without-result">
            {portfolio.activities_without_result.map((id) => (
              <li key={id}>{activityName.get(id) ?? id}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function PrioritySelect({ id, label, value, onChange }: { id: string; label: string; value: Level | ''; onChange: (v: Level) => void }) {
  return (
    <>
      <label htmlFor={id} className="kompas-visually-hidden">
        {label}
      </label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as Level)}>
        {value === '' && <SelectOption value="">niet gegeven</SelectOption>}
        {(Object.keys(LEVEL_LABELS) as Level[]).map((l) => (
          <SelectOption key={l} value={l}>
            {LEVEL_LABELS[l]}
          </SelectOption>
        ))}
      </Select>
    </>
  );
}

function Investment({ collaborationId, portfolio, canEdit, onSaved }: { collaborationId: string; portfolio: Portfolio; canEdit: boolean; onSaved: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const save = async (resultId: string, priority: Level, urgency: Level) => {
    setError(null);
    try {
      await setResultPriority(collaborationId, resultId, priority, urgency);
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="kompas-table-wrap kompas-table-wrap--wide">
      {error && (
        <p role="alert" className="kompas-error">
          De prioriteit is niet opgeslagen: {error}
        </p>
      )}
      <table className="kompas-table kompas-priority" data-testid="investment-table">
        <caption>Inzet per resultaat naast de prioriteit en urgentie die de partners eraan geven</caption>
        <thead>
          <tr>
            <th scope="col">Resultaat</th>
            <th scope="col">Prioriteit</th>
            <th scope="col">Urgentie</th>
            <th scope="col">Budget</th>
            <th scope="col">Bereik</th>
            <th scope="col" className="kompas-num">
              Aandeel gepland budget
            </th>
            <th scope="col">Valt op</th>
          </tr>
        </thead>
        <tbody>
          {portfolio.results.map((r) => (
            <tr key={r.result_id}>
              <th scope="row">{r.title}</th>
              <td>
                {canEdit ? (
                  <PrioritySelect id={`prio-${r.result_id}`} label={`Prioriteit van ${r.title}`} value={r.priority ?? ''} onChange={(v) => save(r.result_id, v, r.urgency ?? 'medium')} />
                ) : r.priority ? (
                  LEVEL_LABELS[r.priority]
                ) : (
                  'niet gegeven'
                )}
              </td>
              <td>
                {canEdit ? (
                  <PrioritySelect id={`urg-${r.result_id}`} label={`Urgentie van ${r.title}`} value={r.urgency ?? ''} onChange={(v) => save(r.result_id, r.priority ?? 'medium', v)} />
                ) : r.urgency ? (
                  LEVEL_LABELS[r.urgency]
                ) : (
                  'niet gegeven'
                )}
              </td>
              <td>{budgetText(r.figures)}</td>
              <td>{reachText(r.figures)}</td>
              <td className="kompas-num">{r.budget_share === null ? 'onbekend' : `${formatNumber(r.budget_share * 100, 0)} %`}</td>
              <td>{r.attention_text || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="kompas-note">
        ‘Weinig’ is minder dan een gelijk deel van het geplande budget (100 % gedeeld door het aantal resultaten); ‘veel’ is meer dan twee keer een
        gelijk deel. Het is een aanleiding voor het gesprek, geen oordeel.
      </p>
    </div>
  );
}

export function PortfolioRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const [year, setYear] = useState<number | null>(null);
  const portfolio = usePortfolio(collaborationId, year);
  useDocumentTitle('Aanbodanalyse');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const isCoordinator = col?.my_role === 'coordinator';
  const p = portfolio.status === 'success' ? portfolio.data : null;
  const unknownQuality = p ? p.activities.filter((a) => !a.quality_known) : [];

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Aanbodanalyse</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Aanbodanalyse</Heading1>
      <Paragraph>
        Waarop zetten we veel in, en waarop weinig? Zijn dat de resultaten die we belangrijk vinden? Deze pagina zet de{' '}
        <AppLink href={activitiesPath(collaborationId)}>activiteiten</AppLink> naast de maatschappelijke resultaten, met hun budget en bereik.
      </Paragraph>
      {portfolio.status === 'error' && <LoadError error={portfolio.error} />}
      {(portfolio.status === 'loading' || portfolio.status === 'idle') && <Loading what="De aanbodanalyse" />}
      {p && (
        <>
          <div className="kompas-inline kompas-toolbar">
            {p.years.length > 0 && (
              <div>
                <label htmlFor="aanbod-jaar">Cijfers van het jaar </label>
                <Select id="aanbod-jaar" value={String(p.year ?? '')} onChange={(e) => setYear(Number(e.target.value))}>
                  {p.years.map((y) => (
                    <SelectOption key={y} value={String(y)}>
                      {y}
                    </SelectOption>
                  ))}
                </Select>
              </div>
            )}
            <a className="utrecht-button utrecht-button--secondary-action kompas-download" href={portfolioExportUrl(collaborationId, p.year)} download data-testid="portfolio-export">
              Download als Excel (.xlsx)
            </a>
            <a href={`${portfolioExportUrl(collaborationId, p.year).replace('format=xlsx', 'format=csv')}`} download>
              Alleen de matrix, als CSV
            </a>
          </div>

          <section className="kompas-section" aria-labelledby="gaten-titel">
            <Heading2 id="gaten-titel">Gaten, beide kanten op</Heading2>
            <Gaps portfolio={p} />
          </section>

          <section className="kompas-section" aria-labelledby="matrix-titel">
            <Heading2 id="matrix-titel">Resultaten en activiteiten</Heading2>
            {p.results.length === 0 && p.activities.length === 0 ? (
              <Paragraph>Er zijn nog geen resultaten en geen activiteiten.</Paragraph>
            ) : (
              <PortfolioMatrix portfolio={p} />
            )}
          </section>

          <section className="kompas-section" aria-labelledby="inzet-titel">
            <Heading2 id="inzet-titel">Inzet naast prioriteit en urgentie</Heading2>
            {isCoordinator && <Paragraph>Als coördinator legt u per resultaat de prioriteit en urgentie vast die de partners samen afspreken.</Paragraph>}
            <Investment collaborationId={collaborationId} portfolio={p} canEdit={isCoordinator} onSaved={() => portfolio.reload()} />
          </section>

          <section className="kompas-section" aria-labelledby="echelon-titel">
            <Heading2 id="echelon-titel">Per echelon</Heading2>
            <div className="kompas-table-wrap">
              <table className="kompas-table" data-testid="echelon-table">
                <caption>Budget en bereik per echelon in {p.year ?? 'geen jaar'}</caption>
                <thead>
                  <tr>
                    <th scope="col">Echelon</th>
                    <th scope="col" className="kompas-num">
                      Activiteiten
                    </th>
                    <th scope="col">Budget</th>
                    <th scope="col">Bereik</th>
                  </tr>
                </thead>
                <tbody>
                  {p.echelons.map((e) => (
                    <tr key={e.echelon}>
                      <th scope="row">{ECHELON_LABELS[e.echelon]}</th>
                      <td className="kompas-num">{e.figures.activities}</td>
                      <td>{budgetText(e.figures)}</td>
                      <td>{reachText(e.figures)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="kompas-section" aria-labelledby="kosten-titel">
            <Heading2 id="kosten-titel">Kosten per bereikt kind</Heading2>
            <Paragraph>
              Ter bespreking, niet om activiteiten te rangschikken: activiteiten verschillen in doel, doelgroep en zwaarte. De lijst staat op naam.
            </Paragraph>
            <div className="kompas-table-wrap">
              <table className="kompas-table" data-testid="cost-table">
                <caption>Budget per kind, per activiteit, op naam</caption>
                <thead>
                  <tr>
                    <th scope="col">Activiteit</th>
                    <th scope="col">Stand</th>
                    <th scope="col" className="kompas-num">
                      Per kind
                    </th>
                    <th scope="col">Berekend uit</th>
                  </tr>
                </thead>
                <tbody>
                  {p.activities.map((a) => (
                    <tr key={a.activity_id}>
                      <th scope="row">{a.name}</th>
                      <td>{STATUS_LABELS[a.status]}</td>
                      <td className="kompas-num">{a.cost_per_child === null ? 'niet te berekenen' : euros(a.cost_per_child)}</td>
                      <td>
                        {a.cost_basis === 'spent'
                          ? `besteed budget en bereikte kinderen (${count(a.figures.reach_actual)})`
                          : a.cost_basis === 'planned'
                            ? `gepland budget en gepland bereik (${count(a.figures.reach_planned)})`
                            : 'budget of bereik onbekend'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="kompas-section" aria-labelledby="kwaliteit-titel">
            <Heading2 id="kwaliteit-titel">Onbekende kwaliteit</Heading2>
            {unknownQuality.length === 0 ? (
              <Paragraph>Van elke activiteit is de onderbouwing bekend.</Paragraph>
            ) : (
              <ul className="kompas-list" data-testid="unknown-quality">
                {unknownQuality.map((a) => (
                  <li key={a.activity_id}>
                    {a.name}: {a.monitoring_agreement ? 'met een monitoringsafspraak' : <strong>nog zonder monitoringsafspraak</strong>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="kompas-section" aria-labelledby="besluit-titel">
            <Heading2 id="besluit-titel">Ombouwen of afbouwen: besluiten</Heading2>
            {p.decisions.length === 0 ? (
              <Paragraph>Er zijn nog geen besluiten vastgelegd.</Paragraph>
            ) : (
              <ul className="kompas-list" data-testid="decisions">
                {p.decisions.map((d) => (
                  <li key={d.id}>
                    {d.decided_on}: {DECISION_LABELS[d.decision]} ‘{p.activities.find((a) => a.activity_id === d.activity_id)?.name ?? d.activity_id}’ —{' '}
                    {d.reason} ({d.decided_by})
                  </li>
                ))}
              </ul>
            )}
            {isCoordinator && p.activities.length > 0 && <DecisionForm collaborationId={collaborationId} portfolio={p} onSaved={() => portfolio.reload()} />}
          </section>
        </>
      )}
      {!isCoordinator && col && <Paragraph className="kompas-note">Prioriteiten en besluiten legt de coördinator vast.</Paragraph>}
    </>
  );
}
