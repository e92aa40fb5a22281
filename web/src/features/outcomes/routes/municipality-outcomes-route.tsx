// "Uitkomsten voor inwoners van een gemeente" (block 5), for the municipality itself and platform
// administrators (the API answers 403 to anyone else, with a Dutch message that we show): the
// outcomes of the youth care that residents of one municipality received, by form of help and by
// provider (in code order), with small figures and what would give them away hidden; the trend of
// each share; and the funnel plot of the providers.
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, PreHeading, Textbox } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { ErrorSummary, fieldErrors, type FieldError } from '../../../components/error-summary';
import { LoadError, Loading } from '../../../components/status';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/dates';
import { navigate, useLocation } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import type { Region, Session } from '../../../types/api';
import { useRegions } from '../../../lib/regions';
import { municipalityOutcomesPath, PROVIDER_OUTCOMES_PATH, useMunicipalityOutcomes } from '../api/outcomes';
import { FunnelSection } from '../components/funnel-plot';
import { GranularityToggle } from '../components/granularity-toggle';
import { HelpFormTables } from '../components/help-form-tables';
import { ContextNote, MeasuresExplained, ReentryBasisNote, SuppressionLegend, UpdatingNote } from '../components/legends';
import { hasSuppressed } from '../components/figures-table';
import { MunicipalityProviderNotesView } from '../components/municipality-provider-notes';
import { ProviderTable } from '../components/provider-table';
import { TrendCharts } from '../components/trend-charts';
import { defaultYear, helpFormsOf, yearsOf } from '../rows';
import type { Granularity, MunicipalityOutcomes } from '../types';
import '../outcomes.css';
import { DownloadLinks } from '../../../components/download-links';

const TITLE = 'Uitkomsten voor inwoners van een gemeente';
const CODE = /^GM\d{4}$/;

/** A typed code ("gm0363", " GM0363 ") or a known municipality name ("Amsterdam") → its code, else null. */
export function resolveMunicipality(text: string, known: readonly Region[]): string | null {
  const t = text.trim();
  if (CODE.test(t.toUpperCase())) return t.toUpperCase();
  const byName = known.find((r) => r.name.toLowerCase() === t.toLowerCase());
  if (byName) return byName.code;
  const inParens = /\((GM\d{4})\)\s*$/i.exec(t);
  return inParens ? inParens[1].toUpperCase() : null;
}

