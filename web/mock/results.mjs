// Blocks 1B and 2 in memory (docs/dev/api-results.md): ambitions, societal results, signals and
// progress. accounts.mjs routes /api/collaborations/{id}/(ambitions|results|signals)… here after
// its session, CSRF and partner checks; server.mjs hands over the open data with setOpenData.
// The status rules follow src/stats/target.hpp (cautious: "kan niet zeggen" before "achter").

const ambitions = []; // Ambition without `results`
const results = []; // SocietalResult
const signals = []; // Signal (+ created_at for ordering)
let open = { regions: new Map(), indicators: new Map(), observations: [] };

export function setOpenData(data) {
  open = data;
}

const SOURCES = ['professional', 'parent', 'young_person', 'partner', 'other'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^(\d{4})(JJ|KW|MM)(\d{2})$/;

class ResultsError extends Error {
  constructor(status, code, message, field = '') {
    super(message);
    Object.assign(this, { status, code, field });
  }
}
const bad = (message, field = '') => new ResultsError(400, 'invalid_argument', message, field);
const notFound = (message) => new ResultsError(404, 'not_found', message);

function text(body, field, { required = false, max = 2000 } = {}) {
  const v = body?.[field];
  if (v === undefined || v === null || v === '') {
    if (required) throw bad(`${field} is verplicht`, field);
    return '';
  }
  if (typeof v !== 'string') throw bad(`${field} moet tekst zijn`, field);
  if (required && v.trim() === '') throw bad(`${field} is verplicht`, field);
  if (v.length > max) throw bad(`${field} is te lang`, field);
  return v.trim();
}
function date(body, field) {
  const v = text(body, field, { required: true });
  if (!DATE.test(v) || Number.isNaN(Date.parse(v))) throw bad(`${field} moet een datum zijn (JJJJ-MM-DD)`, field);
  return v;
}
function list(body, field) {
  const v = body?.[field];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw bad(`${field} moet een lijst zijn`, field);
  return [...new Set(v)];
}

/** Fractional year of the middle of a CBS period: 2024JJ00 → 2024.5, 2024KW01 → 2024.125. */
export function periodYear(period) {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[3]);
  if (m[2] === 'JJ') return year + 0.5;
  if (m[2] === 'KW') return year + (n - 0.5) / 4;
  return year + (n - 0.5) / 12;
}

const round = (x, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function wilson(k, n, z = 1.959964) {
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { lower: c - h, upper: c + h };
}

function fmt(value, indicator) {
  const s = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals }).format(value);
  const unit = indicator.unit === 'aantal' ? '' : ` ${indicator.unit}`;
  return s + unit;
}
const periodWords = (p) => (/^\d{4}JJ00$/.test(p) ? p.slice(0, 4) : p);

