// The history of a societal result or an ambition (issue 12) in Dutch words: which field, old → new.
import type { FieldChange } from '../../types/api';

export const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  statement: 'Omschrijving',
  indicator: 'Indicator',
  indicators: 'Cijfers uit de staat van de jeugd',
  signals: 'Signalen',
  regions: 'Gebied(en)',
  'baseline.value': 'Nulmeting',
  'baseline.period': 'Periode van de nulmeting',
  'target.value': 'Streefwaarde',
  'target.year': 'Streefjaar',
  agreed_by: 'Afgesproken door',
  agreed_on: 'Afgesproken op',
};

const NUMBER_FIELDS = new Set(['baseline.value', 'target.value']);
const ID_LIST_FIELDS = new Set(['agreed_by']);

/** A value as people read it: "9.5" → "9,5"; partner ids → names; empty → "(leeg)". */
export function historyValue(field: string, value: string, names: Record<string, string> = {}): string {
  if (value === '') return '(leeg)';
  if (NUMBER_FIELDS.has(field) && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(value)) return value.replace('.', ',');
  if (field === 'baseline.period' && /^\d{4}JJ00$/.test(value)) return value.slice(0, 4);
  if (ID_LIST_FIELDS.has(field)) return value.split(', ').map((id) => names[id] ?? id).join(', ');
  return value;
}

/** "Streefwaarde: 10 → 9,5". */
export function describeChange(change: FieldChange, names: Record<string, string> = {}): string {
  const label = FIELD_LABELS[change.field] ?? change.field;
  return `${label}: ${historyValue(change.field, change.old, names)} → ${historyValue(change.field, change.new, names)}`;
}
