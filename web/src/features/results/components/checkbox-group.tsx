// A fieldset of checkboxes with a legend: used for partners, indicators and signals.
import { Checkbox, Fieldset, FieldsetLegend, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';

export interface Choice {
  value: string;
  label: string;
}

export function CheckboxGroup({
  id,
  legend,
  description,
  choices,
  selected,
  onChange,
  empty = 'Er is nog niets om te kiezen.',
}: {
  id: string;
  legend: string;
  description?: string;
  choices: Choice[];
  selected: string[];
  onChange: (next: string[]) => void;
  empty?: string;
}) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <Fieldset className="kompas-checkboxes" aria-describedby={description ? `${id}-uitleg` : undefined}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={`${id}-uitleg`}>{description}</FormFieldDescription>}
      {choices.length === 0 && <p className="kompas-note">{empty}</p>}
      {choices.map((c, i) => (
        <div className="kompas-choice" key={c.value}>
          <Checkbox id={`${id}-${i}`} checked={selected.includes(c.value)} onChange={(e) => toggle(c.value, e.target.checked)} />
          <FormLabel htmlFor={`${id}-${i}`} type="checkbox">
            {c.label}
          </FormLabel>
        </div>
      ))}
    </Fieldset>
  );
}
