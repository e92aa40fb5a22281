// Block 5 in memory (docs/dev/api-outcomes.md): outcomes of youth care per provider and per
// municipality, the funnel plot, and trajectory uploads. The figures are computed from a small,
// made-up but deterministic set of trajectories (residents of Amsterdam, Almere and Lelystad at
// seven providers, 2023 to the reference date), with the same suppression rules as the server:
// every figure on fewer than 10 trajectories is hidden ("primary"), plus the figure that would let
// a lone hidden one be computed back from the total ("complementary").
// server.mjs hands every /api/outcomes… and /api/trajectories… request here; the session comes
// from accounts.mjs (GET /api/session), so cookies and expiry behave as everywhere else.
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { handle as handleAccounts } from './accounts.mjs';

export const REFERENCE_DATE = '2026-11-24';
const MIN_COUNT = 10;
const MAX_UPLOAD = 32 * 1024 * 1024;

class OutcomesError extends Error {
  constructor(status, code, message, field = '') {
    super(message);
    Object.assign(this, { status, code, field });
  }
}
const bad = (message, field = '') => new OutcomesError(400, 'invalid_argument', message, field);

// ---- reference lists ----
const MUNICIPALITIES = new Map([
  ['GM0034', 'Almere'],
  ['GM0363', 'Amsterdam'],
  ['GM0995', 'Lelystad'],
]);

const HELP_FORMS = new Map([
  ['01', 'Ambulante jeugdhulp in de wijk'],
  ['02', 'Ambulante jeugdhulp op locatie van de aanbieder'],
  ['03', 'Ambulante jeugdhulp thuis'],
  ['11', 'Pleegzorg'],
  ['12', 'Gezinsgericht verblijf'],
]);

// provider → name, share ended as planned, share "without help" when measured, help-form mix
const PROVIDERS = new Map([
  ['41410123', { name: 'Jeugdzorg Amstelland', planned: 0.84, withoutHelp: 0.5, forms: ['02', '03', '01'] }],
  ['42420456', { name: 'Stichting Opgroeien Flevoland', planned: 0.58, withoutHelp: 0.4, forms: ['01', '02', '03'] }],
  ['43430789', { name: 'Ambulant Team Noord', planned: 0.64, withoutHelp: 0.45, forms: ['03', '01'] }],
  ['44441012', { name: 'Pleegzorg Samen', planned: 0.66, withoutHelp: 0.3, forms: ['11'] }],
  ['45451345', { name: 'Praktijk Kindertherapie Zuid', planned: 0.75, withoutHelp: 0.55, forms: ['02'] }],
  ['46461678', { name: 'Gezinshuis De Linde', planned: 0.5, withoutHelp: 0.2, forms: ['12'] }],
  ['65656055', { name: 'Zorgaanbieder De Brug', planned: 0.64, withoutHelp: 0.42, forms: ['02', '01', '03', '12'] }],
]);

// Trajectories started per year: municipality → provider → count.
const VOLUMES = {
  GM0363: { '41410123': 120, '43430789': 60, '65656055': 30, '44441012': 14, '45451345': 6, '46461678': 4 },
  GM0034: { '65656055': 90, '42420456': 70, '44441012': 9, '45451345': 3 },
  GM0995: { '42420456': 40, '65656055': 16, '46461678': 5 },
};

// The mock's provider organisation has no `agb` field in accounts.mjs; the real server gives one.
const AGB_BY_NAME = new Map([...PROVIDERS].map(([code, p]) => [p.name, code]));

// ---- dates as day numbers ----
const DAY = 86400000;
const day = (iso) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (d) => new Date(d * DAY).toISOString().slice(0, 10);
const addMonths = (d, months) => {
  const t = new Date(d * DAY);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(y, m, Math.min(t.getUTCDate(), last)) / DAY);
};
const REF = day(REFERENCE_DATE);