// ---- seed (called from accounts.mjs for the demo collaboration) ----
export function seed(col, newId) {
  const [gemeente, aanbieder, buurt] = col.partners;
  const amb = {
    id: newId('amb'),
    collaboration_id: col.id,
    title: 'Jongeren groeien op zonder zware jeugdzorg',
    statement: 'We willen dat minder jongeren zware jeugdzorg nodig hebben, doordat ze eerder en dichtbij lichte steun krijgen.',
    agreed_on: '2025-03-12',
    agreed_by: [gemeente.id, aanbieder.id, buurt.id],
    indicators: ['PercentageJongerenMetJeugdzorg'],
    signals: [],
  };
  ambitions.push(amb);
  const s1 = {
    id: newId('sig'), collaboration_id: col.id,
    text: 'Ouders in Almere Haven vertellen dat ze lang wachten op een eerste gesprek en dan al zwaardere hulp nodig hebben.',
    source: 'parent', source_detail: 'Ouderavond basisschool De Regenboog', date: '2025-05-20', region: 'WK003401', theme: 'Wachttijden',
    ambition_id: amb.id, result_id: null, created_by: 'Demi de Vries', created_at: '2025-05-21T10:00:00Z',
  };
  const s2 = {
    id: newId('sig'), collaboration_id: col.id,
    text: 'Jongerenwerkers zien dat jongeren sneller hulp vragen sinds er een inloopspreekuur in de wijk is.',
    source: 'professional', source_detail: 'Jongerenwerk Buurtkracht', date: '2025-09-02', region: 'WK003401', theme: 'Laagdrempelige steun',
    ambition_id: amb.id, result_id: null, created_by: 'Fatima El Amrani', created_at: '2025-09-03T09:00:00Z',
  };
  signals.push(s1, s2);
  amb.signals = [s1.id];
  const r1 = {
    id: newId('res'), collaboration_id: col.id, ambition_id: amb.id,
    title: 'In 2028 krijgt hooguit 10 % van de jongeren in Almere jeugdzorg',
    indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'],
    baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 },
    agreed_by: [gemeente.id, aanbieder.id], agreed_on: '2025-03-12',
  };
  const r2 = {
    id: newId('res'), collaboration_id: col.id, ambition_id: amb.id,
    title: 'In 2028 krijgt hooguit 9 % van de jongeren in Almere Pampus jeugdzorg',
    indicator: 'PercentageJongerenMetJeugdzorg', regions: ['WK003406'],
    baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 9.0, year: 2028 },
    agreed_by: [gemeente.id], agreed_on: '2025-06-01',
  };
  const r3 = {
    id: newId('res'), collaboration_id: col.id, ambition_id: amb.id,
    title: 'In 2028 krijgt hooguit 6,5 % van de jongeren in Almere Oosterwold jeugdzorg',
    indicator: 'PercentageJongerenMetJeugdzorg', regions: ['WK003407'],
    baseline: { value: 7.0, period: '2023JJ00' }, target: { value: 6.5, year: 2028 },
    agreed_by: [gemeente.id, buurt.id], agreed_on: '2025-06-01',
  };
  results.push(r1, r2, r3);
  s2.result_id = r1.id;
}

// ---- progress ----
function series(indicatorKey, regionCode) {
  return open.observations
    .filter((o) => o.indicator === indicatorKey && o.region === regionCode)
    .map((o) => {
      const interval = o.numerator !== null && o.denominator ? wilson(o.numerator, o.denominator) : null;
      const scale = 100;
      return {
        period: o.period,
        year: periodYear(o.period),
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        status: o.status,
        interval: interval ? { lower: round(interval.lower * scale), upper: round(interval.upper * scale) } : null,
      };
    })
    .sort((a, b) => a.year - b.year);
}

const usable = (p) => p.value !== null && Number.isFinite(p.value);

function pathValueAt(res, year) {
  const by = periodYear(res.baseline.period);
  const ty = res.target.year + 0.5;
  if (year <= by) return res.baseline.value;
  if (year >= ty) return res.target.value;
  return res.baseline.value + ((res.target.value - res.baseline.value) * (year - by)) / (ty - by);
}

function assess(res, indicator, points) {
  const by = periodYear(res.baseline.period);
  // A neutral indicator has no good side of its own; the agreed target says which way is better.
  let lowerIsBetter = indicator.direction === 'lower_is_better';
  if (indicator.direction === 'neutral') lowerIsBetter = res.target.value < res.baseline.value;
  const better = (a, b) => (lowerIsBetter ? a <= b : a >= b);
  const after = points.filter((p) => usable(p) && p.year > by);
  if (points.filter(usable).length === 0) {
    return { status: 'cannot_say', status_reason: `Er zijn voor dit gebied nog geen cijfers over ${indicator.title.toLowerCase()}. Kies eventueel een andere indicator, of volg dit resultaat met signalen uit de praktijk.` };
  }
  if (after.length === 0) return { status: 'cannot_say', status_reason: 'Er is nog geen bekende meting na de nulmeting, dus we kunnen niets zeggen over de voortgang.' };
  const last = after[after.length - 1];
  const path = pathValueAt(res, last.year);
  const iv = last.interval;
  const inside = (x) => Boolean(iv) && iv.lower <= x && x <= iv.upper;
  const shortOf = (x) => Boolean(iv) && (lowerIsBetter ? iv.upper > x : iv.lower < x);
  if (iv && inside(path) && inside(res.baseline.value)) {
    return { status: 'cannot_say', status_reason: 'De onzekerheid van de laatste meting is zo groot dat we niet kunnen onderscheiden of de waarde op het pad naar het doel ligt of nog op het niveau van de nulmeting.' };
  }
  if (better(last.value, res.target.value)) {
    return { status: 'target_reached', status_reason: shortOf(res.target.value) ? 'De laatste meting ligt op of voorbij de streefwaarde, maar binnen de onzekerheid: de werkelijke waarde kan nog iets onder het doel liggen.' : 'De laatste meting ligt op of voorbij de streefwaarde.' };
  }
  if (better(last.value, path)) {
    return { status: 'on_course', status_reason: shortOf(path) ? 'De laatste meting ligt op of voorbij het rechte pad van nulmeting naar streefwaarde, maar binnen de onzekerheid: de werkelijke waarde kan ook iets achter het pad liggen.' : 'De laatste meting ligt op of voorbij het rechte pad van nulmeting naar streefwaarde.' };
  }
  if (iv && inside(path)) {
    return { status: 'cannot_say', status_reason: 'De laatste meting ligt iets achter het pad naar het doel, maar binnen de onzekerheid kan ze er ook op liggen; we kunnen dus niet zeggen dat het doel achterloopt.' };
  }
  return { status: 'behind', status_reason: iv ? 'De laatste meting ligt, ook met de onzekerheid meegerekend, achter het rechte pad van nulmeting naar streefwaarde.' : 'De laatste meting ligt achter het rechte pad van nulmeting naar streefwaarde.' };
}

