// One indicator of the youth profile: the latest figure, its change and its comparisons.
import { Button, Heading3, StatusBadge } from '@utrecht/component-library-react';
import { describeChange, formatObservation, formatPeriod, formatValue, statusNote } from '../../../lib/format';
import type { Observation, ProfileEntry, Region } from '../../../types/api';

const COUNTRY = 'NL01';

interface IndicatorCardProps {
  entry: ProfileEntry;
  region: Region;
  parentRegion: Region | null;
  selected: boolean;
  detailId: string;
  onSelect: () => void;
  /** False when the installation has no national figures at all: the profile says so once (issue 15). */
  showCountry?: boolean;
  /** Issue 15: the value of the group of similar municipalities, with how it came about. */
  group?: { label: string; value: number | null; note: string } | null;
}

export function IndicatorCard({ entry, region, parentRegion, selected, detailId, onSelect, showCountry = true, group = null }: IndicatorCardProps) {
  const { indicator, latest } = entry;
  const headingId = `kaart-${indicator.key}`;
  const known = latest.value !== null;
  const note = statusNote(latest.status);
  const change = describeChange(entry.change, entry.previous, indicator);
  const comparisons: { label: string; observation: Observation | null }[] = [];
  // Nearest level (issue 15): the figure is the district's or municipality's; comparing it with
  // that same region would compare it with itself.
  const from = entry.from_region;
  if (parentRegion && parentRegion.code !== from?.code) comparisons.push({ label: parentRegion.name, observation: entry.parent });
  if (showCountry && region.code !== COUNTRY && parentRegion?.code !== COUNTRY) comparisons.push({ label: 'Nederland', observation: entry.country });

  const groupValue = group ? (group.value !== null ? formatValue(group.value, indicator) : 'niet bekend') : null;

  return (
    <article
      className={`kompas-card${selected ? ' kompas-card--selected' : ''}`}
      aria-labelledby={headingId}
      data-indicator={indicator.key}
    >
      <Heading3 id={headingId} className="kompas-card__title">
        {indicator.title}
      </Heading3>
      <p className="kompas-card__figure">
        <span className={known ? 'kompas-card__value' : 'kompas-card__value kompas-card__value--unknown'}>
          {formatObservation(latest, indicator)}
        </span>
        {note && <StatusBadge className="kompas-badge">{note}</StatusBadge>}
      </p>
      <p className="kompas-card__period">
        {from ? from.name : region.name}, {formatPeriod(latest.period)}
      </p>
      {entry.nearest_level_note && (
        <p className="kompas-card__nearest" data-testid="nearest-level-note">
          {entry.nearest_level_note}
        </p>
      )}
      <p className={`kompas-card__change kompas-card__change--${change.kind}`}>
        {change.arrow && (
          <span className="kompas-card__arrow" aria-hidden="true">
            {change.arrow}{' '}
          </span>
        )}
        {change.text}
      </p>
      {group && (
        <div className="kompas-card__group" data-testid="card-group">
          <dl className="kompas-card__compare">
            <div className="kompas-card__compare-row">
              <dt>{group.label}:</dt>
              <dd data-testid="card-group-value">{groupValue}</dd>
            </div>
          </dl>
          <p className="kompas-card__group-note">{group.note}</p>
        </div>
      )}
      {comparisons.length > 0 && (
        <dl className="kompas-card__compare">
          {comparisons.map(({ label, observation }) => (
            <div key={label} className="kompas-card__compare-row">
              <dt>{label}:</dt>
              <dd>{observation && observation.value !== null ? formatObservation(observation, indicator) : 'niet bekend'}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="kompas-card__action">
        <Button
          appearance={selected ? 'primary-action-button' : 'secondary-action-button'}
          aria-expanded={selected}
          aria-controls={detailId}
          onClick={onSelect}
        >
          {selected ? 'Verberg verloop' : 'Bekijk verloop'}
          <span className="kompas-visually-hidden"> voor {indicator.title}</span>
        </Button>
      </div>
    </article>
  );
}
