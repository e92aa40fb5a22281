// Issue 15: the group of similar municipalities the cards compare with: named, with its members,
// and changeable (same urbanisation and size, one of the two, or municipalities picked by hand).
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import type { ApiState } from '../../../lib/use-api';
import type { SimilarComparison } from '../../../types/api';
import type { GroupMode } from '../api/similar';

const MODES: { mode: GroupMode; label: string }[] = [
  { mode: 'both', label: 'Zelfde stedelijkheid én grootte' },
  { mode: 'urbanisation', label: 'Alleen zelfde stedelijkheid' },
  { mode: 'size', label: 'Alleen zelfde grootte' },
  { mode: 'picked', label: 'Zelf gemeenten kiezen' },
];

interface SimilarGroupProps {
  similar: ApiState<SimilarComparison>;
  mode: GroupMode;
  picked: string[];
  onMode: (mode: GroupMode) => void;
  onPicked: (codes: string[]) => void;
}

export function SimilarGroup({ similar, mode, picked, onMode, onPicked }: SimilarGroupProps) {
  return (
    <section className="kompas-section kompas-similar" aria-labelledby="groep-titel" data-testid="similar-group">
      <Heading3 id="groep-titel">Vergelijken met soortgelijke gemeenten</Heading3>
      <fieldset className="kompas-similar__modes">
        <legend>Vergelijk met</legend>
        {MODES.map((option) => (
          <label key={option.mode} className="kompas-similar__mode">
            <input type="radio" name="groep" value={option.mode} checked={mode === option.mode} onChange={() => onMode(option.mode)} />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      {similar.status === 'error' && <LoadError error={similar.error} />}
      {similar.status === 'loading' && <Loading what="Vergelijkingsgroep" />}
      {similar.status === 'success' && <GroupText comparison={similar.data} />}
      {mode === 'picked' && similar.status === 'success' && (
        <Picker comparison={similar.data} picked={picked} onPicked={onPicked} />
      )}
    </section>
  );
}

function GroupText({ comparison }: { comparison: SimilarComparison }) {
  const { municipality, group } = comparison;
  const own = [municipality.size_class_name ? `heeft ${municipality.size_class_name.replace(/^met /, '')}` : null, municipality.urbanisation_name ? `is ${municipality.urbanisation_name}` : null]
    .filter(Boolean)
    .join(' en ');
  return (
    <div data-testid="similar-group-text">
      <Paragraph>
        {municipality.region.name} {own || 'heeft geen bekende stedelijkheid of grootte'} (CBS, Kerncijfers wijken en buurten). De kaarten
        vergelijken met <strong data-testid="similar-group-name">{group.name}</strong>:{' '}
        <span data-testid="similar-group-count">
          {group.members.length} {group.members.length === 1 ? 'gemeente' : 'gemeenten'}
        </span>
        {group.members.length > 0 && <> ({group.members.map((member) => member.name).join(', ')})</>}.
      </Paragraph>
      {!group.classes_known && (
        <Paragraph className="kompas-note" data-testid="similar-group-unknown">
          Voor {municipality.region.name} is de stedelijkheid of het aantal inwoners niet geladen, dus deze groep kan niet worden bepaald.
        </Paragraph>
      )}
      {group.classes_known && group.members.length === 0 && (
        <Paragraph className="kompas-note" data-testid="similar-group-empty">
          Er zijn in Kompas nog geen andere gemeenten van deze groep geladen. Een beheerder laadt ze onder Eigen cijfers met de CBS-download
          van Kerncijfers wijken en buurten voor heel Nederland.
        </Paragraph>
      )}
    </div>
  );
}

function Picker({ comparison, picked, onPicked }: { comparison: SimilarComparison; picked: string[]; onPicked: (codes: string[]) => void }) {
  if (comparison.candidates.length === 0) {
    return <Paragraph className="kompas-note">Er zijn geen andere gemeenten geladen om uit te kiezen.</Paragraph>;
  }
  const toggle = (code: string) => onPicked(picked.includes(code) ? picked.filter((c) => c !== code) : [...picked, code]);
  return (
    <fieldset className="kompas-similar__picker" data-testid="similar-picker">
      <legend>Kies gemeenten</legend>
      {comparison.candidates.map((candidate) => (
        <label key={candidate.region.code} className="kompas-similar__candidate">
          <input type="checkbox" checked={picked.includes(candidate.region.code)} onChange={() => toggle(candidate.region.code)} />{' '}
          {candidate.region.name}
          <span className="kompas-similar__classes">
            {' '}
            ({[candidate.size_class_name, candidate.urbanisation_name].filter(Boolean).join(', ') || 'klassen niet bekend'})
          </span>
        </label>
      ))}
    </fieldset>
  );
}