function change(res, indicator, points) {
  const usableAfter = points.filter((p) => usable(p) && p.period > res.baseline.period);
  if (usableAfter.length === 0) return null;
  const last = usableAfter[usableAfter.length - 1];
  const diff = last.value - res.baseline.value;
  const unit = indicator.unit === '%' ? ' procentpunt' : indicator.unit === 'aantal' ? '' : ` ${indicator.unit}`;
  const amount = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: indicator.decimals, maximumFractionDigits: indicator.decimals }).format(Math.abs(diff)) + unit;
  const words = `Van ${fmt(res.baseline.value, indicator)} in ${periodWords(res.baseline.period)} naar ${fmt(last.value, indicator)} in ${periodWords(last.period)}`;
  if (Math.abs(diff) < 10 ** -indicator.decimals / 2) {
    return { from: res.baseline.period, to: last.period, verdict: 'within_normal_variation', interval: null, text: `${words}: gelijk gebleven; dit beweegt binnen de normale variatie.` };
  }
  const verdict = diff > 0 ? 'increase' : 'decrease';
  return {
    from: res.baseline.period,
    to: last.period,
    verdict,
    interval: null,
    text: `${words}: ${diff > 0 ? 'een toename' : 'een afname'} van ${amount}. Zonder aantallen (teller en noemer) kunnen we niet toetsen of dit buiten de normale variatie valt.`,
  };
}

function progress(res, code) {
  const indicator = open.indicators.get(res.indicator);
  const region = open.regions.get(code);
  if (!region) throw notFound(`onbekend gebied: ${code}`);
  let dataRegion = region;
  let points = series(res.indicator, region.code);
  let levelNote = null;
  if (!points.some(usable) && region.parent) {
    const parent = open.regions.get(region.parent);
    const parentPoints = parent ? series(res.indicator, parent.code) : [];
    if (parentPoints.some(usable)) {
      dataRegion = parent;
      points = parentPoints;
      levelNote = `Voor ${region.name} zijn geen cijfers over ${indicator.title.toLowerCase()} beschikbaar (te weinig jongeren om te publiceren). Daarom tonen we de cijfers van ${parent.name}: die zeggen iets over de hele gemeente, niet over ${region.name} alleen.`;
    }
  }
  const first = Math.floor(periodYear(res.baseline.period));
  const path = [];
  for (let y = first; y <= res.target.year; y += 1) path.push({ year: y, value: round(pathValueAt(res, y + 0.5)) });
  const known = points.some(usable);
  const a = assess(res, indicator, points);
  return {
    result: res,
    indicator,
    region,
    data_region: dataRegion,
    level_note: levelNote,
    series: known ? points : [],
    path,
    status: a.status,
    status_reason: a.status_reason,
    change: known ? change(res, indicator, points) : null,
    signals: signals.filter((s) => s.result_id === res.id || (s.ambition_id === res.ambition_id && !s.result_id)).sort(newestFirst).map(publicSignal),
  };
}

