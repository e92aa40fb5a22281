// The start page (issue 15): what Kompas does, block by block of the Kwaliteitskompas, with a link
// to each part. Signed in, the links open the demo's example collaboration (when the user takes
// part in it); signed out, the youth profile is open to all and the rest asks to sign in.
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { useSignedIn } from '../../auth/api/session';
import { collaborationPath } from '../../../lib/collaboration';
import { useRegions } from '../../../lib/regions';
import { regionPath, signInPath } from '../../../lib/router';
import { useDocumentTitle } from '../../../lib/title';
import { useFresh } from '../../../lib/use-api';
import type { Collaboration } from '../../../types/api';

interface Block {
  code: string;
  title: string;
  text: string;
  /** Sub-paths of a collaboration, with their link text; '' is the collaboration itself. */
  parts: { sub: string; label: string }[];
  /** Blocks whose pages are not a collaboration's. */
  own?: 'profile' | 'outcomes';
}

const BLOCKS: Block[] = [
  {
    code: '0',
    title: 'Samenwerking',
    text: 'Gemeente, aanbieders, school, GGD, jongeren en ouders werken samen aan één maatschappelijke opgave. U legt vast wie coördineert, hoe u besluit en monitort, en u evalueert de samenwerking zelf op zes elementen.',
    parts: [
      { sub: '', label: 'Partners en afspraken' },
      { sub: '/evaluaties', label: 'Evaluatie van de samenwerking' },
    ],
  },
  {
    code: '1A',
    title: 'Staat van de jeugd',
    text: 'Hoe gaat het met kinderen en jongeren in uw gemeente, wijk en buurt, vergeleken met eerder en met de omgeving? Cijfers van het CBS en uw eigen bronnen; ontbreekt een cijfer op het gevraagde niveau, dan ziet u het dichtstbijzijnde niveau.',
    parts: [],
    own: 'profile',
  },
  {
    code: '1B en 2',
    title: 'Ambities en maatschappelijke resultaten',
    text: 'Een gedeelde ambitie wordt meetbaar met een indicator, een nulmeting en een streefwaarde. Kompas toont of u op koers ligt, met de onzekerheid van de cijfers, en legt signalen naast de cijfers.',
    parts: [
      { sub: '/ambities', label: 'Ambities' },
      { sub: '/resultaten', label: 'Resultaten en voortgang' },
      { sub: '/signalen', label: 'Signalen' },
    ],
  },
  {
    code: '3A',
    title: 'Veranderverhaal',
    text: 'Elke partner zegt hoe volgens hem activiteiten tot resultaten leiden. Kompas zet die veronderstellingen naast elkaar, met wat ze onderbouwt en welke vragen nog open zijn.',
    parts: [{ sub: '/veranderverhaal', label: 'Veranderverhaal' }],
  },
  {
    code: '3B',
    title: 'Activiteiten en aanbod',
    text: 'Wat partners doen, per echelon, met doelgroep, bereik en budget, en voor welk resultaat. De aanbodanalyse laat zien waar veel of weinig wordt ingezet en welk resultaat geen activiteit heeft.',
    parts: [
      { sub: '/activiteiten', label: 'Activiteiten' },
      { sub: '/aanbod', label: 'Aanbodanalyse' },
    ],
  },
  {
    code: '4',
    title: 'Kwaliteit van activiteiten',
    text: 'Hoe goed is elke activiteit onderbouwd, werken er geregistreerde professionals, en voldoet de aanbieder aan de eisen uit de inkoop? Onbekende kwaliteit mag, maar is zichtbaar en wordt gevolgd.',
    parts: [
      { sub: '/effectiviteit', label: 'Effectiviteitsvragen' },
      { sub: '/percelen', label: 'Percelen en kwaliteitseisen' },
    ],
  },
  {
    code: '5',
    title: 'Uitkomsten van jeugdhulp',
    text: 'Aanbieders lezen hun trajectgegevens in; Kompas berekent uitval, doelrealisatie en tevredenheid per aanbieder en product, met de aantallen en de onzekerheid erbij. Kleine aantallen blijven verborgen, zodat geen cliënt herkenbaar is.',
    parts: [],
    own: 'outcomes',
  },
  {
    code: '6',
    title: 'Samen leren en verbeteren',
    text: 'In een kwaliteitsdialoog bespreekt u cijfers met vier vragen: herkennen we dit, hoe verklaren we het, wat vinden we ervan, wat verbeteren we? Verbeteracties krijgen een eigenaar en een datum.',
    parts: [
      { sub: '/kwaliteitsdialoog', label: 'Kwaliteitsdialoog' },
      { sub: '/verbeteracties', label: 'Verbeteracties' },
    ],
  },
];

