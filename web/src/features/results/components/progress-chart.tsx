// The series of a societal result against its target: measured values (solid, with the 95 %
// interval as a band where known), the straight path from baseline to target (dashed), and the
// baseline and target marked with their own symbols. The same figures are in ProgressTable.
import { useMemo } from 'react';
import { Chart, chartColors, type ChartOption } from '../../../components/chart';
import { formatNumber, formatValue } from '../../../lib/format';
import type { Progress } from '../../../types/api';
import { formatBaseline, formatTarget, latestKnown, pathTable, periodLabel, statusLabel } from '../progress';

export function ProgressChart({ progress }: { progress: Progress }) {
  const { indicator, result } = progress;
  const rows = useMemo(() => pathTable(progress), [progress]);
  const option = useMemo<ChartOption>(() => {
    const years = rows.map((r) => String(r.year));
    const hasInterval = rows.some((r) => r.interval);
    const d = indicator.decimals;
    const band = hasInterval
      ? [
          {
            name: 'ondergrens',
            type: 'line' as const,
            stack: 'interval',
            data: rows.map((r) => r.interval?.lower ?? null),
            lineStyle: { opacity: 0 },
            symbol: 'none',
            silent: true,
            tooltip: { show: false },
          },
          {
            name: '95 %-interval',
            type: 'line' as const,
            stack: 'interval',
            data: rows.map((r) => (r.interval ? r.interval.upper - r.interval.lower : null)),
            lineStyle: { opacity: 0 },
            areaStyle: { color: '#c9d6ea' },
            symbol: 'none',
            silent: true,
          },
        ]
      : [];
    return {
      grid: { left: 56, right: 24, top: 48, bottom: 40 },
      legend: { top: 0, data: ['Gemeten', 'Pad naar het doel', 'Nulmeting', 'Streefwaarde', ...(hasInterval ? ['95 %-interval'] : [])] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (typeof v === 'number' ? formatNumber(v, d) : 'onbekend'),
      },
      xAxis: { type: 'category', data: years, boundaryGap: false, axisLabel: { color: chartColors.text } },
      yAxis: {
        type: 'value',
        scale: true,
        // Room above and below, so the baseline and target symbols are not cut off.
        boundaryGap: ['12%', '12%'],
        name: indicator.unit.trim() === '%' ? '%' : '',
        axisLabel: { formatter: (v: number) => formatNumber(v, Math.min(d, 1)), color: chartColors.text },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      series: [
        ...band,
        {
          name: 'Pad naar het doel',
          type: 'line',
          data: rows.map((r) => r.path),
          lineStyle: { type: 'dashed', width: 2, color: chartColors.parent },
          itemStyle: { color: chartColors.parent },
          symbol: 'none',
          connectNulls: true,
        },
        {
          name: 'Gemeten',
          type: 'line',
          data: rows.map((r) => r.value),
          lineStyle: { width: 3, color: chartColors.region },
          itemStyle: { color: chartColors.region },
          symbol: 'circle',
          symbolSize: 8,
          connectNulls: false,
        },
        {
          name: 'Nulmeting',
          type: 'line',
          data: rows.map((r) => (r.marker === 'baseline' ? result.baseline.value : null)),
          lineStyle: { opacity: 0 },
          itemStyle: { color: '#ffffff', borderColor: chartColors.text, borderWidth: 2 },
          symbol: 'diamond',
          symbolSize: 16,
        },
        {
          name: 'Streefwaarde',
          type: 'line',
          data: rows.map((r) => (r.marker === 'target' ? result.target.value : null)),
          lineStyle: { opacity: 0 },
          itemStyle: { color: chartColors.text },
          symbol: 'triangle',
          symbolSize: 16,
        },
      ],
    };
  }, [rows, indicator, result]);

  const latest = latestKnown(progress.series);
  const label =
    `Lijngrafiek van ${indicator.title.toLowerCase()} in ${progress.data_region.name}. ` +
    `Nulmeting ${formatBaseline(result, indicator)}, streefwaarde ${formatTarget(result, indicator)}. ` +
    (latest ? `Laatste meting ${formatValue(latest.value, indicator)} in ${periodLabel(latest.period)}. ` : 'Nog geen metingen. ') +
    `Status: ${statusLabel(progress.status)}. De cijfers staan ook in de tabel onder de grafiek.`;
  return <Chart option={option} label={label} height={340} testId="progress-chart" />;
}