const newestFirst = (a, b) => b.date.localeCompare(a.date) || b.created_at.localeCompare(a.created_at);
const publicSignal = ({ created_at, ...s }) => s;
const ambitionBody = (a) => ({ ...a, results: results.filter((r) => r.ambition_id === a.id).length });

function dashboardRow(res) {
  const p = progress(res, res.regions[0]);
  const amb = ambitions.find((a) => a.id === res.ambition_id);
  const latest = [...p.series].reverse().find(usable) ?? null;
  return { result: res, ambition_title: amb?.title ?? '', indicator: p.indicator, sparkline: p.series.map((x) => x.value), latest, status: p.status, status_reason: p.status_reason };
}

function ambitionInput(body, col) {
  const partnerIds = new Set(col.partners.map((p) => p.id));
  const agreed_by = list(body, 'agreed_by');
  for (const p of agreed_by) if (!partnerIds.has(p)) throw bad(`onbekende partner: ${p}`, 'agreed_by');
  const indicators = list(body, 'indicators');
  for (const k of indicators) if (!open.indicators.has(k)) throw bad(`onbekende indicator: ${k}`, 'indicators');
  const sigs = list(body, 'signals');
  for (const s of sigs) if (!signals.some((x) => x.id === s && x.collaboration_id === col.id)) throw bad(`onbekend signaal: ${s}`, 'signals');
  return {
    title: text(body, 'title', { required: true, max: 200 }),
    statement: text(body, 'statement', { required: true, max: 5000 }),
    agreed_on: date(body, 'agreed_on'),
    agreed_by,
    indicators,
    signals: sigs,
  };
}

/**
 * Handles `rest` (the path after /api/collaborations/{id}) or returns null.
 * ctx: { method, rest, url, body, col, me, requireRole(roles), record(action, type, id), newId(prefix) }
 */
