import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  formatPercent,
  hiddenText,
  meanText,
  periodLabel,
  periodYear,
  positionLabel,
  reentryBasisText,
  reentryNote,
  shareHidden,
  shareText,
  shareWithInterval,
  smallNumeratorLabel,
  smallNumeratorRule,
  SUPPRESSION_SYMBOL,
  suppressionLabel,
  suppressionRule,
  countText,
} from './format';
import { count, hiddenCount, hiddenMean, hiddenShare, mean, reentry, share, smallShare } from './test-fixtures';

describe('outcome formatting', () => {
  it('writes a share with its count and n, and the Wilson interval in whole percentages', () => {
    const s = share(82, 120);
    expect(formatPercent(0.6833)).toBe('68 %');
    expect(shareText(s)).toBe('68 % (82 van 120)');
    expect(formatInterval({ lower: 0.5942, upper: 0.7555 })).toBe('95 %-BI 59–76 %');
    expect(shareWithInterval(s)).toMatch(/^68 % \(82 van 120\), 95 %-BI \d+–\d+ %$/);
    expect(shareText(share(1234, 2000))).toBe('62 % (1.234 van 2.000)');
  });

  it('says "geen trajecten" for n = 0 and gives nothing for a suppressed share', () => {
    expect(shareText(share(0, 0))).toBe('geen trajecten');
    expect(shareText(hiddenShare())).toBeNull();
    expect(shareWithInterval(hiddenShare())).toBeNull();
  });

  it('gives every hidden figure the same marker and label, without a reason', () => {
    expect(SUPPRESSION_SYMBOL).toBe('x');
    expect(suppressionLabel()).toBe('onderdrukt: cijfer verborgen');
    expect(suppressionLabel('Gestart')).toBe('Gestart: onderdrukt: cijfer verborgen');
    expect(countText(hiddenCount())).toBeNull();
    expect(countText(count(1234))).toBe('1.234');
    expect(meanText(hiddenMean())).toBeNull();
    // One rule text covers both ways a figure can be hidden, without saying which applies.
    expect(suppressionRule(10)).toBe(
      'een cijfer dat op minder dan 10 trajecten of metingen berust, of dat anders uit andere cijfers terug te rekenen zou zijn, ook door een aanbieder die zijn eigen deel kent',
    );
  });

  it('shows n but not the share when the count is too small', () => {
    const small = smallShare(12);
    expect(shareText(small)).toBe('n = 12, aandeel verborgen');
    expect(shareWithInterval(small)).toBe('n = 12, aandeel verborgen');
    expect(smallNumeratorLabel(12)).toBe('aandeel verborgen vanwege een klein aantal, n = 12');
    expect(shareHidden(small)).toBe(true);
    expect(shareHidden(hiddenShare())).toBe(true);
    expect(shareHidden(share(82, 120))).toBe(false);
    expect(smallNumeratorRule(5, 20)).toBe(
      'het aantal trajecten met of zonder deze uitkomst is 1 tot en met 4, of het aandeel is 0 % of 100 % van minder dan 20 trajecten, of het aandeel is verborgen om zo’n klein aantal te beschermen',
    );
  });

  it('says what re-entry rests on, for both bases', () => {
    expect(reentryBasisText('own_records')).toMatch(/alleen als de jongere binnen 12 maanden opnieuw bij uw organisatie start/);
    expect(reentryBasisText('own_records')).toMatch(/elders hulp kreeg, ziet u hier niet/);
    expect(reentryBasisText('all_providers')).toBe('Terugkeer telt bij elke aanbieder, in elke gemeente, binnen 12 maanden na een beëindiging volgens plan.');
  });

  it('writes a mean satisfaction with its n', () => {
    expect(meanText(mean(7.44, 31))).toBe('7,4 (n = 31)');
    expect(meanText({ mean: null, n: null, suppressed: false })).toBe('geen metingen');
  });

  it('marks a re-entry figure as provisional while 12 months have not passed', () => {
    expect(reentryNote(reentry(70, 82, true))).toBe('voorlopig: 12 maanden nog niet verstreken');
    expect(reentryNote(reentry(70, 82, false))).toBeNull();
  });

  it('names periods, funnel positions and the hidden providers in Dutch', () => {
    expect(periodLabel('2024')).toBe('2024');
    expect(periodLabel('2024-H1')).toBe('1e halfjaar 2024');
    expect(periodLabel('2025-H2')).toBe('2e halfjaar 2025');
    expect(periodYear('2025-H2')).toBe(2025);
    expect(positionLabel('within')).toBe('binnen de grenzen');
    expect(positionLabel('above_95')).toBe('boven 95 %-grens');
    expect(positionLabel('below_998')).toBe('onder 99,8 %-grens');
    expect(hiddenText(3)).toMatch(/^3 aanbieders niet getoond: te weinig trajecten, een te klein aantal/);
    expect(hiddenText(1)).toMatch(/^1 aanbieder niet getoond: te weinig trajecten, een te klein aantal/);
    expect(hiddenText(0)).toBeNull();
  });
});