// ---- the made-up trajectories (deterministic) ----
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261124);
const pick = (list) => list[Math.floor(random() * list.length)];

const trajectories = [];
let clientCounter = 0;

function addTrajectory(client, provider, municipality, helpForm, start) {
  const p = PROVIDERS.get(provider);
  const months = 2 + Math.floor(random() * 16);
  const endDay = addMonths(start, months) + Math.floor(random() * 20);
  const ended = endDay <= REF;
  const t = {
    client,
    provider,
    municipality,
    help_form: helpForm,
    start,
    end: ended ? endDay : null,
    reason: null,
    satisfaction: null,
    without_help: null,
    birth_year: 2006 + Math.floor(random() * 16),
    sex: pick(['1', '2']),
    referrer: pick(['01', '02', '03', '04']),
  };
  if (ended) {
    t.reason = random() < p.planned ? '01' : pick(['02', '03', '04', '05']);
    if (random() < 0.45) t.satisfaction = Math.max(1, Math.min(10, Math.round(5 + random() * 4 + (t.reason === '01' ? 1 : -1))));
    if (random() < 0.6) t.without_help = random() < p.withoutHelp * (t.reason === '01' ? 1.3 : 0.5) ? 4 : 1 + Math.floor(random() * 3);
  }
  trajectories.push(t);
  return t;
}

for (const [municipality, byProvider] of Object.entries(VOLUMES)) {
  for (const [provider, perYear] of Object.entries(byProvider)) {
    const p = PROVIDERS.get(provider);
    for (let year = 2023; year <= 2026; year += 1) {
      const from = day(`${year}-01-01`);
      const span = Math.min(day(`${year}-12-31`), REF) - from;
      const n = year === 2026 ? Math.round(perYear * (span / 365)) : perYear;
      for (let i = 0; i < n; i += 1) {
        const client = `c${(++clientCounter).toString(16).padStart(6, '0')}`;
        const first = addTrajectory(client, provider, municipality, p.forms[i % p.forms.length], from + Math.floor(random() * span));
        // Some clients come back within a year after a planned end.
        if (first.reason === '01' && random() < 0.14) {
          const again = addMonths(first.end, 1 + Math.floor(random() * 10));
          if (again <= REF) addTrajectory(client, random() < 0.7 ? provider : pick([...PROVIDERS.keys()]), municipality, pick(p.forms), again);
        }
      }
    }
  }
}
const startsByClient = new Map();
for (const t of trajectories) {
  const list = startsByClient.get(t.client) ?? [];
  list.push(t.start);
  startsByClient.set(t.client, list);
}

// ---- periods ----
function periods(granularity) {
  const out = [];
  for (let year = 2023; year <= Number(REFERENCE_DATE.slice(0, 4)); year += 1) {
    if (granularity === 'year') out.push({ code: String(year), from: day(`${year}-01-01`), to: day(`${year}-12-31`) });
    else {
      out.push({ code: `${year}-H1`, from: day(`${year}-01-01`), to: day(`${year}-06-30`) });
      if (day(`${year}-07-01`) <= REF) out.push({ code: `${year}-H2`, from: day(`${year}-07-01`), to: day(`${year}-12-31`) });
    }
  }
  return out;
}

// ---- figures ----
function wilson(k, n, z = 1.959964) {
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { lower: round(Math.max(0, c - h)), upper: round(Math.min(1, c + h)) };
}
const round = (x) => Math.round(x * 10000) / 10000;
const count = (value) => ({ value, suppressed: null });
const share = (k, n) =>
  n === 0 ? { count: null, n: null, share: null, interval: null, suppressed: null } : { count: k, n, share: round(k / n), interval: wilson(k, n), suppressed: null };