export function handleResults(ctx) {
  const { method, rest, url, body, col, me } = ctx;
  const coordinator = () => ctx.requireRole(['coordinator']);
  const ownAmbition = (ambId) => {
    const a = ambitions.find((x) => x.id === ambId && x.collaboration_id === col.id);
    if (!a) throw notFound('ambitie niet gevonden');
    return a;
  };
  const ownResult = (resId) => {
    const r = results.find((x) => x.id === resId && x.collaboration_id === col.id);
    if (!r) throw notFound('resultaat niet gevonden');
    return r;
  };

  if (rest === '/ambitions') {
    if (method === 'GET') return { status: 200, body: ambitions.filter((a) => a.collaboration_id === col.id).map(ambitionBody) };
    if (method === 'POST') {
      coordinator();
      const a = { id: ctx.newId('amb'), collaboration_id: col.id, ...ambitionInput(body, col) };
      ambitions.push(a);
      ctx.record('create', 'ambition', a.id);
      return { status: 201, body: ambitionBody(a) };
    }
  }
  let m = /^\/ambitions\/([^/]+)$/.exec(rest);
  if (m) {
    const a = ownAmbition(decodeURIComponent(m[1]));
    if (method === 'GET') {
      return {
        status: 200,
        body: {
          ...ambitionBody(a),
          results_list: results.filter((r) => r.ambition_id === a.id),
          signal_list: signals.filter((s) => a.signals.includes(s.id) || s.ambition_id === a.id).sort(newestFirst).map(publicSignal),
        },
      };
    }
    if (method === 'PUT') {
      coordinator();
      Object.assign(a, ambitionInput(body, col));
      ctx.record('update', 'ambition', a.id);
      return { status: 200, body: ambitionBody(a) };
    }
    if (method === 'DELETE') {
      coordinator();
      if (results.some((r) => r.ambition_id === a.id)) throw new ResultsError(409, 'conflict', 'deze ambitie heeft nog maatschappelijke resultaten');
      ambitions.splice(ambitions.indexOf(a), 1);
      ctx.record('delete', 'ambition', a.id);
      return { status: 204, body: null };
    }
  }
  m = /^\/ambitions\/([^/]+)\/results$/.exec(rest);
  if (m && method === 'POST') {
    const a = ownAmbition(decodeURIComponent(m[1]));
    coordinator();
    const title = text(body, 'title', { required: true, max: 300 });
    const indicator = text(body, 'indicator', { required: true });
    if (!open.indicators.has(indicator)) throw bad(`onbekende indicator: ${indicator}`, 'indicator');
    const regions = list(body, 'regions');
    if (regions.length === 0) throw bad('kies minstens één gebied', 'regions');
    for (const c of regions) if (!open.regions.has(c)) throw bad(`onbekend gebied: ${c}`, 'regions');
    const b = body.baseline ?? {};
    if (typeof b.value !== 'number' || !Number.isFinite(b.value)) throw bad('de nulmeting moet een getal zijn', 'baseline.value');
    if (typeof b.period !== 'string' || periodYear(b.period) === null) throw bad('de periode van de nulmeting moet een CBS-periode zijn, bijvoorbeeld 2022JJ00', 'baseline.period');
    const t = body.target ?? {};
    if (typeof t.value !== 'number' || !Number.isFinite(t.value)) throw bad('de streefwaarde moet een getal zijn', 'target.value');
    if (!Number.isInteger(t.year)) throw bad('het streefjaar moet een jaartal zijn', 'target.year');
    if (t.year <= Math.floor(periodYear(b.period))) throw bad('het streefjaar moet na het jaar van de nulmeting liggen', 'target.year');
    const partnerIds = new Set(col.partners.map((p) => p.id));
    const agreed_by = list(body, 'agreed_by');
    for (const p of agreed_by) if (!partnerIds.has(p)) throw bad(`onbekende partner: ${p}`, 'agreed_by');
    const r = {
      id: ctx.newId('res'), collaboration_id: col.id, ambition_id: a.id, title, indicator, regions,
      baseline: { value: b.value, period: b.period }, target: { value: t.value, year: t.year },
      agreed_by, agreed_on: date(body, 'agreed_on'),
    };
    results.push(r);
    ctx.record('create', 'societal_result', r.id);
    return { status: 201, body: r };
  }
  if (rest === '/results' && method === 'GET') {
    return { status: 200, body: results.filter((r) => r.collaboration_id === col.id).map(dashboardRow) };
  }
  m = /^\/results\/([^/]+)$/.exec(rest);
  if (m) {
    const r = ownResult(decodeURIComponent(m[1]));
    if (method === 'GET') {
      const code = url.searchParams.get('region') ?? r.regions[0];
      if (!r.regions.includes(code)) throw bad(`${code} hoort niet bij dit resultaat`, 'region');
      return { status: 200, body: progress(r, code) };
    }
    if (method === 'DELETE') {
      coordinator();
      results.splice(results.indexOf(r), 1);
      ctx.record('delete', 'societal_result', r.id);
      return { status: 204, body: null };
    }
  }
  if (rest === '/signals') {
    if (method === 'GET') return { status: 200, body: signals.filter((s) => s.collaboration_id === col.id).sort(newestFirst).map(publicSignal) };
    if (method === 'POST') {
      ctx.requireRole(['coordinator', 'partner']);
      const source = text(body, 'source', { required: true });
      if (!SOURCES.includes(source)) throw bad('kies een bron', 'source');
      const region = body.region ? text(body, 'region') : null;
      if (region && !open.regions.has(region)) throw bad(`onbekend gebied: ${region}`, 'region');
      const ambition_id = body.ambition_id ? ownAmbition(body.ambition_id).id : null;
      const result_id = body.result_id ? ownResult(body.result_id).id : null;
      const s = {
        id: ctx.newId('sig'), collaboration_id: col.id,
        text: text(body, 'text', { required: true, max: 5000 }), source, source_detail: text(body, 'source_detail', { max: 300 }),
        date: date(body, 'date'), region, theme: text(body, 'theme', { max: 200 }), ambition_id, result_id,
        created_by: me.name, created_at: new Date().toISOString(),
      };
      signals.push(s);
      ctx.record('create', 'signal', s.id);
      return { status: 201, body: publicSignal(s) };
    }
  }
  return null;
}
