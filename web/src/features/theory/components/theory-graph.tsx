// The theory of change drawn as an ECharts graph in three fixed columns (no force layout, so the
// drawing reads left to right and stays put). Like every chart in Kompas it is an image for
// assistive technology with a summary as its label; the table below it is the full, keyboard
// route to the same assumptions.
import { useEffect, useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { GraphChart, type GraphSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { chartColors, chartFont } from '../../../components/chart';
import { COLUMN_X, ROW_HEIGHT, buildGraph, describeGraph, shortLabel, type TheoryGraph } from '../graph';
import type { TheoryOfChange } from '../../../types/api';

echarts.use([GraphChart, TooltipComponent, SVGRenderer]);

type GraphOption = echarts.ComposeOption<GraphSeriesOption | TooltipComponentOption>;

const COLUMN_COLOURS = ['#e8eef7', '#fdf3dc', '#e5f2e9'];
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function optionFor(graph: TheoryGraph): GraphOption {
  return {
    animation: false,
    textStyle: { fontFamily: chartFont, color: chartColors.text },
    tooltip: {
      formatter: (params) => {
        const p = params as { dataType?: string; data?: { fullName?: string; holders?: string[] } };
        if (p.dataType === 'edge') return `Veronderstelling van ${escape((p.data?.holders ?? []).join(', '))}`;
        return escape(p.data?.fullName ?? '');
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: false,
        // Node centres at 1/6, 1/2 and 5/6 of the width, under the three column titles.
        left: '16.67%',
        right: '16.67%',
        top: 36,
        bottom: 36,
        symbol: 'roundRect',
        symbolSize: [230, 48],
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 9,
        label: { show: true, color: chartColors.text, fontSize: 12, width: 210, overflow: 'break' },
        lineStyle: { color: chartColors.parent, opacity: 0.8, curveness: 0 },
        data: [
          // Two invisible anchors half a row above and below: the drawing never has zero height
          // (one row only), and keeps its proportions whatever the number of rows.
          ...[-1, 1].map((side) => ({
            id: side < 0 ? '__boven' : '__onder',
            name: '',
            x: COLUMN_X[0],
            y: side < 0 ? -ROW_HEIGHT / 2 : Math.max(0, ...graph.nodes.map((n) => n.y)) + ROW_HEIGHT / 2,
            symbolSize: 0,
            label: { show: false },
            tooltip: { show: false },
            silent: true,
          })),
          ...graph.nodes.map((n) => ({
          id: n.id,
          name: shortLabel(n.name),
          fullName: n.name,
          x: n.x,
          y: n.y,
          itemStyle: {
            color: COLUMN_COLOURS[n.column],
            borderColor: n.shared ? chartColors.highlight : '#8a8a8a',
            borderWidth: n.shared ? 3 : 1,
          },
          })),
        ],
        links: graph.edges.map((e) => ({
          source: e.source,
          target: e.target,
          holders: e.holders,
          lineStyle: { width: 1 + e.holders.length },
        })),
      },
    ],
  };
}

export function TheoryGraphChart({ theory }: { theory: TheoryOfChange }) {
  const ref = useRef<HTMLDivElement>(null);
  const graph = useMemo(() => buildGraph(theory), [theory]);
  const rows = Math.max(1, ...[0, 1, 2].map((c) => graph.nodes.filter((n) => n.column === c).length));
  const height = 72 + rows * ROW_HEIGHT;

  useEffect(() => {
    const element = ref.current;
    if (!element || graph.nodes.length === 0) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption(optionFor(graph));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [graph]);

  if (graph.nodes.length === 0) return <p className="kompas-note">Het schema verschijnt zodra er een veronderstelling is vastgelegd.</p>;
  return (
    <figure className="kompas-theory-graph">
      <div className="kompas-theory-graph__columns" aria-hidden="true">
        <span>Activiteit</span>
        <span>Tussenresultaat</span>
        <span>Maatschappelijk resultaat</span>
      </div>
      <div
        ref={ref}
        className="kompas-chart"
        role="img"
        aria-label={describeGraph(graph)}
        data-testid="theory-graph"
        data-nodes={graph.nodes.map((n) => n.name).join('|')}
        style={{ height }}
      />
      <figcaption className="kompas-note">
        Een dikke rand: dit tussenresultaat of resultaat noemen meer partners (gemeenschappelijke grond). Hoe dikker de lijn, hoe
        meer partners die stap veronderstellen.
      </figcaption>
    </figure>
  );
}
