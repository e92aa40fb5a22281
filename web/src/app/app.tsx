// The page frame (skip link, header with navigation and account, main, footer) and the routes.
// After every client-side navigation focus moves to the new page's heading (WCAG 2.4.3).
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Heading1, Link, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { Loading } from '../components/status';
import { AppLink } from '../components/app-link';
import { SessionProvider, useSignedIn } from '../features/auth/api/session';
import { RequireSession } from '../features/auth/components/require-session';
import { UserMenu } from '../features/auth/components/user-menu';
import { SignInRoute } from '../features/auth/routes/sign-in-route';
import { isPlatformAdmin } from '../lib/permissions';
import { HomeRoute } from '../features/youth-profile/routes/home-route';
import { StartRoute } from '../features/start/routes/start-route';
import { ProfileRoute } from '../features/youth-profile/routes/profile-route';
import { useLocation } from '../lib/router';
import { ExampleBanner } from '../features/collaborations/components/example-banner';

// Block 0 pages load on demand, so the public youth profile stays light.
const CollaborationsRoute = lazy(() => import('../features/collaborations/routes/collaborations-route').then((m) => ({ default: m.CollaborationsRoute })));
const CollaborationRoute = lazy(() => import('../features/collaborations/routes/collaboration-route').then((m) => ({ default: m.CollaborationRoute })));
const EvaluationsRoute = lazy(() => import('../features/evaluation/routes/evaluations-route').then((m) => ({ default: m.EvaluationsRoute })));
const RoundRoute = lazy(() => import('../features/evaluation/routes/round-route').then((m) => ({ default: m.RoundRoute })));
const AmbitionsRoute = lazy(() => import('../features/results/routes/ambitions-route').then((m) => ({ default: m.AmbitionsRoute })));
const AmbitionRoute = lazy(() => import('../features/results/routes/ambition-route').then((m) => ({ default: m.AmbitionRoute })));
const DashboardRoute = lazy(() => import('../features/results/routes/dashboard-route').then((m) => ({ default: m.DashboardRoute })));
const ResultRoute = lazy(() => import('../features/results/routes/result-route').then((m) => ({ default: m.ResultRoute })));
const ActivitiesRoute = lazy(() => import('../features/activities/routes/activities-route').then((m) => ({ default: m.ActivitiesRoute })));
const PortfolioRoute = lazy(() => import('../features/activities/routes/portfolio-route').then((m) => ({ default: m.PortfolioRoute })));
const SignalsRoute = lazy(() => import('../features/results/routes/signals-route').then((m) => ({ default: m.SignalsRoute })));
const ProviderOutcomesRoute = lazy(() => import('../features/outcomes/routes/provider-outcomes-route').then((m) => ({ default: m.ProviderOutcomesRoute })));
const MunicipalityOutcomesRoute = lazy(() => import('../features/outcomes/routes/municipality-outcomes-route').then((m) => ({ default: m.MunicipalityOutcomesRoute })));
const TheoryRoute = lazy(() => import('../features/theory/routes/theory-route').then((m) => ({ default: m.TheoryRoute })));
const AuditRoute = lazy(() => import('../features/audit/routes/audit-route').then((m) => ({ default: m.AuditRoute })));
// Block 4, provider side: quality conditions, contract lots, effectiveness questions.
const ProviderQualityRoute = lazy(() => import('../features/quality/routes/provider-quality-route').then((m) => ({ default: m.ProviderQualityRoute })));
const LotsRoute = lazy(() => import('../features/quality/routes/lots-route').then((m) => ({ default: m.LotsRoute })));
const LotRoute = lazy(() => import('../features/quality/routes/lot-route').then((m) => ({ default: m.LotRoute })));
const EffectivenessRoute = lazy(() => import('../features/quality/routes/effectiveness-route').then((m) => ({ default: m.EffectivenessRoute })));
const ConversationRoute = lazy(() => import('../features/quality/routes/effectiveness-route').then((m) => ({ default: m.ConversationRoute })));
const ActionsRoute = lazy(() => import('../features/actions/routes/actions-route').then((m) => ({ default: m.ActionsRoute })));
const MyActionsRoute = lazy(() => import('../features/actions/routes/my-actions-route').then((m) => ({ default: m.MyActionsRoute })));
const DialoguesRoute = lazy(() => import('../features/dialogue/routes/dialogues-route').then((m) => ({ default: m.DialoguesRoute })));
const DialogueRoute = lazy(() => import('../features/dialogue/routes/dialogue-route').then((m) => ({ default: m.DialogueRoute })));
// Issue 15: administration in the browser, and the public page behind a one-time password link.
const OrganisationsAdminRoute = lazy(() => import('../features/admin/routes/organisations-route').then((m) => ({ default: m.OrganisationsRoute })));
const PeopleAdminRoute = lazy(() => import('../features/admin/routes/people-route').then((m) => ({ default: m.PeopleRoute })));
const MembershipsAdminRoute = lazy(() => import('../features/admin/routes/memberships-route').then((m) => ({ default: m.MembershipsRoute })));
const SetPasswordRoute = lazy(() => import('../features/admin/routes/set-password-route').then((m) => ({ default: m.SetPasswordRoute })));
// Own data (issue 15): uploads and the indicator editor.
const OwnDataRoute = lazy(() => import('../features/own-data/routes/own-data-route').then((m) => ({ default: m.OwnDataRoute })));
const IndicatorRoute = lazy(() => import('../features/own-data/routes/indicator-route').then((m) => ({ default: m.IndicatorRoute })));

