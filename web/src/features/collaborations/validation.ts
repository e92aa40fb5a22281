// Checks of the collaboration forms before they are sent, and parsing of region codes.
import type { FieldError } from '../../components/error-summary';

export const NEW_FIELDS = {
  name: 'samenwerking-naam',
  theme: 'samenwerking-opgave',
  regions: 'samenwerking-gebieden',
  start: 'samenwerking-begin',
  end: 'samenwerking-einde',
  description: 'samenwerking-beschrijving',
} as const;

const REGION_CODE = /^(GM\d{4}|WK\d{6})$/;

/** "gm0034, WK003401;GM0995" → ["GM0034", "WK003401", "GM0995"] (upper case, no doubles). */
export function parseRegionCodes(text: string): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)];
}

export interface NewCollaborationInput {
  name: string;
  theme: string;
  regions: string;
  periodStart: string;
  periodEnd: string;
  description: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateNewCollaboration(input: NewCollaborationInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.name.trim()) errors.push({ field: NEW_FIELDS.name, message: 'Geef de samenwerking een naam' });
  else if (input.name.trim().length > 200) errors.push({ field: NEW_FIELDS.name, message: 'De naam mag hoogstens 200 tekens hebben' });
  if (!input.theme.trim()) errors.push({ field: NEW_FIELDS.theme, message: 'Beschrijf de maatschappelijke opgave' });
  const codes = parseRegionCodes(input.regions);
  if (codes.length === 0) {
    errors.push({ field: NEW_FIELDS.regions, message: 'Vul minstens één gebiedscode in, bijvoorbeeld GM0034' });
  } else {
    const wrong = codes.filter((c) => !REGION_CODE.test(c));
    if (wrong.length) {
      errors.push({
        field: NEW_FIELDS.regions,
        message: `Onbekende vorm van gebiedscode: ${wrong.join(', ')}. Gebruik GM gevolgd door 4 cijfers of WK gevolgd door 6 cijfers`,
      });
    }
  }
  if (!input.periodStart) errors.push({ field: NEW_FIELDS.start, message: 'Vul de begindatum in' });
  else if (!DATE.test(input.periodStart)) errors.push({ field: NEW_FIELDS.start, message: 'Vul de begindatum in als dag-maand-jaar' });
  if (input.periodEnd && !DATE.test(input.periodEnd)) errors.push({ field: NEW_FIELDS.end, message: 'Vul de einddatum in als dag-maand-jaar' });
  else if (input.periodEnd && input.periodStart && input.periodEnd < input.periodStart) {
    errors.push({ field: NEW_FIELDS.end, message: 'De einddatum moet na de begindatum liggen' });
  }
  return errors;
}

/** Maps a server error field to the id of our input. */
export function fieldIdForServer(field: string | undefined): string | null {
  switch (field) {
    case 'name':
      return NEW_FIELDS.name;
    case 'theme':
      return NEW_FIELDS.theme;
    case 'regions':
      return NEW_FIELDS.regions;
    case 'period_start':
      return NEW_FIELDS.start;
    case 'period_end':
      return NEW_FIELDS.end;
    case 'description':
      return NEW_FIELDS.description;
    default:
      return null;
  }
}
