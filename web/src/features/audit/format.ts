// Words for the audit trail.
import type { AuditAction, AuditRecord } from '../../types/api';
import { amsterdamToUtc } from '../../lib/dates';
import { query } from '../../lib/api';

export const ACTION_NAMES: Record<AuditAction, string> = {
  sign_in: 'ingelogd',
  sign_in_failed: 'inloggen mislukt',
  sign_out: 'uitgelogd',
  create: 'aangemaakt',
  update: 'gewijzigd',
  delete: 'verwijderd',
  export: 'geëxporteerd',
  read_client_data: 'cliëntgegevens ingezien',
};

export const RESULT_NAMES: Record<AuditRecord['result'], string> = {
  ok: 'gelukt',
  denied: 'geweigerd',
  failed: 'mislukt',
};

const OBJECT_NAMES: Record<string, string> = {
  session: 'sessie',
  organisation: 'organisatie',
  person: 'persoon',
  collaboration: 'samenwerking',
  partner: 'partner',
  agreements: 'afspraken',
  evaluation_round: 'evaluatieronde',
  evaluation_response: 'evaluatie-antwoord',
  audit: 'auditlog',
};

export function objectText(record: Pick<AuditRecord, 'object_type' | 'object_id'>): string {
  const type = OBJECT_NAMES[record.object_type] ?? record.object_type;
  return record.object_id ? `${type} ${record.object_id}` : type;
}

export interface AuditFilter {
  person: string;
  object: string;
  from: string; // YYYY-MM-DD, Amsterdam
  to: string; // YYYY-MM-DD, Amsterdam, inclusive
}

/** The API path for a filter; dates become UTC instants of the Amsterdam day boundaries. */
export function auditPath(filter: AuditFilter, limit = 500): string {
  return `/api/audit${query({
    person: filter.person || undefined,
    object: filter.object.trim() || undefined,
    from: filter.from ? amsterdamToUtc(filter.from, '00:00:00') : undefined,
    to: filter.to ? amsterdamToUtc(filter.to, '23:59:59') : undefined,
    limit: String(limit),
  })}`;
}
