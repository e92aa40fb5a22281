// Table cells for outcome figures. A hidden figure shows one marker ("x", never a number and never
// a reason: the API does not say why, because a reason would bound the hidden value). A share whose
// count is too small shows its n and says the share is hidden. Otherwise a share shows percentage,
// count and n, and its 95 % interval.
import { formatNumber } from '../../../lib/format';
import {
  countText,
  formatCount,
  formatInterval,
  formatPercent,
  meanText,
  reentryNote,
  smallNumeratorLabel,
  SUPPRESSION_SYMBOL,
  SUPPRESSION_TITLE,
  suppressionLabel,
} from '../format';
import type { CountFigure, MeanFigure, ReentryFigure, ShareFigure } from '../types';

export function SuppressedCell() {
  return (
    <td className="kompas-num kompas-suppressed" aria-label={suppressionLabel()} data-testid="suppressed-cell">
      <abbr title={SUPPRESSION_TITLE}>{SUPPRESSION_SYMBOL}</abbr>
    </td>
  );
}

export function CountCell({ count }: { count: CountFigure }) {
  if (count.suppressed) return <SuppressedCell />;
  return <td className="kompas-num">{countText(count) ?? '–'}</td>;
}

export function MeanCell({ mean }: { mean: MeanFigure }) {
  if (mean.suppressed) return <SuppressedCell />;
  const empty = mean.mean === null || !mean.n;
  return (
    <td className={empty ? 'kompas-num kompas-unknown' : 'kompas-num'}>
      {empty ? (
        meanText(mean)
      ) : (
        <>
          <span className="kompas-figure-main">{formatNumber(mean.mean ?? 0, 1)}</span>{' '}
          <span className="kompas-figure-sub">(n = {formatCount(mean.n ?? 0)})</span>
        </>
      )}
    </td>
  );
}

/** The inside of a share cell, also used outside tables. */
export function ShareFigure({ share }: { share: ShareFigure }) {
  if (share.numerator_suppressed) {
    return (
      <>
        {share.denominator !== null && <span className="kompas-figure-main">n = {formatCount(share.denominator)}</span>}{' '}
        <span className="kompas-small-numerator__mark">aandeel verborgen</span>
      </>
    );
  }
  if (share.denominator === null || share.denominator === 0 || share.numerator === null || share.share === null) {
    return <span className="kompas-unknown">geen trajecten</span>;
  }
  return (
    <>
      <span className="kompas-figure-main">{formatPercent(share.share)}</span>{' '}
      <span className="kompas-figure-count">
        ({formatCount(share.numerator)} van {formatCount(share.denominator)})
      </span>{' '}
      {share.interval && <span className="kompas-figure-sub">{formatInterval(share.interval)}</span>}
    </>
  );
}

export function ShareCell({ share }: { share: ShareFigure | ReentryFigure }) {
  if (share.suppressed) return <SuppressedCell />;
  const note = 'incomplete' in share ? reentryNote(share) : null;
  const small = share.numerator_suppressed;
  return (
    <td
      className={small ? 'kompas-num kompas-share kompas-small-numerator' : 'kompas-num kompas-share'}
      data-incomplete={note ? 'true' : undefined}
      data-testid={small ? 'small-numerator-cell' : undefined}
      aria-label={small ? `${smallNumeratorLabel(share.denominator)}${note ? `; ${note}` : ''}` : undefined}
    >
      <ShareFigure share={share} />
      {note && (
        <>
          {' '}
          <span className="kompas-provisional" data-testid="provisional">
            {note}
          </span>
        </>
      )}
    </td>
  );
}
