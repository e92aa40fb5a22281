// Signals: the story behind the figures, newest first.
import { formatDate } from '../../../lib/dates';
import type { Signal } from '../../../types/api';
import { sourceLabel } from '../progress';

export function SignalList({ signals, empty = 'Er zijn nog geen signalen.' }: { signals: Signal[]; empty?: string }) {
  if (signals.length === 0) return <p className="kompas-note">{empty}</p>;
  return (
    <ul className="kompas-signals" data-testid="signal-list">
      {signals.map((s) => (
        <li key={s.id} className="kompas-signal">
          <p className="kompas-signal__text">{s.text}</p>
          <p className="kompas-signal__meta">
            {formatDate(s.date)} · bron: {sourceLabel(s.source)}
            {s.source_detail ? ` (${s.source_detail})` : ''}
            {s.region ? ` · gebied: ${s.region}` : ''}
            {s.theme ? ` · thema: ${s.theme}` : ''} · vastgelegd door {s.created_by}
          </p>
        </li>
      ))}
    </ul>
  );
}
