// Per year or per half year: two radio buttons; the tables and charts follow at once (no change of
// page or focus, so this is not a change of context).
import { Fieldset, FieldsetLegend, RadioButton } from '@utrecht/component-library-react';
import type { Granularity } from '../types';

const OPTIONS: { value: Granularity; label: string }[] = [
  { value: 'year', label: 'Per jaar' },
  { value: 'half_year', label: 'Per halfjaar' },
];

export function GranularityToggle({ value, onChange, idPrefix }: { value: Granularity; onChange: (g: Granularity) => void; idPrefix: string }) {
  return (
    <div className="kompas-outcomes-granularity" data-testid="granularity">
      <Fieldset>
        <FieldsetLegend>Cijfers tonen</FieldsetLegend>
        <div className="kompas-outcomes-granularity__options">
          {OPTIONS.map((o) => {
            const id = `${idPrefix}-periode-${o.value}`;
            return (
              <span key={o.value} className="kompas-choice">
                <RadioButton id={id} name={`${idPrefix}-periode`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
                <label htmlFor={id}>{o.label}</label>
              </span>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
