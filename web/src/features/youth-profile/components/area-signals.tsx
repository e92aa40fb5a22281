// Issue 15: the signals of the caller's collaborations about this area, on its profile. Only
// fetched when signed in; the server lists only the collaborations the caller is a member of.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadError, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/dates';
import type { RegionDetail } from '../../../types/api';
import { signalsPath } from '../../results/api/results';
import { sourceLabel } from '../../results/progress';
import { useAreaSignals } from '../api/similar';

export function AreaSignals({ region }: { region: RegionDetail }) {
  const signals = useAreaSignals(region.code);
  return (
    <section className="kompas-section kompas-area-signals" aria-labelledby="signalen-titel" data-testid="area-signals">
      <Heading2 id="signalen-titel">Signalen uit uw samenwerkingen</Heading2>
      <Paragraph>
        Wat professionals, ouders, jongeren en partners opmerkten over {region.name}, vastgelegd in samenwerkingen waar u of uw organisatie
        aan meedoet. Alleen deelnemers van die samenwerkingen zien ze hier.
      </Paragraph>
      {signals.status === 'error' && <LoadError error={signals.error} />}
      {signals.status === 'loading' && <Loading what="Signalen" />}
      {signals.status === 'success' && signals.data.length === 0 && (
        <Paragraph data-testid="area-signals-none">Uw samenwerkingen hebben nog geen signalen over {region.name} vastgelegd.</Paragraph>
      )}
      {signals.status === 'success' && signals.data.length > 0 && (
        <ul className="kompas-area-signals__list">
          {signals.data.map((signal) => (
            <li key={signal.id} className="kompas-area-signals__item" data-testid="area-signal">
              <p className="kompas-area-signals__text">{signal.text}</p>
              <p className="kompas-area-signals__meta">
                {formatDate(signal.date)} · {sourceLabel(signal.source)}
                {signal.source_detail ? ` (${signal.source_detail})` : ''} · {signal.region !== region.code && signal.region ? `${signal.region} · ` : ''}
                <AppLink href={signalsPath(signal.collaboration_id)}>{signal.collaboration_name}</AppLink>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
