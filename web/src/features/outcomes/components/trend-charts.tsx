// The course of each share over the periods for one form of help: a line with the 95 % Wilson
// interval as a band, gaps where a figure is hidden (suppressed, or only its n shown), open dots
// where it is provisional; under every chart the same figures as a table.
import { useMemo, useState } from 'react';
import { FormField, FormLabel, Heading3, Select, SelectOption } from '@utrecht/component-library-react';
import { Chart, chartColors, type ChartOption } from '../../../components/chart';
import { formatNumber } from '../../../lib/format';
import { INDICATOR_DEFINITIONS, INDICATOR_LABELS, periodLabel, shareHidden, shareWithInterval, smallNumeratorText } from '../format';
import { ALL, byPeriod, groupByHelpForm } from '../rows';
import type { FunnelIndicator, OutcomeRow, ReentryFigure, ShareFigure } from '../types';
import { ShareCell } from './cells';

const INDICATORS: FunnelIndicator[] = ['planned', 'without_help', 'no_reentry'];

export interface TrendPoint {
  period: string;
  label: string;
  share: ShareFigure | ReentryFigure;
}

export function trendPoints(rows: readonly OutcomeRow[], helpForm: string, indicator: FunnelIndicator): TrendPoint[] {
  return byPeriod(rows.filter((r) => r.help_form === helpForm)).map((r) => ({ period: r.period, label: periodLabel(r.period), share: r[indicator] }));
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 1000) / 10);
const isIncomplete = (s: ShareFigure | ReentryFigure) => 'incomplete' in s && s.incomplete;

export function trendSummary(points: TrendPoint[], indicator: FunnelIndicator, where: string): string {
  const known = points.filter((p) => p.share.share !== null && !shareHidden(p.share));
  const head = `Lijngrafiek van ${INDICATOR_LABELS[indicator].toLowerCase()} per periode, ${where}`;
  if (known.length === 0) return `${head}: geen cijfers die getoond mogen worden.`;
  const first = known[0];
  const last = known[known.length - 1];
  return (
    `${head}, van ${shareWithInterval(first.share)} in ${first.label} tot ${shareWithInterval(last.share)} in ${last.label}. ` +
    'Dezelfde cijfers staan in de tabel bij de grafiek.'
  );
}

function ShareTrend({ points, indicator, where, idPrefix }: { points: TrendPoint[]; indicator: FunnelIndicator; where: string; idPrefix: string }) {
  const option = useMemo<ChartOption>(() => {
    const shown = points.map((p) => (shareHidden(p.share) ? null : p.share));
    return {
      grid: { left: 16, right: 24, top: 40, bottom: 32, containLabel: true },
      legend: { top: 0, left: 0, data: ['Aandeel', '95 %-interval'] },
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const list = Array.isArray(params) ? params : [params];
          const index = (list[0] as { dataIndex?: number })?.dataIndex ?? 0;
          const p = points[index];
          if (!p) return '';
          const text = p.share.suppressed ? 'verborgen (onderdrukt)' : p.share.numerator_suppressed ? smallNumeratorText(p.share.denominator) : shareWithInterval(p.share) ?? '';
          return `${p.label}<br/>${text}${isIncomplete(p.share) ? '<br/>voorlopig' : ''}`;
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false, axisLabel: { fontSize: 13, color: chartColors.text } },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { fontSize: 13, formatter: (v: number) => `${formatNumber(v, 0)} %`, color: chartColors.text },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      series: [
        {
          name: 'ondergrens',
          type: 'line',
          stack: 'interval',
          data: shown.map((s) => pct(s?.interval?.lower)),
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        },
        {
          name: '95 %-interval',
          type: 'line',
          stack: 'interval',
          data: shown.map((s) => (s?.interval ? pct(s.interval.upper - s.interval.lower) : null)),
          lineStyle: { opacity: 0 },
          areaStyle: { color: '#c9d6ea' },
          itemStyle: { color: '#c9d6ea' },
          symbol: 'none',
          silent: true,
        },
        {
          name: 'Aandeel',
          type: 'line',
          connectNulls: false,
          data: points.map((p, i) => {
            const s = shown[i];
            if (!s || s.share === null) return null;
            // Provisional figures get an open dot.
            return isIncomplete(p.share)
              ? { value: pct(s.share), symbol: 'emptyCircle', symbolSize: 10, itemStyle: { color: '#ffffff', borderColor: chartColors.region, borderWidth: 2 } }
              : { value: pct(s.share) };
          }),
          lineStyle: { width: 3, color: chartColors.region },
          itemStyle: { color: chartColors.region },
          symbol: 'circle',
          symbolSize: 8,
        },
      ],
    };
  }, [points]);

  const headingId = `${idPrefix}-trend-${indicator}`;
  const anyProvisional = points.some((p) => isIncomplete(p.share) && !shareHidden(p.share));
  return (
    <section className="kompas-figure kompas-outcomes-trend" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{INDICATOR_LABELS[indicator]}</Heading3>
      <p className="kompas-note">
        {INDICATOR_DEFINITIONS[indicator][0].toUpperCase() + INDICATOR_DEFINITIONS[indicator].slice(1)}. De band is het 95 %-interval
        {anyProvisional ? '; een open punt is voorlopig' : ''}.
      </p>
      <div className="kompas-outcomes-trend__body">
        {points.some((p) => !shareHidden(p.share) && p.share.share !== null) ? (
          <Chart option={option} label={trendSummary(points, indicator, where)} height={260} testId={`trend-chart-${indicator}`} />
        ) : (
          <p className="kompas-outcomes-nochart" data-testid={`trend-empty-${indicator}`}>
            Geen lijn te tekenen: in geen enkele periode is er een aandeel dat getoond mag worden (te weinig trajecten, of het aandeel is verborgen).
          </p>
        )}
        <div className="kompas-table-wrap">
          <table className="kompas-table kompas-table--compact" data-testid={`trend-table-${indicator}`}>
            <caption>
              {INDICATOR_LABELS[indicator]} per periode, {where}
            </caption>
            <thead>
              <tr>
                <th scope="col">Periode</th>
                <th scope="col" className="kompas-num">
                  Aandeel (aantal van n, 95 %-BI)
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.label}</th>
                  <ShareCell share={p.share} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

export function TrendCharts({ rows, where, idPrefix }: { rows: OutcomeRow[]; where: string; idPrefix: string }) {
  const groups = useMemo(() => groupByHelpForm(rows), [rows]);
  const [chosen, setChosen] = useState(ALL);
  const helpForm = groups.some((g) => g.helpForm === chosen) ? chosen : groups[0]?.helpForm ?? ALL;
  const label = groups.find((g) => g.helpForm === helpForm)?.label ?? '';
  const series = useMemo(() => INDICATORS.map((indicator) => trendPoints(rows, helpForm, indicator)), [rows, helpForm]);
  if (groups.length === 0) return null;
  const selectId = `${idPrefix}-trend-hulpvorm`;
  const context = `${label.toLowerCase()}, ${where}`;
  return (
    <>
      <FormField type="select" className="kompas-outcomes-picker">
        <FormLabel htmlFor={selectId}>Hulpvorm</FormLabel>
        <Select id={selectId} value={helpForm} onChange={(e) => setChosen(e.target.value)}>
          {groups.map((g) => (
            <SelectOption key={g.helpForm} value={g.helpForm}>
              {g.label}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <div className="kompas-outcomes-trends">
        {INDICATORS.map((indicator, i) => (
          <ShareTrend key={indicator} points={series[i]} indicator={indicator} where={context} idPrefix={idPrefix} />
        ))}
      </div>
    </>
  );
}
