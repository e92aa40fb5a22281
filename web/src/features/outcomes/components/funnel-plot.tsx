// The funnel plot: each provider's share against its number of trajectories, with the centre line
// and the 95 % and 99.8 % limits of chance around it. The points are also in a table (in
// provider-code order), with their position in words. A funnel is not a ranking.
import { useMemo, useState } from 'react';
import { FormField, FormLabel, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart, type LineSeriesOption, type ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import { Chart, chartColors, type ChartOption } from '../../../components/chart';
import { LoadError, Loading } from '../../../components/status';
import { formatNumber } from '../../../lib/format';
import { useFunnel } from '../api/outcomes';
import { formatCount, formatInterval, formatPercent, hiddenText, INDICATOR_DEFINITIONS, INDICATOR_LABELS } from '../format';
import { funnelSummary, prepareFunnel, type PreparedFunnel } from '../funnel';
import type { Funnel, FunnelIndicator } from '../types';
import { UpdatingNote } from './legends';

// The shared chart registers lines and bars; the funnel needs scatter points as well.
echarts.use([ScatterChart, LineChart]);

type FunnelOption = echarts.ComposeOption<ScatterSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption>;

const INDICATORS: FunnelIndicator[] = ['planned', 'without_help', 'no_reentry'];

const OWN_COLOUR = '#000000';

export function funnelOption(prepared: PreparedFunnel): FunnelOption {
  const limitLine = (name: string, data: [number, number][], dashed: boolean): LineSeriesOption => ({
    name,
    type: 'line',
    data,
    symbol: 'none',
    silent: true,
    smooth: true,
    lineStyle: { color: chartColors.parent, width: dashed ? 1.5 : 2, type: dashed ? 'dashed' : 'solid' },
    itemStyle: { color: chartColors.parent },
    tooltip: { show: false },
  });
  const others = prepared.points.filter((p) => !p.own);
  const own = prepared.points.filter((p) => p.own);
  const pointData = (list: typeof prepared.points) => list.map((p) => ({ name: p.label, value: [p.denominator, p.percent] }));
  const byLabel = new Map(prepared.points.map((p) => [p.label, p]));
  return {
    // The legend is HTML above the chart (FunnelLegend): it wraps on a small screen.
    grid: { left: 16, right: 32, top: 16, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const name = (params as { name?: string }).name ?? '';
        const p = byLabel.get(name);
        if (!p) return '';
        return `${p.label}<br/>${formatPercent(p.share)} (${formatCount(p.numerator)} van ${formatCount(p.denominator)})<br/>${p.positionText}`;
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: prepared.maxN,
      name: 'Aantal trajecten (n)',
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { fontSize: 13, color: chartColors.text, formatter: (v: number) => formatNumber(v, 0) },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    yAxis: {
      type: 'value',
      min: prepared.yMin,
      max: prepared.yMax,
      axisLabel: { fontSize: 13, color: chartColors.text, formatter: (v: number) => `${formatNumber(v, 0)} %` },
      splitLine: { lineStyle: { color: chartColors.grid } },
    },
    series: [
      limitLine('99,8 %-grenzen', prepared.upper998, true),
      limitLine('99,8 %-grenzen', prepared.lower998, true),
      limitLine('95 %-grenzen', prepared.upper95, false),
      limitLine('95 %-grenzen', prepared.lower95, false),
      {
        name: 'Gemiddelde',
        type: 'line',
        data: prepared.centre,
        symbol: 'none',
        silent: true,
        lineStyle: { color: chartColors.region, width: 2, type: 'dotted' },
        itemStyle: { color: chartColors.region },
        tooltip: { show: false },
      },
      {
        name: 'Aanbieders',
        type: 'scatter',
        data: pointData(others),
        symbol: 'circle',
        symbolSize: 11,
        itemStyle: { color: chartColors.other, borderColor: chartColors.region, borderWidth: 1.5 },
      },
      ...(own.length
        ? [
            {
              name: 'Uw organisatie',
              type: 'scatter' as const,
              data: pointData(own),
              symbol: 'diamond',
              symbolSize: 18,
              z: 5,
              itemStyle: { color: OWN_COLOUR, borderColor: '#ffffff', borderWidth: 1.5 },
              label: { show: true, position: 'top' as const, formatter: 'Uw organisatie', fontSize: 13, fontWeight: 'bold' as const, color: OWN_COLOUR },
            },
          ]
        : []),
    ],
  };
}

/** The chart's legend in HTML, with the same marks as the drawing. */
export function FunnelLegend({ own }: { own: boolean }) {
  return (
    <ul className="kompas-funnel-legend" aria-hidden="true">
      <li>
        <span className="kompas-funnel-legend__point" /> Aanbieder
      </li>
      {own && (
        <li>
          <span className="kompas-funnel-legend__own" /> Uw organisatie
        </li>
      )}
      <li>
        <span className="kompas-funnel-legend__line kompas-funnel-legend__line--centre" /> Gemiddelde (middenlijn)
      </li>
      <li>
        <span className="kompas-funnel-legend__line" /> 95 %-grenzen
      </li>
      <li>
        <span className="kompas-funnel-legend__line kompas-funnel-legend__line--dashed" /> 99,8 %-grenzen
      </li>
    </ul>
  );
}

export function FunnelTable({ funnel, prepared, where }: { funnel: Funnel; prepared: PreparedFunnel; where: string }) {
  return (
    <div className="kompas-table-wrap">
      <table className="kompas-table" data-testid="funnel-table">
        <caption>
          {INDICATOR_LABELS[funnel.indicator]} per aanbieder, {funnel.year}, {where} (in volgorde van AGB-code)
        </caption>
        <thead>
          <tr>
            <th scope="col">Aanbieder</th>
            <th scope="col" className="kompas-num">
              Trajecten (n)
            </th>
            <th scope="col" className="kompas-num">
              Aandeel (aantal van n, 95 %-BI)
            </th>
            <th scope="col">Positie in de trechter</th>
          </tr>
        </thead>
        <tbody>
          {prepared.points.map((p) => (
            <tr key={p.provider} className={p.own ? 'kompas-row--chosen' : undefined} data-own={p.own ? 'true' : undefined} data-position={p.position}>
              <th scope="row">
                {p.label}
                {p.own && <span className="kompas-chosen"> (uw organisatie)</span>}
              </th>
              <td className="kompas-num">{formatCount(p.denominator)}</td>
              <td className="kompas-num kompas-share">
                <span className="kompas-figure-main">{formatPercent(p.share)}</span>{' '}
                <span className="kompas-figure-count">
                  ({formatCount(p.numerator)} van {formatCount(p.denominator)})
                </span>{' '}
                {p.interval && <span className="kompas-figure-sub">{formatInterval(p.interval)}</span>}
              </td>
              <td>
                <span className={p.outside ? 'kompas-funnel-position kompas-funnel-position--outside' : 'kompas-funnel-position'}>{p.positionText}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface FunnelSectionProps {
  /** Null: the national funnel (administrators, municipalities, youth-care regions); else only residents of this municipality. */
  municipality: string | null;
  years: number[];
  initialYear: number | null;
  /** "voor inwoners van Amsterdam" or "alle gemeenten". */
  where: string;
  idPrefix: string;
}

export function FunnelSection({ municipality, years, initialYear, where, idPrefix }: FunnelSectionProps) {
  const [indicator, setIndicator] = useState<FunnelIndicator>('planned');
  const [year, setYear] = useState<number | null>(initialYear);
  const chosenYear = year !== null && years.includes(year) ? year : initialYear;
  const state = useFunnel(indicator, chosenYear, municipality);
  const funnel = state.status === 'success' ? state.data : null;
  const prepared = useMemo(() => (funnel ? prepareFunnel(funnel) : null), [funnel]);
  const option = useMemo(() => (prepared ? (funnelOption(prepared) as unknown as ChartOption) : null), [prepared]);

  return (
    <>
      <Paragraph data-testid="funnel-explanation">
        Een trechterdiagram zet het percentage van elke aanbieder uit tegen het aantal trajecten waarop het berust. De lijnen geven aan hoe ver
        een percentage door toeval van het gemiddelde kan afwijken: bij weinig trajecten is dat veel, bij veel trajecten weinig, vandaar de
        trechtervorm. Een punt buiten de grenzen is een aanleiding om samen te kijken wat erachter zit. Het diagram vergelijkt met toeval en is{' '}
        <strong>geen rangorde</strong> van aanbieders en geen oordeel over hun werk.
      </Paragraph>
      <form className="kompas-inline kompas-outcomes-funnel-pickers" aria-label="Trechterdiagram kiezen" onSubmit={(e) => e.preventDefault()}>
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor={`${idPrefix}-trechter-indicator`}>Indicator</FormLabel>
          <Select id={`${idPrefix}-trechter-indicator`} value={indicator} onChange={(e) => setIndicator(e.target.value as FunnelIndicator)}>
            {INDICATORS.map((i) => (
              <SelectOption key={i} value={i}>
                {INDICATOR_LABELS[i]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField type="select" className="kompas-inline__field">
          <FormLabel htmlFor={`${idPrefix}-trechter-jaar`}>Jaar</FormLabel>
          <Select id={`${idPrefix}-trechter-jaar`} value={chosenYear === null ? '' : String(chosenYear)} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <SelectOption key={y} value={String(y)}>
                {y}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </form>
      {chosenYear === null && <Paragraph className="kompas-unknown">Er is nog geen jaar met trajecten.</Paragraph>}
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'loading' && <Loading what="Trechterdiagram" />}
      {funnel && prepared && option && (
        <div data-testid="funnel">
          <Heading3 id={`${idPrefix}-trechter-titel`}>
            {INDICATOR_LABELS[funnel.indicator]}, {funnel.year}
          </Heading3>
          <p className="kompas-note">
            Het percentage is {INDICATOR_DEFINITIONS[funnel.indicator]}.
            {prepared.points.length > 0 && funnel.rate !== null && ` Middenlijn: ${formatPercent(funnel.rate)}, het percentage van alle trajecten samen.`}
            {funnel.indicator === 'no_reentry' && chosenYear !== null && ' Voor een recent jaar is dit cijfer voorlopig.'}
          </p>
          <UpdatingNote updating={funnel.updating} testId="funnel-updating" />
          {hiddenText(prepared.hidden) && (
            <p className="kompas-outcomes-hidden" data-testid="funnel-hidden">
              {hiddenText(prepared.hidden)}.
            </p>
          )}
          {prepared.points.length === 0 ? (
            <Paragraph className="kompas-unknown">Geen aanbieder heeft in {funnel.year} een cijfer voor deze uitkomst dat getoond mag worden.</Paragraph>
          ) : (
            <>
              <FunnelLegend own={prepared.points.some((p) => p.own)} />
              <Chart option={option} label={funnelSummary(funnel, prepared, where)} height={360} testId="funnel-chart" />
              <FunnelTable funnel={funnel} prepared={prepared} where={where} />
            </>
          )}
        </div>
      )}
    </>
  );
}