function figures(list, period) {
  const { from, to } = period;
  const until = Math.min(to, REF);
  const ended = list.filter((t) => t.end !== null && t.end >= from && t.end <= to);
  const planned = ended.filter((t) => t.reason === '01');
  const satisfied = ended.filter((t) => t.satisfaction !== null);
  const measured = ended.filter((t) => t.without_help !== null);
  const noReentry = planned.filter((t) => !startsByClient.get(t.client).some((s) => s > t.end && s <= Math.min(addMonths(t.end, 12), REF)));
  const mean = satisfied.length ? Math.round((satisfied.reduce((a, t) => a + t.satisfaction, 0) / satisfied.length) * 100) / 100 : null;
  return {
    started: count(list.filter((t) => t.start >= from && t.start <= to).length),
    ended: count(ended.length),
    ongoing: count(list.filter((t) => t.start <= until && (t.end === null || t.end > until)).length),
    planned: share(planned.length, ended.length),
    satisfaction: { mean, n: satisfied.length || null, suppressed: null },
    without_help: share(measured.filter((t) => t.without_help === 4).length, measured.length),
    no_reentry: { ...share(noReentry.length, planned.length), incomplete: planned.some((t) => addMonths(t.end, 12) > REF) },
  };
}

function outcomeRows(list, granularity) {
  const forms = [...new Set(list.map((t) => t.help_form))].sort();
  const rows = [];
  for (const form of ['all', ...forms]) {
    const subset = form === 'all' ? list : list.filter((t) => t.help_form === form);
    for (const period of periods(granularity)) {
      rows.push({
        help_form: form,
        help_form_label: form === 'all' ? 'Alle hulpvormen' : HELP_FORMS.get(form) ?? `Hulpvorm ${form}`,
        period: period.code,
        ...figures(subset, period),
      });
    }
  }
  return rows;
}

// ---- suppression ----
const COUNTS = ['started', 'ended', 'ongoing'];
const SHARES = ['planned', 'without_help', 'no_reentry'];
const size = (cell) => ('value' in cell ? cell.value : cell.n) ?? 0;
const hidden = (cell) => cell.suppressed !== null;

function hide(cell, kind) {
  cell.suppressed = kind;
  if ('value' in cell) cell.value = null;
  else if ('mean' in cell) {
    cell.mean = null;
    cell.n = null;
  } else {
    cell.count = null;
    cell.n = null;
    cell.share = null;
    cell.interval = null;
  }
}

function primary(row) {
  for (const key of COUNTS) if (row[key].value > 0 && row[key].value < MIN_COUNT) hide(row[key], 'primary');
  for (const key of [...SHARES, 'satisfaction']) if (row[key].n > 0 && row[key].n < MIN_COUNT) hide(row[key], 'primary');
}

/** Parts that add up to a visible total: when exactly one part is hidden, hide the smallest other part too. */
function complementary(parts, total) {
  for (const key of [...COUNTS, ...SHARES, 'satisfaction']) {
    if (!total || hidden(total[key])) continue;
    const cells = parts.map((p) => p[key]);
    if (cells.filter(hidden).length !== 1) continue;
    const candidates = cells.filter((c) => !hidden(c) && size(c) > 0).sort((a, b) => size(a) - size(b));
    if (candidates.length) hide(candidates[0], 'complementary');
  }
}

// ---- the funnel ----
const Z95 = 1.959964;
const Z998 = 3.090232;
const clamp = (x) => round(Math.min(1, Math.max(0, x)));