/** The server's message as a sentence: a capital (it has one) and a full stop. */
function sentence(message: string): string {
  const t = message.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function MunicipalityPicker({ current }: { current: string | null }) {
  const municipalities = useRegions({ level: 'municipality' });
  const known = municipalities.status === 'success' ? municipalities.data : [];
  const [text, setText] = useState(current ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useEffect(() => setText(current ?? ''), [current]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = resolveMunicipality(text, known);
    if (!code) {
      setErrors([{ field: 'gemeente', message: 'Vul een gemeentecode in zoals GM0363, of de naam van een gemeente uit de lijst' }]);
      return;
    }
    setErrors([]);
    if (code !== current) navigate(municipalityOutcomesPath(code));
  };
  const { message, described, invalid } = fieldErrors(errors);
  return (
    <form className="kompas-outcomes-municipality" onSubmit={submit} noValidate aria-label="Gemeente kiezen">
      <ErrorSummary errors={errors} title="Kies een gemeente" />
      <div className="kompas-inline">
        <FormField type="text" className="kompas-inline__field" invalid={invalid('gemeente')}>
          <FormLabel htmlFor="gemeente">Gemeente</FormLabel>
          <FormFieldDescription id="gemeente-uitleg">CBS-code (bijvoorbeeld GM0363) of naam</FormFieldDescription>
          {message('gemeente')}
          <Textbox
            id="gemeente"
            list="gemeenten"
            autoComplete="off"
            value={text}
            invalid={invalid('gemeente')}
            aria-describedby={described('gemeente', 'gemeente-uitleg')}
            onChange={(e) => setText(e.target.value)}
          />
          <datalist id="gemeenten">
            {known.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </datalist>
        </FormField>
        <Button type="submit" appearance="secondary-action-button" className="kompas-outcomes-municipality__submit">
          Toon
        </Button>
      </div>
    </form>
  );
}

/** Who may see a municipality's outcomes: the municipality itself and platform administrators. */
function AccessNote({ session, brief = false }: { session: Session; brief?: boolean }) {
  return (
    <Paragraph data-testid="outcomes-access">
      {!brief && 'Deze cijfers ziet alleen de gemeente zelf, en de beheerders van Kompas. '}U bent ingelogd namens {session.organisation.name}.
      {session.organisation.kind === 'provider' && (
        <>
          {' '}
          De uitkomsten van uw eigen organisatie staan bij <AppLink href={PROVIDER_OUTCOMES_PATH}>onze uitkomsten</AppLink>.
        </>
      )}
      {session.organisation.kind === 'municipality' && session.organisation.region && (
        <>
          {' '}
          Bekijk de <AppLink href={municipalityOutcomesPath(session.organisation.region)}>uitkomsten van uw eigen gemeente</AppLink>.
        </>
      )}
    </Paragraph>
  );
}

export function MunicipalityOutcomesRoute({ code, session }: { code: string | null; session: Session }) {
  const own = session.organisation.kind === 'municipality' ? session.organisation.region : null;
  const admin = session.person.platform_admin;
  useEffect(() => {
    if (code === null && own) navigate(municipalityOutcomesPath(own), { replace: true });
  }, [code, own]);
  if (code === null) {
    return (
      <>
        <PreHeading className="kompas-preheading">Bouwsteen 5 · Uitkomsten</PreHeading>
        <Heading1>{TITLE}</Heading1>
        {/* Only administrators may look at any municipality; a municipality is sent on to its own page. */}
        {admin ? (
          <>
            <Paragraph className="kompas-lead">
              Kies een gemeente om te zien wat de jeugdhulp aan haar inwoners opleverde: per hulpvorm, per aanbieder en door de tijd.
            </Paragraph>
            <MunicipalityPicker current={null} />
          </>
        ) : own ? null : (
          <AccessNote session={session} />
        )}
      </>
    );
  }
  return <MunicipalityOutcomesPage key={code} code={code} session={session} />;
}

function MunicipalityOutcomesPage({ code, session }: { code: string; session: Session }) {
  const [granularity, setGranularity] = useState<Granularity>('year');
  const state = useMunicipalityOutcomes(code, granularity);
  const data = state.status === 'success' ? state.data : null;
  const [last, setLast] = useState<MunicipalityOutcomes | null>(data);
  useEffect(() => {
    if (data) setLast(data);
  }, [data]);
  const known = data ?? last;
  const name = known?.scope.name ?? null;
  useDocumentTitle(name ? `Uitkomsten voor inwoners van ${name}` : TITLE);
  const where = name ? `inwoners van ${name}` : `inwoners van ${code}`;
  const years = known ? yearsOf(known.rows) : [];
  const notFound = state.status === 'error' && state.error instanceof ApiError && state.error.status === 404;
  // Not the municipality itself: the server says so in Dutch; show that, not an empty page.
  const forbidden = state.status === 'error' && state.error instanceof ApiError && state.error.status === 403 ? state.error : null;
  const suppressed = data ? hasSuppressed([...data.rows, ...data.providers, ...data.other_providers.rows]) : false;
  // ?aanbieder=AGB (from a conversation about effectiveness, block 4): only that provider's rows of
  // this same report, suppressed as always; a provider published only among the others stays there.
  const only = useLocation().search.get('aanbieder');
  const shown = data && only ? data.providers.filter((p) => p.provider === only) : data?.providers ?? [];

  return (
    <>
      <PreHeading className="kompas-preheading">Bouwsteen 5 · Uitkomsten</PreHeading>
      <Heading1>{name ? `Uitkomsten voor inwoners van ${name}` : TITLE}</Heading1>
      {session.person.platform_admin && <MunicipalityPicker current={code} />}
      {notFound ? (
        <Paragraph data-testid="unknown-municipality">
          Er is geen gemeente met code {code}.{session.person.platform_admin && ' Kies hierboven een andere gemeente.'}
        </Paragraph>
      ) : forbidden ? (
        <div data-testid="outcomes-forbidden">
          <Alert type="error" role="alert">
            <Paragraph>
              <strong>Geen toegang.</strong> {sentence(forbidden.message)}
            </Paragraph>
          </Alert>
          <AccessNote session={session} brief />
        </div>
      ) : (
        <>
          <Paragraph className="kompas-lead">
            Wat leverde de jeugdhulp op voor jongeren en gezinnen die in {name ?? code} wonen? Per hulpvorm en per aanbieder: hoeveel trajecten
            volgens plan eindigden, hoe tevreden jongeren en ouders waren, hoeveel jongeren verder konden zonder jeugdhulp en hoeveel niet binnen een
            jaar opnieuw hulp nodig hadden.
          </Paragraph>
          <ContextNote />

          <section className="kompas-section" aria-labelledby="gemeente-uitkomsten-titel">
            <Heading2 id="gemeente-uitkomsten-titel">Uitkomsten per hulpvorm</Heading2>
            <GranularityToggle value={granularity} onChange={setGranularity} idPrefix="gemeente" />
            {state.status === 'error' && !forbidden && <LoadError error={state.error} />}
            {(state.status === 'loading' || state.status === 'idle') && <Loading what="Uitkomsten" />}
            {data && (
              <>
                <Paragraph className="kompas-note" data-testid="outcomes-scope">
                  {data.scope.name ? `${data.scope.name} (${data.scope.code})` : data.scope.code}, peildatum {formatDate(data.reference_date)}. Alle aanbieders samen, voor inwoners van
                  deze gemeente.
                </Paragraph>
                <UpdatingNote updating={data.updating} testId="outcomes-updating" />
                <DownloadLinks
                  href={`/api/outcomes/municipality/${encodeURIComponent(data.scope.code)}/export?granularity=${granularity}`}
                  what="deze uitkomsten, met dezelfde onderdrukte cellen"
                  testId="outcomes-downloads"
                />
                <SuppressionLegend minCount={data.min_count} minNumerator={data.min_numerator} minExtremeBase={data.min_extreme_base} />
                <MeasuresExplained />
                <ReentryBasisNote basis={data.reentry_basis} />
                <HelpFormTables rows={data.rows} where={where} idPrefix="gemeente" />
              </>
            )}
          </section>

          {data && (
            <section className="kompas-section" aria-labelledby="gemeente-aanbieders-titel">
              <Heading2 id="gemeente-aanbieders-titel">Per aanbieder</Heading2>
              <Paragraph>
                De aanbieders die inwoners van {data.scope.name ?? data.scope.code} hielpen, met de cijfers van die inwoners.
                {suppressed && ' Een x of “aandeel verborgen” betekent dat het cijfer verborgen is; de uitleg staat boven de tabellen per hulpvorm.'}
              </Paragraph>
              {only && (
                <Paragraph className="kompas-note" data-testid="provider-filter">
                  {shown.length > 0
                    ? `Alleen aanbieder ${shown[0].name ?? only} (AGB ${only}). `
                    : `Aanbieder met AGB ${only} staat niet apart in dit rapport: kleine aanbieders staan samen onder overige aanbieders, zodat niemand herkenbaar is. `}
                  <AppLink href={municipalityOutcomesPath(code)}>Alle aanbieders tonen</AppLink>
                </Paragraph>
              )}
              <ProviderTable providers={shown} others={data.other_providers} rows={data.rows} municipality={data.scope.name ?? data.scope.code} referenceDate={data.reference_date} />
            </section>
          )}

          {data && (
            <section className="kompas-section" aria-labelledby="gemeente-aanspreekpunten-titel">
              <Heading2 id="gemeente-aanspreekpunten-titel">Aanspreekpunten en verbeteracties van aanbieders</Heading2>
              <MunicipalityProviderNotesView code={data.scope.code} helpForms={helpFormsOf(data.rows)} />
            </section>
          )}

          {data && data.rows.length > 0 && (
            <section className="kompas-section" aria-labelledby="gemeente-verloop-titel">
              <Heading2 id="gemeente-verloop-titel">Verloop in de tijd</Heading2>
              <TrendCharts rows={data.rows} where={where} idPrefix="gemeente" />
            </section>
          )}

          {known && (
            <section className="kompas-section" aria-labelledby="gemeente-trechter-sectie">
              <Heading2 id="gemeente-trechter-sectie">Aanbieders in het trechterdiagram</Heading2>
              <FunnelSection
                municipality={code}
                years={years}
                initialYear={defaultYear(years, known.reference_date)}
                where={where}
                idPrefix="gemeente"
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
