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
import type { Count, Mean, Reentry, Share } from '../types';

export function SuppressedCell() {
  return (
    <td className="kompas-num kompas-suppressed" aria-label={suppressionLabel()} data-testid="suppressed-cell">
      <abbr title={SUPPRESSION_TITLE}>{SUPPRESSION_SYMBOL}</abbr>
    </td>
  );
}

export function CountCell({ count }: { count: Count }) {
  if (count.suppressed) return <SuppressedCell />;
  return <td className="kompas-num">{countText(count) ?? '–'}</td>;
}

export function MeanCell({ mean }: { mean: Mean }) {
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
export function ShareFigure({ share }: { share: Share }) {
  if (share.count_suppressed) {
    return (
      <>
        {share.n !== null && <span className="kompas-figure-main">n = {formatCount(share.n)}</span>}{' '}
        <span className="kompas-small-numerator__mark">aandeel verborgen</span>
      </>
    );
  }
  if (share.n === null || share.n === 0 || share.count === null || share.share === null) {
    return <span className="kompas-unknown">geen trajecten</span>;
  }
  return (
    <>
      <span className="kompas-figure-main">{formatPercent(share.share)}</span>{' '}
      <span className="kompas-figure-count">
        ({formatCount(share.count)} van {formatCount(share.n)})
      </span>{' '}
      {share.interval && <span className="kompas-figure-sub">{formatInterval(share.interval)}</span>}
    </>
  );
}

export function ShareCell({ share }: { share: Share | Reentry }) {
  if (share.suppressed) return <SuppressedCell />;
  const note = 'incomplete' in share ? reentryNote(share) : null;
  const small = share.count_suppressed;
  return (
    <td
      className={small ? 'kompas-num kompas-share kompas-small-numerator' : 'kompas-num kompas-share'}
      data-incomplete={note ? 'true' : undefined}
      data-testid={small ? 'small-numerator-cell' : undefined}
      aria-label={small ? `${smallNumeratorLabel(share.n)}${note ? `; ${note}` : ''}` : undefined}
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
