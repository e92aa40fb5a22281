// Dates and times in Dutch, always in Europe/Amsterdam (the server speaks UTC).
const ZONE = 'Europe/Amsterdam';

/** 2026-01-01 → 1 januari 2026 (a calendar date, no time zone shift). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  );
}

/** A period: "1 januari 2026 tot en met 31 december 2029" or "vanaf 1 januari 2026". */
export function formatPeriod(start: string, end: string | null): string {
  return end ? `${formatDate(start)} tot en met ${formatDate(end)}` : `vanaf ${formatDate(start)}`;
}

/** An ISO timestamp as local Amsterdam time: 24-11-2026 11:15:00. */
export function formatDateTime(isoTime: string): string {
  const d = new Date(isoTime);
  if (Number.isNaN(d.getTime())) return isoTime;
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(d);
}

/** Offset of Amsterdam from UTC in minutes at a moment. */
function amsterdamOffset(utcMillis: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMillis));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - utcMillis) / 60000);
}

/**
 * The UTC instant of a local Amsterdam date and time, as ISO-8601 without milliseconds.
 * amsterdamToUtc('2026-07-01', '00:00:00') → 2026-06-30T22:00:00Z.
 */
export function amsterdamToUtc(date: string, time = '00:00:00'): string {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  let utc = guess - amsterdamOffset(guess) * 60000;
  utc = guess - amsterdamOffset(utc) * 60000;
  return new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
