// The theory of change of a collaboration (block 3A): the graph and its table, the common ground,
// the figures of intermediate outcomes, and the form to record an assumption.
import { useState } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatValue } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/title';
import { collaborationPath, useCollaboration } from '../../../lib/collaboration';
import type { Assumption, SharedGround, TheoryOfChange } from '../../../types/api';
import { deleteAssumption, useIndicatorList, useTheory } from '../api/theory';
import { AssumptionForm } from '../components/assumption-form';
import { AssumptionTable, latestText } from '../components/assumption-table';
import { TheoryGraphChart } from '../components/theory-graph';

function GroundList({ items, what }: { items: SharedGround[]; what: string }) {
  if (items.length === 0) return <Paragraph>Nog geen {what} dat meer dan één partner noemt.</Paragraph>;
  return (
    <ul data-testid="common-ground">
      {items.map((g) => (
        <li key={g.id}>
          <strong>{g.name}</strong>: genoemd door {g.partners.map((p) => p.name).join(', ')}
        </li>
      ))}
    </ul>
  );
}

function Figures({ theory }: { theory: TheoryOfChange }) {
  const followed = theory.intermediate_outcomes.filter((o) => o.indicator);
  if (followed.length === 0) {
    return <Paragraph>Nog geen tussenresultaat volgt een cijfer in Kompas. Kies bij een nieuw tussenresultaat een indicator om dat te doen.</Paragraph>;
  }
  return (
    <ul className="kompas-theory-figures">
      {followed.map((o) => {
        const latest = latestText(o);
        const figures = o.figures;
        return (
          <li key={o.id}>
            <strong>{o.name}</strong> volgt <em>{figures?.indicator.title ?? o.indicator}</em>.{' '}
            {latest ? `Laatste cijfer: ${latest}.` : 'Er is nog geen cijfer bekend.'}{' '}
            {figures?.change?.text ?? (figures && figures.series.length > 0 ? 'Er zijn geen twee vergelijkbare metingen met aantallen om een verandering te beoordelen.' : '')}
            {figures?.level_note && <span className="kompas-note"> {figures.level_note}</span>}
            {figures && figures.series.length > 1 && (
              <span className="kompas-note">
                {' '}
                Reeks: {figures.series.map((p) => `${p.period.slice(0, 4)} ${formatValue(p.value, figures.indicator)}`).join(', ')}.
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function TheoryRoute({ collaborationId }: { collaborationId: string }) {
  const collaboration = useCollaboration(collaborationId);
  const theory = useTheory(collaborationId);
  const indicators = useIndicatorList();
  useDocumentTitle('Veranderverhaal');
  const col = collaboration.status === 'success' ? collaboration.data : null;
  const data = theory.status === 'success' ? theory.data : null;
  const [editing, setEditing] = useState<Assumption | null>(null);
  const edit = (assumption: Assumption | null) => {
    setEditing(assumption);
    // Move to the form, so keyboard and screen-reader users land where the change is made.
    window.setTimeout(() => document.getElementById('veronderstelling-form-titel')?.focus(), 0);
  };

  return (
    <>
      <nav aria-label="Kruimelpad" className="kompas-crumbs">
        <AppLink href="/samenwerkingen">Samenwerkingen</AppLink> <span aria-hidden="true">›</span>{' '}
        <AppLink href={collaborationPath(collaborationId)}>{col?.name ?? 'Samenwerking'}</AppLink> <span aria-hidden="true">›</span>{' '}
        <span aria-current="page">Veranderverhaal</span>
      </nav>
      <PreHeading className="kompas-preheading">Samenwerking · {col?.name ?? ''}</PreHeading>
      <Heading1>Veranderverhaal</Heading1>
      <Paragraph>
        Elke partner heeft eigen ideeën over hoe activiteiten tot resultaten leiden. Hier staan die veronderstellingen naast elkaar: van
        activiteit, via een tussenresultaat, naar een maatschappelijk resultaat. Met wat ze onderbouwt en wat nog open is. Waar partners
        hetzelfde tussenresultaat of resultaat noemen, ligt gemeenschappelijke grond om op voort te bouwen.
      </Paragraph>
      {theory.status === 'error' && <LoadError error={theory.error} />}
      {(theory.status === 'loading' || theory.status === 'idle') && <Loading what="Veranderverhaal" />}
      {data && (
        <>
          <section className="kompas-section" aria-labelledby="schema-titel">
            <Heading2 id="schema-titel">Het veranderverhaal als schema</Heading2>
            {data.results.length === 0 && (
              <Paragraph>Deze samenwerking heeft nog geen maatschappelijke resultaten. Leg eerst een ambitie en een resultaat vast.</Paragraph>
            )}
            <TheoryGraphChart theory={data} />
            <Heading2 id="tabel-titel">Alle veronderstellingen</Heading2>
            <AssumptionTable
              theory={data}
              onEdit={edit}
              onDelete={async (a) => {
                await deleteAssumption(collaborationId, a.id);
                theory.reload();
              }}
            />
          </section>
          <section className="kompas-section" aria-labelledby="grond-titel">
            <Heading2 id="grond-titel">Gemeenschappelijke grond</Heading2>
            <Paragraph>Tussenresultaten en resultaten die in de veronderstellingen van meer dan één partner terugkomen.</Paragraph>
            <GroundList items={data.common_ground.intermediate_outcomes} what="tussenresultaat" />
            <GroundList items={data.common_ground.results} what="resultaat" />
          </section>
          <section className="kompas-section" aria-labelledby="cijfers-titel">
            <Heading2 id="cijfers-titel">Wat de cijfers van de tussenresultaten laten zien</Heading2>
            <Paragraph>
              Een cijfer bewijst geen veronderstelling; het is een aanleiding voor het gesprek. Bij kleine aantallen of één meting zegt
              Kompas eerlijk dat het niet te zeggen is.
            </Paragraph>
            <Figures theory={data} />
          </section>
          {data.can_record && data.results.length > 0 && (
            <section className="kompas-panel kompas-section" aria-labelledby="veronderstelling-form-titel">
              <Heading2 id="veronderstelling-form-titel" tabIndex={-1}>
                {editing ? `Veronderstelling van ${editing.holder_name} wijzigen` : 'Veronderstelling vastleggen'}
              </Heading2>
              <AssumptionForm
                key={editing?.id ?? 'nieuw'}
                editing={editing}
                onCancel={() => edit(null)}
                collaborationId={collaborationId}
                theory={data}
                indicators={indicators.status === 'success' ? indicators.data : []}
                partners={col?.my_role === 'coordinator' ? col.partners : null}
                onCreated={() => {
                  if (editing) edit(null);
                  theory.reload();
                }}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
