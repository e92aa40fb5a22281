// The districts of a municipality side by side on one indicator, in code order (never ranked),
// for the newest period with figures. The chosen district is marked in the chart and the table.
import { useMemo } from 'react';
import { Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Chart, chartColors, type ChartOption } from '../../../components/chart';
import { formatNumber, formatPeriod, formatValue, statusNote } from '../../../lib/format';
import type { Indicator, Observation, Region } from '../../../types/api';
import { latestPeriodWithData } from '../series';

interface DistrictComparisonProps {
  indicator: Indicator;
  municipality: Region;
  districts: Region[];
  observations: Observation[];
  highlight: string | null;
}

export function DistrictComparison({ indicator, municipality, districts, observations, highlight }: DistrictComparisonProps) {
  const period = latestPeriodWithData(observations);
  const rows = useMemo(() => {
    const byRegion = new Map(observations.filter((o) => o.period === period).map((o) => [o.region, o]));
    return [...districts]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((district) => ({ district, observation: byRegion.get(district.code) ?? null }));
  }, [districts, observations, period]);

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 16, right: 56, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatValue(typeof v === 'number' ? v : null, indicator) },
      yAxis: {
        type: 'category',
        inverse: true,
        // Unknown districts get no bar, so say it in the label instead.
        data: rows.map(({ district, observation }) =>
          [district.name, district.code === highlight ? ' (gekozen)' : '', observation?.value == null ? ' – onbekend' : ''].join(''),
        ),
        axisLabel: { fontSize: 13, fontWeight: 'normal' },
      },
      xAxis: {
        type: 'value',
        min: 0,
        axisLabel: { fontSize: 13, formatter: (v: number) => formatNumber(v, indicator.unit.trim() === '%' ? 0 : indicator.decimals) },
        splitLine: { lineStyle: { color: chartColors.grid } },
      },
      series: [
        {
          type: 'bar',
          name: indicator.title,
          barMaxWidth: 28,
          label: {
            show: true,
            position: 'right',
            fontSize: 12,
            formatter: (p) => formatValue(typeof p.value === 'number' ? p.value : null, indicator),
          },
          data: rows.map(({ district, observation }) => ({
            // Unknown is left out of the drawing (null), not drawn as a zero-length bar.
            value: observation?.value ?? null,
            itemStyle: {
              color: district.code === highlight ? chartColors.highlight : chartColors.other,
              borderColor: district.code === highlight ? '#000000' : 'transparent',
              borderWidth: district.code === highlight ? 2 : 0,
            },
          })),
        },
      ],
    }),
    [rows, indicator, highlight],
  );

  if (period === null) {
    return (
      <section className="kompas-figure" aria-labelledby="wijken-titel">
        <Heading3 id="wijken-titel">Wijken van {municipality.name}</Heading3>
        <Paragraph>Voor de wijken van {municipality.name} zijn er geen cijfers over deze indicator.</Paragraph>
      </section>
    );
  }

  const known = rows.filter((r) => r.observation?.value != null).length;
  const chosen = rows.find((r) => r.district.code === highlight);
  const label =
    `Staafgrafiek van ${indicator.title} in de wijken van ${municipality.name}, ${formatPeriod(period)}, in volgorde van wijkcode. ` +
    `${known} van de ${rows.length} wijken hebben een bekend cijfer` +
    (chosen ? `; ${chosen.district.name}: ${formatValue(chosen.observation?.value ?? null, indicator)}.` : '.') +
    ' Dezelfde cijfers staan in de tabel onder de grafiek.';

  return (
    <section className="kompas-figure" aria-labelledby="wijken-titel">
      <Heading3 id="wijken-titel">
        Wijken van {municipality.name}, {formatPeriod(period)}
      </Heading3>
      <Paragraph className="kompas-note">In volgorde van wijkcode; dit is geen rangorde.</Paragraph>
      <Chart option={option} label={label} height={Math.max(160, 44 * rows.length + 40)} testId="district-chart" />
      <div className="kompas-table-wrap" tabIndex={0} role="region" aria-label={`Tabel: ${indicator.title} per wijk`}>
        <Table className="kompas-table" data-testid="district-table">
          <TableCaption>
            {indicator.title} per wijk van {municipality.name}, {formatPeriod(period)}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wijk</TableHeaderCell>
              <TableHeaderCell scope="col" className="kompas-num">
                {indicator.title}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ district, observation }) => {
              const note = statusNote(observation?.status);
              const isChosen = district.code === highlight;
              return (
                <TableRow key={district.code} className={isChosen ? 'kompas-row--chosen' : undefined}>
                  <TableHeaderCell scope="row">
                    {district.name}
                    {isChosen && <span className="kompas-chosen"> (gekozen wijk)</span>}
                  </TableHeaderCell>
                  <TableCell className={observation?.value == null ? 'kompas-num kompas-unknown' : 'kompas-num'}>
                    {formatValue(observation?.value ?? null, indicator)}
                    {note && ` (${note})`}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