export function StartRoute() {
  useDocumentTitle('Start');
  const session = useSignedIn();
  const municipalities = useRegions({ level: 'municipality' });
  const first = municipalities.status === 'success' ? municipalities.data[0] : undefined;
  const collaborations = useFresh<Collaboration[]>(session ? '/api/collaborations' : null);
  const example = collaborations.status === 'success' ? collaborations.data.find((c) => c.example) : undefined;
  const profileHref = first ? regionPath(first.code) : '/regio';

  const partLink = (sub: string, label: string) => {
    if (!session) return <AppLink href={signInPath('/samenwerkingen')}>{label} (na inloggen)</AppLink>;
    if (!example) return <AppLink href="/samenwerkingen">{label} (in uw samenwerkingen)</AppLink>;
    return <AppLink href={`${collaborationPath(example.id)}${sub}`}>{label}</AppLink>;
  };

  const outcomesLink = !session ? (
    <AppLink href={signInPath('/uitkomsten/gemeente')}>Uitkomsten (na inloggen)</AppLink>
  ) : session.organisation.kind === 'provider' ? (
    <AppLink href="/uitkomsten/aanbieder">Onze uitkomsten</AppLink>
  ) : (
    <AppLink href="/uitkomsten/gemeente">Uitkomsten in de gemeente</AppLink>
  );

  return (
    <>
      <Heading1>Kompas: samen werken aan goede jeugdhulp</Heading1>
      <Paragraph className="kompas-lead">
        Kompas helpt gemeenten en hun partners om met het Kwaliteitskompas van het Nederlands Jeugdinstituut te werken: van
        de cijfers over de jeugd, via gedeelde ambities en activiteiten, naar een gesprek over wat werkt en wat beter kan.
        Cijfers zijn er voor dat gesprek, nooit om aanbieders te rangschikken of af te rekenen.
      </Paragraph>
      {session && example && (
        <Paragraph data-testid="start-example">
          Om de methode te laten zien staat er een uitgewerkt voorbeeld klaar:{' '}
          <AppLink href={collaborationPath(example.id)}>{example.name}</AppLink>. De CBS-cijfers daarin zijn echt; de
          partners, streefwaarden en antwoorden zijn verzonnen.
        </Paragraph>
      )}
      {!session && (
        <Paragraph data-testid="start-sign-in">
          De staat van de jeugd is voor iedereen open. Voor samenwerkingen, resultaten en uitkomsten{' '}
          <AppLink href={signInPath('/')}>logt u in</AppLink>.
        </Paragraph>
      )}
      <ol className="kompas-blocks" data-testid="start-blocks">
        {BLOCKS.map((block) => (
          <li key={block.code} className="kompas-block">
            <Heading2>
              <span className="kompas-block__code">{block.code}</span> {block.title}
            </Heading2>
            <Paragraph>{block.text}</Paragraph>
            <ul className="kompas-block__links">
              {block.own === 'profile' && (
                <li>
                  <AppLink href={profileHref}>Staat van de jeugd{first ? ` in ${first.name}` : ''}</AppLink>
                </li>
              )}
              {block.own === 'outcomes' && <li>{outcomesLink}</li>}
              {block.parts.map((part) => (
                <li key={part.sub}>{partLink(part.sub, part.label)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
