// One ECharts wrapper for the whole app. Only the modules we use are registered, to keep the
// bundle small. Charts are images for assistive technology; the figures are always in a table too.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** Colours from the theme: distinguishable, and saying nothing about good or bad. */
export const chartColors = {
  region: '#1f4e8c',
  parent: '#6b6b6b',
  highlight: '#1f4e8c',
  other: '#9fb4d4',
  text: '#333333',
  grid: '#dddddd',
};

export const chartFont = '"Noto Sans", "Segoe UI", Arial, sans-serif';

interface ChartProps {
  option: ChartOption;
  /** A summary of what the chart shows, read out instead of the drawing. */
  label: string;
  height?: number;
  testId?: string;
}

export function Chart({ option, label, height = 320, testId }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({ animation: false, textStyle: { fontFamily: chartFont, color: chartColors.text }, ...option });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [option]);

  return <div ref={ref} className="kompas-chart" role="img" aria-label={label} style={{ height }} data-testid={testId} />;
}
