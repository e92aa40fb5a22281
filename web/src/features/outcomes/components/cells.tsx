// Table cells for outcome figures. A suppressed figure shows "<10" (fewer than 10 trajectories) or
// "–" (hidden so another hidden figure cannot be computed back), with the reason as tooltip and as
// the cell's accessible name; a share shows percentage, count and n, and its 95 % interval.
import { formatNumber } from '../../../lib/format';
import { formatInterval, formatPercent, formatCount, meanText, reentryNote, SUPPRESSION_SYMBOL, suppressionLabel, suppressionTitle, countText } from '../format';
import type { Count, Mean, Reentry, Share, Suppression } from '../types';

export function SuppressedCell({ kind }: { kind: Suppression }) {
  return (
    <td className="kompas-num kompas-suppressed" aria-label={suppressionLabel(kind)} data-suppressed={kind} data-testid="suppressed-cell">
      <abbr title={suppressionTitle(kind)}>{SUPPRESSION_SYMBOL[kind]}</abbr>
    </td>
  );
}

export function CountCell({ count }: { count: Count }) {
  if (count.suppressed) return <SuppressedCell kind={count.suppressed} />;
  return <td className="kompas-num">{countText(count) ?? '–'}</td>;
}

export function MeanCell({ mean }: { mean: Mean }) {
  if (mean.suppressed) return <SuppressedCell kind={mean.suppressed} />;
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
  if (share.suppressed) return <SuppressedCell kind={share.suppressed} />;
  const note = 'incomplete' in share ? reentryNote(share) : null;
  return (
    <td className="kompas-num kompas-share" data-incomplete={note ? 'true' : undefined}>
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