export function App() {
  return (
    <SessionProvider>
      <Frame />
    </SessionProvider>
  );
}

function section(pathname: string): 'profile' | 'collaborations' | 'outcomes' | 'own-outcomes' | 'audit' | 'quality' | 'my-actions' | 'admin' | 'own-data' | 'other' {
  if (pathname.startsWith('/beheer')) return 'admin';
  if (pathname.startsWith('/eigen-cijfers')) return 'own-data';
  if (pathname === '/regio' || pathname.startsWith('/regio/')) return 'profile';
  if (pathname.startsWith('/samenwerkingen')) return 'collaborations';
  if (pathname.startsWith('/uitkomsten/gemeente')) return 'outcomes';
  if (pathname.startsWith('/uitkomsten/aanbieder')) return 'own-outcomes';
  if (pathname.startsWith('/audit')) return 'audit';
  if (pathname.startsWith('/kwaliteit')) return 'quality';
  if (pathname.startsWith('/mijn-acties')) return 'my-actions';
  return 'other';
}

function Frame() {
  const location = useLocation();
  const session = useSignedIn();
  const current = section(location.pathname);
  const collaborationMatch = /^\/samenwerkingen\/([^/]+)/.exec(location.pathname);
  const collaborationId = collaborationMatch ? decodeURIComponent(collaborationMatch[1]) : null;
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(location.pathname);

  useEffect(() => {
    if (previous.current === location.pathname) return;
    const fromHome = previous.current === '/regio' && location.pathname.startsWith('/regio/');
    previous.current = location.pathname;
    // /regio forwards to the first municipality: that is still the first page, no focus move.
    if (fromHome) return;
    // Wait for the new page to render (it may load lazily), then focus its h1, else main.
    let tries = 0;
    const timer = window.setInterval(() => {
      const main = mainRef.current;
      const heading = main?.querySelector<HTMLElement>('h1');
      tries += 1;
      if (heading || tries > 20) {
        window.clearInterval(timer);
        if (heading) {
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        } else main?.focus();
      }
    }, 50);
    return () => window.clearInterval(timer);
  }, [location.pathname]);

  return (
    <div className="kompas-page">
      <SkipLink href="#inhoud" className="kompas-skiplink">
        Direct naar de inhoud
      </SkipLink>
      <header className="kompas-header">
        <div className="kompas-topbar">
          <div className="kompas-topbar__inner">
            <UserMenu />
          </div>
        </div>
        <div className="kompas-header__inner">
          <a className="kompas-logo" href="/">
            <span className="kompas-logo__mark" aria-hidden="true">
              K
            </span>
            <span className="kompas-logo__text">
              <span className="kompas-logo__name">Kompas</span>
              <span className="kompas-logo__tagline">Kwaliteitskompas jeugd</span>
            </span>
          </a>
          <nav className="kompas-mainnav" aria-label="Hoofdmenu">
            <ul>
              <li>
                <AppLink href="/regio" aria-current={current === 'profile' ? 'page' : undefined}>
                  Staat van de jeugd
                </AppLink>
              </li>
              {session && (
                <li>
                  <AppLink href="/samenwerkingen" aria-current={current === 'collaborations' ? 'page' : undefined}>
                    Samenwerkingen
                  </AppLink>
                </li>
              )}
              {session && (isPlatformAdmin(session) || session.organisation.kind === 'municipality') && (
                <li>
                  <AppLink href="/uitkomsten/gemeente" aria-current={current === 'outcomes' ? 'page' : undefined}>
                    Uitkomsten
                  </AppLink>
                </li>
              )}
              {session?.organisation.kind === 'provider' && (
                <li>
                  <AppLink href="/uitkomsten/aanbieder" aria-current={current === 'own-outcomes' ? 'page' : undefined}>
                    Onze uitkomsten
                  </AppLink>
                </li>
              )}
              {session?.organisation.kind === 'provider' && (
                <li>
                  <AppLink href={`/kwaliteit/${encodeURIComponent(session.organisation.id)}`} aria-current={current === 'quality' ? 'page' : undefined}>
                    Onze kwaliteit
                  </AppLink>
                </li>
              )}
              {session && (isPlatformAdmin(session) || session.organisation.kind === 'municipality') && (
                <li>
                  <AppLink href="/eigen-cijfers" aria-current={current === 'own-data' ? 'page' : undefined}>
                    Eigen cijfers
                  </AppLink>
                </li>
              )}
              {isPlatformAdmin(session) && (
                <li>
                  <AppLink href="/audit" aria-current={current === 'audit' ? 'page' : undefined}>
                    Auditlog
                  </AppLink>
                </li>
              )}
              {isPlatformAdmin(session) && (
                <li>
                  <AppLink href="/beheer/organisaties" aria-current={current === 'admin' ? 'page' : undefined}>
                    Beheer
                  </AppLink>
                </li>
              )}
              {session && (
                <li>
                  <AppLink href="/mijn-acties" aria-current={current === 'my-actions' ? 'page' : undefined}>
                    Mijn acties
                  </AppLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" className="kompas-main" tabIndex={-1} ref={mainRef}>
        {session && collaborationId && <ExampleBanner key={collaborationId} collaborationId={collaborationId} />}
        <Suspense fallback={<Loading what="Pagina" />}>
          <Routes />
        </Suspense>
      </main>
      <footer className="kompas-footer">
        <div className="kompas-footer__inner">
          <Paragraph>
            Kompas ondersteunt gemeenten en partners bij het werken met het Kwaliteitskompas van het NJi. Cijfers zijn
            bedoeld voor het gesprek over de jeugd, niet om gebieden of aanbieders te rangschikken.
          </Paragraph>
          <Paragraph>
            Bronnen: CBS StatLine en eigen gegevens van de gemeente. <Link href="/">Naar het begin</Link>
          </Paragraph>
        </div>
      </footer>
    </div>
  );
}

function Routes() {
  const location = useLocation();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const match = /^\/regio\/([A-Za-z0-9]+)$/.exec(path);
  if (match) return <ProfileRoute code={match[1].toUpperCase()} indicator={location.search.get('indicator')} />;
  if (path === '/' || path === '/index.html') return <StartRoute />;
  // The youth profile's entry: forwards to the first municipality.
  if (path === '/regio') return <HomeRoute />;
  if (path === '/inloggen') {
    return <SignInRoute returnTo={location.search.get('terug')} signedOut={location.search.get('uitgelogd') === '1'} />;
  }
  if (path === '/samenwerkingen') return <RequireSession>{() => <CollaborationsRoute />}</RequireSession>;
  let m = /^\/samenwerkingen\/([^/]+)$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    return <RequireSession>{() => <CollaborationRoute key={id} id={id} />}</RequireSession>;
  }
  m = /^\/samenwerkingen\/([^/]+)\/evaluaties$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    return <RequireSession>{() => <EvaluationsRoute key={id} collaborationId={id} />}</RequireSession>;
  }
  m = /^\/samenwerkingen\/([^/]+)\/evaluaties\/([^/]+)$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    const round = decodeURIComponent(m[2]);
    return <RequireSession>{() => <RoundRoute key={`${id}/${round}`} collaborationId={id} roundId={round} />}</RequireSession>;
  }
  m = /^\/samenwerkingen\/([^/]+)\/(ambities|resultaten|signalen)(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    const sub = m[3] ? decodeURIComponent(m[3]) : null;
    if (m[2] === 'ambities' && !sub) return <RequireSession>{() => <AmbitionsRoute key={id} collaborationId={id} />}</RequireSession>;
    if (m[2] === 'ambities' && sub) return <RequireSession>{() => <AmbitionRoute key={`${id}/${sub}`} collaborationId={id} ambitionId={sub} />}</RequireSession>;
    if (m[2] === 'resultaten' && !sub) return <RequireSession>{() => <DashboardRoute key={id} collaborationId={id} />}</RequireSession>;
    if (m[2] === 'resultaten' && sub) {
      const region = location.search.get('region');
      return <RequireSession>{() => <ResultRoute key={`${id}/${sub}/${region ?? ''}`} collaborationId={id} resultId={sub} region={region} />}</RequireSession>;
    }
    if (m[2] === 'signalen' && !sub) return <RequireSession>{() => <SignalsRoute key={id} collaborationId={id} />}</RequireSession>;
  }
  m = /^\/samenwerkingen\/([^/]+)\/(activiteiten|aanbod)$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    if (m[2] === 'activiteiten') return <RequireSession>{(session) => <ActivitiesRoute key={id} collaborationId={id} session={session} />}</RequireSession>;
    return <RequireSession>{() => <PortfolioRoute key={id} collaborationId={id} />}</RequireSession>;
  }
  m = /^\/samenwerkingen\/([^/]+)\/veranderverhaal$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    return <RequireSession>{() => <TheoryRoute key={id} collaborationId={id} />}</RequireSession>;
  }
  if (path === '/uitkomsten/aanbieder') return <RequireSession>{(session) => <ProviderOutcomesRoute session={session} />}</RequireSession>;
  if (path === '/uitkomsten/gemeente') return <RequireSession>{(session) => <MunicipalityOutcomesRoute code={null} session={session} />}</RequireSession>;
  m = /^\/uitkomsten\/gemeente\/([^/]+)$/.exec(path);
  if (m) {
    const code = decodeURIComponent(m[1]).toUpperCase();
    return <RequireSession>{(session) => <MunicipalityOutcomesRoute key={code} code={code} session={session} />}</RequireSession>;
  }
  if (path === '/eigen-cijfers') return <RequireSession>{(session) => <OwnDataRoute session={session} />}</RequireSession>;
  m = /^\/eigen-cijfers\/indicatoren\/([^/]+)$/.exec(path);
  if (m) {
    const key = decodeURIComponent(m[1]);
    return <RequireSession>{() => <IndicatorRoute key={key} indicatorKey={key} />}</RequireSession>;
  }
  if (path === '/audit') return <RequireSession adminOnly>{() => <AuditRoute />}</RequireSession>;
  // Block 4, provider side.
  m = /^\/kwaliteit\/([^/]+)$/.exec(path);
  if (m) {
    const org = decodeURIComponent(m[1]);
    return <RequireSession>{() => <ProviderQualityRoute key={org} orgId={org} />}</RequireSession>;
  }
  m = /^\/samenwerkingen\/([^/]+)\/(percelen|effectiviteit)(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    const sub = m[3] ? decodeURIComponent(m[3]) : null;
    if (m[2] === 'percelen' && !sub) return <RequireSession>{() => <LotsRoute key={id} collaborationId={id} />}</RequireSession>;
    if (m[2] === 'percelen' && sub) return <RequireSession>{() => <LotRoute key={`${id}/${sub}`} collaborationId={id} lotId={sub} />}</RequireSession>;
    if (!sub) return <RequireSession>{() => <EffectivenessRoute key={id} collaborationId={id} />}</RequireSession>;
    return <RequireSession>{(session) => <ConversationRoute key={`${id}/${sub}`} collaborationId={id} orgId={sub} session={session} />}</RequireSession>;
  }
  // Block 6: improvement actions.
  m = /^\/samenwerkingen\/([^/]+)\/verbeteracties$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    return <RequireSession>{(session) => <ActionsRoute key={id} collaborationId={id} session={session} />}</RequireSession>;
  }
  if (path === '/mijn-acties') return <RequireSession>{() => <MyActionsRoute />}</RequireSession>;
  // Block 6: the quality dialogue.
  m = /^\/samenwerkingen\/([^/]+)\/kwaliteitsdialoog(?:\/([^/]+))?$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]);
    const dialogueId = m[2] ? decodeURIComponent(m[2]) : null;
    if (!dialogueId) return <RequireSession>{() => <DialoguesRoute key={id} collaborationId={id} />}</RequireSession>;
    return <RequireSession>{() => <DialogueRoute key={`${id}/${dialogueId}`} collaborationId={id} dialogueId={dialogueId} />}</RequireSession>;
  }
  // Issue 15: administration (platform administrators) and the one-time password link (public).
  if (path === '/beheer' || path === '/beheer/organisaties') return <RequireSession adminOnly>{() => <OrganisationsAdminRoute />}</RequireSession>;
  if (path === '/beheer/personen') return <RequireSession adminOnly>{(session) => <PeopleAdminRoute session={session} />}</RequireSession>;
  if (path === '/beheer/lidmaatschappen') return <RequireSession adminOnly>{(session) => <MembershipsAdminRoute session={session} />}</RequireSession>;
  if (path === '/wachtwoord-instellen') return <SetPasswordRoute />;
  return (
    <>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>
        Deze pagina bestaat niet. <Link href="/">Ga naar het begin</Link>.
      </Paragraph>
    </>
  );
}
