// The course of one indicator over time for a region and its parent region: a line chart with
// gaps where a figure is unknown, and the same figures in a table.
import { useMemo } from 'react';
import { Heading3, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Chart, chartColors, type ChartOption } from '../../../components/chart';
import { formatNumber, formatObservation, formatPeriod, formatValue, statusNote } from '../../../lib/format';
import type { Indicator, Observation, Region } from '../../../types/api';
import { alignSeries, periodsOf } from '../series';

interface TrendChartProps {
  indicator: Indicator;
  regions: Region[];
  observations: Observation[];
}

function cellText(observation: Observation | null, indicator: Indicator): string {
  const text = formatObservation(observation, indicator);
  const note = statusNote(observation?.status);
  return note ? `${text} (${note})` : text;
}

export function trendSummary(indicator: Indicator, region: Region, periods: string[], series: (Observation | null)[]): string {
  const known = periods.map((p, i) => ({ period: p, o: series[i] })).filter((x) => x.o && x.o.value !== null);
  if (known.length === 0) return `Lijngrafiek van ${indicator.title} in ${region.name}: geen bekende cijfers.`;
  const first = known[0];
  const last = known[known.length - 1];
  return (
    `Lijngrafiek van ${indicator.title} in ${region.name}, van ${formatValue(first.o!.value, indicator)} in ` +
    `${formatPeriod(first.period)} tot ${formatValue(last.o!.value, indicator)} in ${formatPeriod(last.period)}. ` +
    'Dezelfde cijfers staan in de tabel onder de grafiek.'
  );
}

export function TrendChart({ indicator, regions, observations }: TrendChartProps) {
  const periods = useMemo(() => periodsOf(observations), [observations]);
  const series = useMemo(() => regions.map((r) => alignSeries(observations, r.code, periods)), [regions, observations, periods]);

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 16, right: 24, top: 48, bottom: 32, containLabel: true },
      legend: { top: 0, left: 0, itemWidth: 28, textStyle: { fontSize: 14 } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => formatValue(typeof v === 'number' ? v : null, indicator),
      },
      xAxis: {
        type: 'category',
        data: periods.map(formatPeriod),
        boundaryGap: false,
        axisLabel: { fontSize: 13 },
      },
      yAxis: {
        type: 'value',
        scale: indicator.unit.trim() !== '%',
        min: indicator.unit.trim() === '%' ? 0 : undefined,
        axisLabel: { fontSize: 13, formatter: (v: number) => formatNumber(v, indicator.decimals) },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      series: regions.map((region, i) => ({
        name: region.name,
        type: 'line',
        connectNulls: false,
        data: series[i].map((o) => o?.value ?? null),
        symbol: i === 0 ? 'circle' : 'rect',
        symbolSize: 8,
        lineStyle: { width: i === 0 ? 3 : 2, type: i === 0 ? 'solid' : 'dashed' },
        color: i === 0 ? chartColors.region : chartColors.parent,
      })),
    }),
    [indicator, periods, regions, series],
  );

  const names = regions.map((r) => r.name).join(' en ');
  return (
    <section className="kompas-figure" aria-labelledby="verloop-titel">
      <Heading3 id="verloop-titel">Verloop in de tijd</Heading3>
      <Chart option={option} label={trendSummary(indicator, regions[0], periods, series[0])} testId="trend-chart" />
      <div className="kompas-table-wrap" tabIndex={0} role="region" aria-label={`Tabel: ${indicator.title} per periode`}>
        <Table className="kompas-table" data-testid="trend-table">
          <TableCaption>
            {indicator.title} per periode: {names}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Periode</TableHeaderCell>
              {regions.map((r) => (
                <TableHeaderCell key={r.code} scope="col" className="kompas-num">
                  {r.name}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {periods.map((period, p) => (
              <TableRow key={period}>
                <TableHeaderCell scope="row">{formatPeriod(period)}</TableHeaderCell>
                {regions.map((r, i) => (
                  <TableCell key={r.code} className={series[i][p]?.value == null ? 'kompas-num kompas-unknown' : 'kompas-num'}>
                    {cellText(series[i][p], indicator)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
