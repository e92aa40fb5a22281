import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  formatPercent,
  hiddenText,
  meanText,
  periodLabel,
  periodYear,
  positionLabel,
  reentryNote,
  shareText,
  shareWithInterval,
  SUPPRESSION_SYMBOL,
  suppressionLabel,
  suppressionTitle,
  countText,
} from './format';
import { count, hiddenCount, hiddenMean, hiddenShare, mean, reentry, share } from './test-fixtures';

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
    expect(shareText(hiddenShare('primary'))).toBeNull();
    expect(shareWithInterval(hiddenShare('complementary'))).toBeNull();
  });

  it('labels suppressed cells with the reason, for both kinds', () => {
    expect(SUPPRESSION_SYMBOL.primary).toBe('<10');
    expect(SUPPRESSION_SYMBOL.complementary).toBe('–');
    expect(suppressionLabel('primary')).toBe('onderdrukt: minder dan 10 trajecten');
    expect(suppressionLabel('complementary')).toBe('onderdrukt: verborgen zodat een ander verborgen getal niet terug te rekenen is');
    expect(suppressionTitle('primary')).toBe('Onderdrukt: minder dan 10 trajecten');
    expect(countText(hiddenCount('primary'))).toBeNull();
    expect(countText(count(1234))).toBe('1.234');
    expect(meanText(hiddenMean('primary'))).toBeNull();
  });

  it('writes a mean satisfaction with its n', () => {
    expect(meanText(mean(7.44, 31))).toBe('7,4 (n = 31)');
    expect(meanText({ mean: null, n: null, suppressed: null })).toBe('geen metingen');
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
    expect(hiddenText(3)).toMatch(/^3 aanbieders niet getoond: minder dan 10 trajecten, of verborgen/);
    expect(hiddenText(1)).toMatch(/^1 aanbieder niet getoond: minder dan 10 trajecten, of verborgen/);
    expect(hiddenText(0)).toBeNull();
  });
});
