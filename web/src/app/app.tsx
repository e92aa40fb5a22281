// The page frame (skip link, header, main, footer) and the routes.
import { Heading1, Link, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { HomeRoute } from '../features/youth-profile/routes/home-route';
import { ProfileRoute } from '../features/youth-profile/routes/profile-route';
import { useLocation } from '../lib/router';

export function App() {
  return (
    <div className="kompas-page">
      <SkipLink href="#inhoud" className="kompas-skiplink">
        Direct naar de inhoud
      </SkipLink>
      <header className="kompas-header">
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
                <a href="/" aria-current="page">
                  Staat van de jeugd
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" className="kompas-main" tabIndex={-1}>
        <Routes />
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
  const match = /^\/regio\/([A-Za-z0-9]+)\/?$/.exec(location.pathname);
  if (match) return <ProfileRoute code={match[1].toUpperCase()} indicator={location.search.get('indicator')} />;
  if (location.pathname === '/' || location.pathname === '/index.html') return <HomeRoute />;
  return (
    <>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>
        Deze pagina bestaat niet. <Link href="/">Ga naar de staat van de jeugd</Link>.
      </Paragraph>
    </>
  );
}