function funnel(list, indicator, year, municipality, ownAgb) {
  const period = periods('year').find((p) => p.code === String(year));
  if (!period) throw bad(`geen cijfers voor ${year}`, 'year');
  const byProvider = new Map();
  for (const t of list) {
    const l = byProvider.get(t.provider) ?? [];
    l.push(t);
    byProvider.set(t.provider, l);
  }
  const all = [...byProvider.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([provider, l]) => ({ provider, s: figures(l, period)[indicator] }))
    .filter((x) => x.s.n);
  const k = all.reduce((a, x) => a + x.s.count, 0);
  const n = all.reduce((a, x) => a + x.s.n, 0);
  const rate = n ? k / n : 0;
  const limit = (m) => {
    const sd = Math.sqrt((rate * (1 - rate)) / m);
    return { n: m, lower95: clamp(rate - Z95 * sd), upper95: clamp(rate + Z95 * sd), lower998: clamp(rate - Z998 * sd), upper998: clamp(rate + Z998 * sd) };
  };
  const shown = all.filter((x) => x.s.n >= MIN_COUNT);
  const points = shown.map(({ provider, s }) => {
    const l = limit(s.n);
    const p = s.count / s.n;
    const position = p > l.upper998 ? 'above_998' : p > l.upper95 ? 'above_95' : p < l.lower998 ? 'below_998' : p < l.lower95 ? 'below_95' : 'within';
    return { provider, name: PROVIDERS.get(provider)?.name ?? null, n: s.n, count: s.count, share: round(p), position, own: provider === ownAgb };
  });
  const maxN = Math.max(MIN_COUNT * 2, ...points.map((p) => p.n)) * 1.5;
  const limits = [];
  for (let m = MIN_COUNT; m <= maxN; m = m < 40 ? m + 2 : m < 100 ? m + 5 : m + 10) limits.push(limit(m));
  return { indicator, year, municipality, rate: round(rate), points, limits, hidden: all.length - shown.length };
}

// ---- uploads ----
const uploads = new Map(); // AGB → Map(sha256 → trajectories)

function elfproef(bsn) {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(bsn[i]);
  return (sum - Number(bsn[8])) % 11 === 0;
}

function validDate(text) {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function splitCsvLine(line, sep) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

class UploadRefusal extends Error {
  constructor(message, line, column) {
    super(message);
    Object.assign(this, { line, column });
  }
}

const DATE_COLUMNS = /^(begindatum|startdatum|start|datum_start|einddatum|eind|end|datum_einde)$/;

/** Counts the trajectories of a CSV file, checking the rules the mock knows; throws UploadRefusal. */
function readCsv(bytes) {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) throw new UploadRefusal('het bestand is leeg', 1, 1);
  const sep = lines[0].includes(';') ? ';' : ',';
  const header = splitCsvLine(lines[0], sep).map((h) => h.toLowerCase());
  if (header.length < 2) throw new UploadRefusal('de eerste regel moet de kolomnamen bevatten, gescheiden door ; of ,', 1, 1);
  let rows = 0;
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i].trim() === '') continue;
    const fields = splitCsvLine(lines[i], sep);
    const line = i + 1;
    if (fields.length !== header.length) {
      throw new UploadRefusal(`deze regel heeft ${fields.length} velden, de kopregel ${header.length}`, line, Math.min(fields.length, header.length) + 1);
    }
    fields.forEach((value, c) => {
      const name = header[c];
      if (name === 'bsn' && !elfproef(value)) throw new UploadRefusal('het BSN voldoet niet aan de elfproef', line, c + 1);
      if (DATE_COLUMNS.test(name) && value !== '' && !validDate(value)) {
        throw new UploadRefusal(`${name} is geen geldige datum (JJJJ-MM-DD of JJJJMMDD)`, line, c + 1);
      }
    });
    rows += 1;
  }
  if (rows === 0) throw new UploadRefusal('het bestand bevat geen trajecten, alleen een kopregel', 2, 1);
  return rows;
}

