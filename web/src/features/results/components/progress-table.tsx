// The figures of the chart as a table: period, measured value, 95 % interval and path value.
import { formatValue } from '../../../lib/format';
import { statusNote } from '../../../lib/format';
import type { Progress } from '../../../types/api';
import { formatInterval, pathTable } from '../progress';

export function ProgressTable({ progress }: { progress: Progress }) {
  const rows = pathTable(progress);
  const { indicator } = progress;
  return (
    <div className="kompas-table-wrap" tabIndex={0} role="region" aria-label="Tabel: voortgang per periode">
      <table className="kompas-table" data-testid="progress-table">
        <caption>
          {indicator.title} in {progress.data_region.name}: metingen en het pad van nulmeting naar streefwaarde
        </caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            <th scope="col" className="kompas-num">
              Gemeten
            </th>
            <th scope="col">95 %-interval</th>
            <th scope="col" className="kompas-num">
              Pad naar het doel
            </th>
            <th scope="col">Toelichting</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const notes = [
              row.marker === 'baseline' ? `nulmeting (afgesproken: ${formatValue(progress.result.baseline.value, indicator)})` : null,
              row.marker === 'target' ? `streefjaar (doel: ${formatValue(progress.result.target.value, indicator)})` : null,
              row.point ? statusNote(row.point.status) : null,
            ].filter(Boolean);
            return (
              <tr key={row.year}>
                <th scope="row">{row.label}</th>
                <td className="kompas-num">{row.point ? formatValue(row.value, indicator) : '–'}</td>
                <td>{row.point && row.value !== null ? formatInterval(row.interval, indicator) : '–'}</td>
                <td className="kompas-num">{row.path === null ? '–' : formatValue(row.path, indicator)}</td>
                <td>{notes.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="kompas-note">Een streepje (–) betekent: voor dat jaar is er geen meting of geen pad.</p>
    </div>
  );
}
