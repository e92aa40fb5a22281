// The three administration pages, reachable from each other.
import { AppLink } from '../../../components/app-link';

const PAGES = [
  { href: '/beheer/organisaties', label: 'Organisaties' },
  { href: '/beheer/personen', label: 'Personen' },
  { href: '/beheer/lidmaatschappen', label: 'Lidmaatschappen' },
];

export function AdminNav({ current }: { current: string }) {
  return (
    <nav className="kompas-admin-nav" aria-label="Beheer">
      <ul>
        {PAGES.map((p) => (
          <li key={p.href}>
            <AppLink href={p.href} aria-current={p.href === current ? 'page' : undefined}>
              {p.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