/** The rows of the first worksheet of an .xlsx (a zip) minus the header row; throws UploadRefusal. */
function readXlsx(bytes) {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new UploadRefusal('dit is geen geldig Excel-bestand (.xlsx)');
  for (let at = 0; at + 30 <= bytes.length && bytes.readUInt32LE(at) === 0x04034b50; ) {
    const method = bytes.readUInt16LE(at + 8);
    const compressed = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extra = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    if (name === 'xl/worksheets/sheet1.xml') {
      const raw = bytes.subarray(start, start + compressed);
      const xml = (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
      const rows = (xml.match(/<row[\s>]/g) ?? []).length - 1;
      if (rows <= 0) throw new UploadRefusal('het werkblad bevat geen trajecten, alleen een kopregel', 2, 1);
      return rows;
    }
    if (compressed === 0) break; // sizes in a data descriptor: give up counting
    at = start + compressed;
  }
  throw new UploadRefusal('het eerste werkblad van het Excel-bestand is niet gevonden');
}

// ---- the handler ----
function sessionOf(req) {
  // Throws 401 when there is no valid session.
  return handleAccounts({ method: 'GET', headers: req.headers, socket: req.socket }, new URL('/api/session', 'http://localhost'), {}).body;
}

function agbOf(organisation) {
  return organisation.agb ?? AGB_BY_NAME.get(organisation.name) ?? null;
}

function requireProvider(session) {
  if (session.organisation.kind !== 'provider') throw new OutcomesError(403, 'forbidden', 'alleen voor zorgaanbieders');
  const agb = agbOf(session.organisation);
  if (!agb) throw new OutcomesError(409, 'conflict', 'uw organisatie heeft geen AGB-code; vraag de beheerder die toe te voegen');
  return agb;
}

function granularityOf(url) {
  const g = url.searchParams.get('granularity') ?? 'year';
  if (g !== 'year' && g !== 'half_year') throw bad('granularity moet year of half_year zijn', 'granularity');
  return g;
}

function municipalityOf(code, field = 'code') {
  if (!/^GM\d{4}$/.test(code)) throw bad(`ongeldige gemeentecode: ${code}`, field);
  const name = MUNICIPALITIES.get(code);
  if (!name) throw new OutcomesError(404, 'not_found', `onbekende gemeente: ${code}`, field);
  return name;
}

/** Returns { status, body } for a block-5 request, or null when the path is not ours. */
export function handleOutcomes(req, url, body) {
  const path = url.pathname;
  if (!path.startsWith('/api/outcomes') && !path.startsWith('/api/trajectories')) return null;
  const method = req.method;
  const mutating = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  if (mutating) {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new OutcomesError(415, 'invalid_argument', 'Content-Type moet application/json zijn');
    if (req.headers.origin !== `http://${req.headers.host}`) throw new OutcomesError(403, 'forbidden', 'verzoek van een andere herkomst geweigerd');
  }
  const session = sessionOf(req);
  if (mutating && req.headers['x-csrf-token'] !== session.csrf_token) throw new OutcomesError(403, 'forbidden', 'ongeldig of ontbrekend CSRF-token');

  if (path === '/api/outcomes/provider' && method === 'GET') {
    const agb = requireProvider(session);
    const granularity = granularityOf(url);
    return {
      status: 200,
      body: {
        scope: { kind: 'provider', code: agb, name: PROVIDERS.get(agb)?.name ?? session.organisation.name },
        granularity,
        reference_date: REFERENCE_DATE,
        min_count: MIN_COUNT,
        rows: outcomeRows(
          trajectories.filter((t) => t.provider === agb),
          granularity,
        ),
      },
    };
  }

  let m = /^\/api\/outcomes\/municipality\/([^/]+)$/.exec(path);
  if (m && method === 'GET') {
    const code = decodeURIComponent(m[1]);
    const name = municipalityOf(code);
    const granularity = granularityOf(url);
    const residents = trajectories.filter((t) => t.municipality === code);
    const rows = outcomeRows(residents, granularity);
    const providers = [];
    for (const provider of [...new Set(residents.map((t) => t.provider))].sort()) {
      const own = residents.filter((t) => t.provider === provider);
      for (const period of periods(granularity)) {
        providers.push({ provider, name: PROVIDERS.get(provider)?.name ?? null, period: period.code, ...figures(own, period) });
      }
    }
    for (const row of [...rows, ...providers]) primary(row);
    for (const period of periods(granularity)) {
      const total = rows.find((r) => r.help_form === 'all' && r.period === period.code);
      complementary(
        rows.filter((r) => r.help_form !== 'all' && r.period === period.code),
        total,
      );
      complementary(
        providers.filter((p) => p.period === period.code),
        total,
      );
    }
    return { status: 200, body: { scope: { kind: 'municipality', code, name }, granularity, reference_date: REFERENCE_DATE, min_count: MIN_COUNT, rows, providers } };
  }

  if (path === '/api/outcomes/funnel' && method === 'GET') {
    const indicator = url.searchParams.get('indicator') ?? '';
    if (!SHARES.includes(indicator)) throw bad('indicator moet planned, without_help of no_reentry zijn', 'indicator');
    const yearText = url.searchParams.get('year') ?? '';
    if (!/^\d{4}$/.test(yearText)) throw bad('year moet een jaartal zijn', 'year');
    const municipality = url.searchParams.get('municipality');
    if (municipality) municipalityOf(municipality, 'municipality');
    const list = municipality ? trajectories.filter((t) => t.municipality === municipality) : trajectories;
    const own = session.organisation.kind === 'provider' ? agbOf(session.organisation) : null;
    return { status: 200, body: funnel(list, indicator, Number(yearText), municipality || null, own) };
  }

  if (path === '/api/trajectories/uploads' && method === 'POST') {
    const agb = requireProvider(session);
    const filename = typeof body?.filename === 'string' ? body.filename.trim() : '';
    if (!filename) throw bad('filename is verplicht', 'filename');
    if (typeof body?.content_base64 !== 'string' || body.content_base64 === '') throw bad('content_base64 is verplicht', 'content_base64');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body.content_base64)) throw bad('content_base64 is geen geldige base64', 'content_base64');
    const bytes = Buffer.from(body.content_base64, 'base64');
    if (bytes.length > MAX_UPLOAD) throw bad('het bestand is groter dan 32 MiB', 'content_base64');
    const lower = filename.toLowerCase();
    if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) throw bad('alleen CSV- of Excel-bestanden (.xlsx) kunnen worden ingelezen', 'filename');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const seen = uploads.get(agb) ?? new Map();
    uploads.set(agb, seen);
    if (seen.has(hash)) return { status: 201, body: { filename, trajectories: seen.get(hash), already_imported: true } };
    let rows;
    try {
      rows = lower.endsWith('.csv') ? readCsv(bytes) : readXlsx(bytes);
    } catch (e) {
      if (!(e instanceof UploadRefusal)) throw e;
      // Answered here (not thrown) because the error body carries line and column.
      const error = { code: 'invalid_argument', message: e.message, field: 'content_base64' };
      if (e.line) Object.assign(error, { line: e.line, column: e.column ?? 0 });
      return { status: 400, body: { error } };
    }
    seen.set(hash, rows);
    return { status: 201, body: { filename, trajectories: rows, already_imported: false } };
  }

  if (path === '/api/trajectories' && method === 'GET') {
    const agb = requireProvider(session);
    const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? 100) || 100));
    const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
    const own = trajectories.filter((t) => t.provider === agb);
    return {
      status: 200,
      body: {
        total: own.length,
        trajectories: own.slice(offset, offset + limit).map((t) => ({
          client: createHash('sha256').update(t.client).digest('hex').slice(0, 12),
          municipality: t.municipality,
          birth_year: t.birth_year,
          sex: t.sex,
          referrer: t.referrer,
          help_form: t.help_form,
          start: isoOf(t.start),
          end: t.end === null ? null : isoOf(t.end),
          reason: t.reason,
          satisfaction_youth: t.satisfaction,
          satisfaction_parent: null,
          without_help_youth: t.without_help,
          without_help_parent: null,
        })),
      },
    };
  }

  throw new OutcomesError(404, 'not_found', `onbekend adres: ${path}`);
}
