// "Uitkomsten van onze jeugdhulp" (block 5) for a provider organisation: upload a trajectory file,
// then the provider's own outcomes by form of help (unsuppressed: they are its own data, with
// re-entry counted in its own records only) and the trend of each share. No funnel plot: comparing
// providers is for the municipality (the funnel API answers 403 to a provider).
import { useState } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/dates';
import { useDocumentTitle } from '../../../lib/title';
import type { Session } from '../../../types/api';
import { MUNICIPALITY_OUTCOMES_PATH, useProviderOutcomes } from '../api/outcomes';
import { GranularityToggle } from '../components/granularity-toggle';
import { HelpFormTables } from '../components/help-form-tables';
import { ContextNote, MeasuresExplained, ReentryBasisNote } from '../components/legends';
import { TrendCharts } from '../components/trend-charts';
import { UploadForm } from '../components/upload-form';
import { ProviderNotesPanel } from '../components/provider-notes-panel';
import { helpFormsOf } from '../rows';
import type { Granularity } from '../types';
import '../outcomes.css';

const TITLE = 'Uitkomsten van onze jeugdhulp';

export function ProviderOutcomesRoute({ session }: { session: Session }) {
  useDocumentTitle(TITLE);
  if (session.organisation.kind !== 'provider') {
    return (
      <>
        <Heading1>{TITLE}</Heading1>
        <Paragraph>
          Deze pagina is voor zorgaanbieders: zij lezen hier hun trajecten in en zien de uitkomsten van hun eigen jeugdhulp. U bent ingelogd
          namens {session.organisation.name}.
        </Paragraph>
        <Paragraph>
          Bekijk de <AppLink href={MUNICIPALITY_OUTCOMES_PATH}>uitkomsten voor inwoners van een gemeente</AppLink>.
        </Paragraph>
      </>
    );
  }
  return <ProviderOutcomes session={session} />;
}

function ProviderOutcomes({ session }: { session: Session }) {
  const [granularity, setGranularity] = useState<Granularity>('year');
  const state = useProviderOutcomes(granularity);
  const data = state.status === 'success' ? state.data : null;
  const where = data?.scope.name ?? session.organisation.name;

  return (
    <>
      <PreHeading className="kompas-preheading">Bouwsteen 5 · {session.organisation.name}</PreHeading>
      <Heading1>{TITLE}</Heading1>
      <Paragraph className="kompas-lead">
        Wat leverde onze jeugdhulp op voor de jongeren en gezinnen die we hielpen? Lees hier uw trajecten in en bekijk per hulpvorm en per periode
        hoeveel trajecten volgens plan eindigden, hoe tevreden jongeren en ouders waren, hoeveel jongeren verder konden zonder jeugdhulp en hoeveel
        niet binnen een jaar opnieuw hulp nodig hadden.
      </Paragraph>

      <section className="kompas-panel kompas-section" aria-labelledby="upload-titel">
        <Heading2 id="upload-titel">Trajecten uploaden</Heading2>
        <UploadForm
          csrfToken={session.csrf_token}
          onUploaded={(result) => {
            if (!result.already_imported) state.reload();
          }}
        />
      </section>

      <section className="kompas-section" aria-labelledby="eigen-uitkomsten-titel">
        <Heading2 id="eigen-uitkomsten-titel">Uitkomsten per hulpvorm</Heading2>
        <GranularityToggle value={granularity} onChange={setGranularity} idPrefix="aanbieder" />
        {state.status === 'error' && <LoadError error={state.error} />}
        {(state.status === 'loading' || state.status === 'idle') && <Loading what="Uitkomsten" />}
        {data && (
          <>
            <Paragraph className="kompas-note" data-testid="outcomes-scope">
              {data.scope.name ?? session.organisation.name} (AGB-code {data.scope.code}), peildatum {formatDate(data.reference_date)}. Dit zijn uw eigen cijfers: niets is
              verborgen, en alleen uw organisatie ziet ze zo. De gemeente ziet de cijfers van haar inwoners met kleine aantallen verborgen.
            </Paragraph>
            <ContextNote />
            <Paragraph className="kompas-note" data-testid="comparison-note">
              Vergelijkingen tussen aanbieders zijn voor de gemeente, die ze met de aanbieders bespreekt.
            </Paragraph>
            <MeasuresExplained />
            <ReentryBasisNote basis={data.reentry_basis} />
            <HelpFormTables rows={data.rows} where={where} idPrefix="aanbieder" />
          </>
        )}
      </section>

      {data && data.rows.length > 0 && (
        <section className="kompas-section" aria-labelledby="aanbieder-verloop-titel">
          <Heading2 id="aanbieder-verloop-titel">Verloop in de tijd</Heading2>
          <TrendCharts rows={data.rows} where={where} idPrefix="aanbieder" />
        </section>
      )}

      <section className="kompas-panel kompas-section" aria-labelledby="wat-wij-doen-titel">
        <Heading2 id="wat-wij-doen-titel">Wat wij met deze uitkomsten doen</Heading2>
        <ProviderNotesPanel orgId={session.organisation.id} helpForms={helpFormsOf(data?.rows ?? [])} />
      </section>
    </>
  );
}
