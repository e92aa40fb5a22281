// In-memory stand-in for block 0 of the API (docs/dev/api-accounts.md): sessions in an HttpOnly
// cookie, CSRF token and Origin checks, organisations, people, collaborations, partners,
// evaluation rounds and an audit trail. Everything is lost when the mock stops.
import { handleResults, seed as seedResults } from './results.mjs';
import { randomBytes, createHash } from 'node:crypto';

export class HttpError extends Error {
  constructor(status, code, message, field, headers) {
    super(message);
    Object.assign(this, { status, code, field, headers });
  }
}

const ELEMENTS = ['shared_horizon', 'partner_interest', 'results_achieved', 'organisation', 'relations_and_trust', 'leadership'];
const ROLES = ['coordinator', 'partner', 'viewer'];
const PERSON_ROLES = ['young_person', 'parent', 'expert_by_experience'];
const KINDS = ['municipality', 'youth_care_region', 'provider', 'civic_partner', 'knowledge_institute', 'platform'];
const COOKIE = 'kompas_session';
const IDLE_MS = 30 * 60 * 1000;
const ABSOLUTE_MS = 12 * 60 * 60 * 1000;

let counter = 0;
const id = (prefix) => `${prefix}_${(++counter).toString(36).padStart(4, '0')}${randomBytes(3).toString('hex')}`;
const now = () => new Date();
const iso = (d = now()) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const organisations = [];
const people = []; // { ...Person, password }
const collaborations = []; // { id, name, theme, regions, period_start, period_end, description, agreements, partners: [] }
const rounds = []; // { id, collaboration_id, title, opened_at, closed, responses: Map(partnerId → {scores, signed, name}) }
const sessions = new Map(); // token → { person_id, csrf, created, seen }
const audit = [];
const failures = new Map(); // email → [times]

function addOrg(name, kind, region = null) {
  const org = { id: id('org'), name, kind, region };
  organisations.push(org);
  return org;
}
function addPerson(email, name, organisation_id, password, platform_admin = false) {
  const person = { id: id('per'), email, name, organisation_id, platform_admin, password };
  people.push(person);
  return person;
}
const publicPerson = ({ password, ...p }) => p;

function record(req, person, action, object_type, object_id, result = 'ok', email = null) {
  const prev = audit.length ? audit[audit.length - 1].hash : '';
  const rec = {
    seq: audit.length + 1,
    at: iso(),
    person_id: person?.id ?? null,
    person_email: person?.email ?? email,
    organisation_id: person?.organisation_id ?? null,
    action,
    object_type,
    object_id,
    result,
    remote: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
  };
  rec.hash = createHash('sha256').update(prev + JSON.stringify(rec)).digest('hex');
  audit.push(rec);
}

// ---- seed ----
const almere = addOrg('Gemeente Almere', 'municipality', 'GM0034');
const brug = addOrg('Zorgaanbieder De Brug', 'provider', 'GM0034');
const buurt = addOrg('Stichting Buurtkracht', 'civic_partner', 'GM0034');
const beheer = addOrg('Kompas beheer', 'platform', null);
addOrg('Gemeente Lelystad', 'municipality', 'GM0995');
const demo = addPerson('demo@kompas.local', 'Demi de Vries', almere.id, 'demo-wachtwoord-2026!');
addPerson('jongere@kompas.local', 'Sam Jansen', almere.id, 'jongere-wachtwoord-2026!');
const brugPerson = addPerson('brug@kompas.local', 'Bram Bakker', brug.id, 'brug-wachtwoord-2026!');
addPerson('buurt@kompas.local', 'Fatima El Amrani', buurt.id, 'buurt-wachtwoord-2026!');
addPerson('beheer@kompas.local', 'Beheerder Kompas', beheer.id, 'beheer-wachtwoord-2026!', true);

{
  const col = {
    id: id('col'),
    name: 'Samen sterk in Almere Haven',
    theme: 'Minder jongeren met langdurige jeugdhulp',
    regions: ['GM0034', 'WK003401'],
    period_start: '2025-01-01',
    period_end: '2028-12-31',
    description: 'Gemeente, aanbieder en buurtorganisatie werken samen aan vroeg en licht ondersteunen.',
    agreements: {
      coordination: 'De gemeente coördineert; elk kwartaal een regiegroep.',
      decision_making: 'Besluiten bij consensus in de regiegroep.',
      funding: 'Gemeentelijk budget preventie, aangevuld door de aanbieder.',
      staffing: 'Twee dagen per week per partner.',
      monitoring: 'Aantal jongeren met jeugdhulp, wachttijden, ervaringen van jongeren.',
      monitoring_frequency: 'Elk halfjaar',
      joining_and_leaving: 'Toetreden na instemming van alle partners; uittreden met drie maanden opzegtermijn.',
    },
    partners: [],
  };
  col.partners.push({ id: id('prt'), kind: 'organisation', organisation_id: almere.id, person_id: null, name: almere.name, person_role: null, role: 'coordinator', joined_at: '2025-01-01T09:00:00Z' });
  col.partners.push({ id: id('prt'), kind: 'organisation', organisation_id: brug.id, person_id: null, name: brug.name, person_role: null, role: 'partner', joined_at: '2025-01-01T09:00:00Z' });
  col.partners.push({ id: id('prt'), kind: 'organisation', organisation_id: buurt.id, person_id: null, name: buurt.name, person_role: null, role: 'partner', joined_at: '2025-02-01T09:00:00Z' });
  collaborations.push(col);
  const scores = (list, comments = {}) => ELEMENTS.map((element, i) => ({ element, score: list[i], comment: comments[element] ?? '' }));
  const r1 = { id: id('evr'), collaboration_id: col.id, title: 'Voorjaar 2025', opened_at: '2025-04-01T08:00:00Z', closed: true, responses: new Map() };
  r1.responses.set(col.partners[0].id, { scores: scores([7, 6, 5, 6, 7, 6]), signed: false, name: null });
  r1.responses.set(col.partners[1].id, { scores: scores([6, 5, 5, 7, 6, 7]), signed: false, name: null });
  r1.responses.set(col.partners[2].id, { scores: scores([8, 6, 4, 5, 6, 6]), signed: false, name: null });
  const r2 = { id: id('evr'), collaboration_id: col.id, title: 'Najaar 2025', opened_at: '2025-10-01T08:00:00Z', closed: false, responses: new Map() };
  r2.responses.set(col.partners[1].id, { scores: scores([8, 6, 6, 7, 7, 8], { relations_and_trust: 'We kennen elkaar nu beter dan een jaar geleden.' }), signed: true, name: brugPerson.name });
  r2.responses.set(col.partners[2].id, { scores: scores([7, 7, 5, 6, 8, 7], { results_achieved: 'Resultaten zijn nog lastig zichtbaar te maken.' }), signed: false, name: null });
  rounds.push(r1, r2);
  seedResults(col, id);
}

// ---- helpers ----
function cookies(req) {
  const out = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

function currentSession(req) {
  const token = cookies(req)[COOKIE];
  const s = token && sessions.get(token);
  if (!s) return null;
  const t = Date.now();
  if (t - s.seen > IDLE_MS || t - s.created > ABSOLUTE_MS) {
    sessions.delete(token);
    return null;
  }
  s.seen = t;
  const person = people.find((p) => p.id === s.person_id);
  return person ? { token, ...s, person } : null;
}

function sessionBody(s) {
  return {
    person: publicPerson(s.person),
    organisation: organisations.find((o) => o.id === s.person.organisation_id),
    csrf_token: s.csrf,
    idle_expires_at: iso(new Date(s.seen + IDLE_MS)),
    absolute_expires_at: iso(new Date(s.created + ABSOLUTE_MS)),
  };
}

const bad = (message, field = '') => new HttpError(400, 'invalid_argument', message, field);
const str = (body, field, { required = false, max = 2000 } = {}) => {
  const v = body[field];
  if (v === undefined || v === null) {
    if (required) throw bad(`${field} is verplicht`, field);
    return '';
  }
  if (typeof v !== 'string') throw bad(`${field} moet tekst zijn`, field);
  if (required && v.trim() === '') throw bad(`${field} is verplicht`, field);
  if (v.length > max) throw bad(`${field} is te lang`, field);
  return v.trim();
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^(GM\d{4}|WK\d{6})$/;

function myPartners(col, person) {
  return col.partners.filter((p) => p.person_id === person.id || p.organisation_id === person.organisation_id);
}
const RANK = { coordinator: 3, partner: 2, viewer: 1 };
function myRole(col, person) {
  let best = null;
  for (const p of myPartners(col, person)) if (!best || RANK[p.role] > RANK[best.role]) best = p;
  return best;
}
function summary(col, person) {
  const { agreements, partners, ...rest } = col;
  return { ...rest, my_role: myRole(col, person)?.role ?? 'viewer' };
}
function detail(col, person) {
  return { ...summary(col, person), agreements: { ...col.agreements }, partners: col.partners.map((p) => ({ ...p })) };
}
function findCollaboration(person, colId) {
  const col = collaborations.find((c) => c.id === colId);
  if (!col || !myRole(col, person)) throw new HttpError(404, 'not_found', 'samenwerking niet gevonden', '');
  return col;
}
function requireRole(col, person, roles) {
  const mine = myRole(col, person);
  if (!mine || !roles.includes(mine.role)) throw new HttpError(403, 'forbidden', 'dit mag alleen een coördinator van de samenwerking', '');
  return mine;
}

function roundBody(r, col, person) {
  const mine = myRole(col, person);
  return {
    id: r.id,
    collaboration_id: r.collaboration_id,
    title: r.title,
    opened_at: r.opened_at,
    closed: r.closed,
    responses: r.responses.size,
    my_response_submitted: Boolean(mine && r.responses.has(mine.id)),
  };
}
const round1 = (x) => Math.round(x * 100) / 100;
function median(sorted) {
  if (!sorted.length) return null;
  const m = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}
// As the server (kMinEvaluationAnswers): below this many answers, no figures and no unsigned comments.
const MIN_ANSWERS = 3;
function elementSummaries(r) {
  const sameCol = rounds.filter((x) => x.collaboration_id === r.collaboration_id);
  const previous = sameCol[sameCol.indexOf(r) - 1] ?? null;
  const meanOf = (round, element) => {
    const s = [...round.responses.values()].map((v) => v.scores.find((x) => x.element === element).score);
    return s.length ? s.reduce((a, b) => a + b, 0) / s.length : null;
  };
  return ELEMENTS.map((element) => {
    const entries = [...r.responses.values()].map((v) => ({ ...v.scores.find((x) => x.element === element), signed: v.signed, name: v.name }));
    const scores = entries.map((e) => e.score).sort((a, b) => a - b);
    const hidden = scores.length < MIN_ANSWERS;
    const previous_responses = previous ? previous.responses.size : 0;
    const comments = entries
      .filter((e) => e.comment && (e.signed || !hidden))
      .map((e) => ({ text: e.comment, signed_by: e.signed ? e.name : null }));
    // Sort comments so their order does not reveal who wrote them.
    comments.sort((a, b) => a.text.localeCompare(b.text));
    if (hidden) {
      return {
        element, responses: scores.length, hidden, distribution: null, mean: null, median: null, min: null, max: null,
        previous_mean: null, previous_responses, change: null, comments,
      };
    }
    const distribution = Array.from({ length: 10 }, (_, i) => scores.filter((s) => s === i + 1).length);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const previous_mean = previous_responses >= MIN_ANSWERS ? meanOf(previous, element) : null;
    return {
      element,
      responses: scores.length,
      hidden,
      distribution,
      mean: round1(mean),
      median: median(scores),
      min: scores[0],
      max: scores.at(-1),
      previous_mean: previous_mean === null ? null : round1(previous_mean),
      previous_responses,
      change: previous_mean !== null ? round1(mean - previous_mean) : null,
      comments,
    };
  });
}
function resultBody(r, col, person) {
  return { ...roundBody(r, col, person), min_answers: MIN_ANSWERS, elements: elementSummaries(r) };
}

// ---- the handler ----
const PUBLIC_PREFIXES = ['/api/health', '/api/regions', '/api/indicators', '/api/observations'];
export function isPublic(method, path) {
  return method === 'GET' && PUBLIC_PREFIXES.some((p) => path === p || path.startsWith(p + '/') || path.startsWith(p + '?'));
}

/** Returns { status, body, headers } for a block-0 request, or null when the path is not ours. */
export function handle(req, url, body) {
  const method = req.method;
  const path = url.pathname;
  const headers = {};
  const mutating = !['GET', 'HEAD', 'OPTIONS'].includes(method);

  if (mutating) {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'invalid_argument', 'Content-Type moet application/json zijn', '');
    }
    const own = `http://${req.headers.host}`;
    if (req.headers.origin !== own) throw new HttpError(403, 'forbidden', 'verzoek van een andere herkomst geweigerd', '');
  }

  if (path === '/api/session' && method === 'POST') {
    const email = String(body?.email ?? '').trim().toLowerCase();
    const password = String(body?.password ?? '');
    const t = Date.now();
    const recent = (failures.get(email) ?? []).filter((x) => t - x < 15 * 60 * 1000);
    failures.set(email, recent);
    if (recent.length >= 5) {
      const wait = Math.ceil((recent[0] + 15 * 60 * 1000 - t) / 1000);
      throw new HttpError(429, 'rate_limited', 'te veel mislukte pogingen; probeer het later opnieuw', '', { 'Retry-After': String(wait) });
    }
    const person = people.find((p) => p.email === email);
    if (!person || person.password !== password) {
      recent.push(t);
      record(req, person ?? null, 'sign_in_failed', 'session', '', 'denied', email || null);
      throw new HttpError(401, 'unauthenticated', 'E-mailadres of wachtwoord klopt niet', '');
    }
    failures.delete(email);
    const token = randomBytes(24).toString('base64url');
    const s = { person_id: person.id, csrf: randomBytes(24).toString('base64url'), created: t, seen: t };
    sessions.set(token, s);
    record(req, person, 'sign_in', 'session', '');
    headers['Set-Cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    return { status: 200, body: sessionBody({ token, ...s, person }), headers };
  }

  const session = currentSession(req);
  if (!session) throw new HttpError(401, 'unauthenticated', 'je bent niet ingelogd', '');
  if (mutating && req.headers['x-csrf-token'] !== session.csrf) {
    throw new HttpError(403, 'forbidden', 'ongeldig of ontbrekend CSRF-token', '');
  }
  const me = session.person;

  if (path === '/api/session') {
    if (method === 'GET') return { status: 200, body: sessionBody(session) };
    if (method === 'DELETE') {
      sessions.delete(session.token);
      record(req, me, 'sign_out', 'session', '');
      headers['Set-Cookie'] = `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
      return { status: 204, body: null, headers };
    }
  }

  if (path === '/api/organisations') {
    if (method === 'GET') return { status: 200, body: [...organisations].sort((a, b) => a.name.localeCompare(b.name)) };
    if (method === 'POST') {
      if (!me.platform_admin) throw new HttpError(403, 'forbidden', 'alleen voor beheerders', '');
      const kind = str(body, 'kind', { required: true });
      if (!KINDS.includes(kind)) throw bad('onbekende soort organisatie', 'kind');
      const org = addOrg(str(body, 'name', { required: true }), kind, body.region ?? null);
      record(req, me, 'create', 'organisation', org.id);
      return { status: 201, body: org };
    }
  }

  if (path === '/api/people') {
    if (method === 'GET') {
      const list = me.platform_admin ? people : people.filter((p) => p.organisation_id === me.organisation_id);
      return { status: 200, body: list.map(publicPerson) };
    }
    if (method === 'POST') {
      if (!me.platform_admin) throw new HttpError(403, 'forbidden', 'alleen voor beheerders', '');
      const password = String(body.password ?? '');
      if (password.length < 12 || password.length > 128) throw bad('wachtwoord moet 12 tot 128 tekens hebben', 'password');
      const person = addPerson(str(body, 'email', { required: true }).toLowerCase(), str(body, 'name', { required: true }), str(body, 'organisation_id', { required: true }), password, Boolean(body.platform_admin));
      record(req, me, 'create', 'person', person.id);
      return { status: 201, body: publicPerson(person) };
    }
  }

  if (path === '/api/audit' && method === 'GET') {
    if (!me.platform_admin) {
      record(req, me, 'read_client_data', 'audit', '', 'denied');
      throw new HttpError(403, 'forbidden', 'alleen voor beheerders van het platform', '');
    }
    const q = url.searchParams;
    const from = q.get('from') ? Date.parse(q.get('from')) : null;
    const to = q.get('to') ? Date.parse(q.get('to')) : null;
    if (Number.isNaN(from)) throw bad('ongeldige datum', 'from');
    if (Number.isNaN(to)) throw bad('ongeldige datum', 'to');
    const limit = Math.min(Number(q.get('limit') ?? 200) || 200, 1000);
    const list = audit
      .filter((r) => (!q.get('person') || r.person_id === q.get('person')) && (!q.get('object') || r.object_id === q.get('object')))
      .filter((r) => (from === null || Date.parse(r.at) >= from) && (to === null || Date.parse(r.at) <= to))
      .reverse()
      .slice(0, limit);
    return { status: 200, body: list };
  }

  if (path === '/api/collaborations') {
    if (method === 'GET') {
      return { status: 200, body: collaborations.filter((c) => myRole(c, me)).map((c) => summary(c, me)) };
    }
    if (method === 'POST') {
      const name = str(body, 'name', { required: true, max: 200 });
      const theme = str(body, 'theme', { required: true, max: 500 });
      if (!Array.isArray(body.regions) || body.regions.length === 0) throw bad('kies minstens één gebied', 'regions');
      for (const code of body.regions) if (typeof code !== 'string' || !REGION.test(code)) throw bad(`ongeldige gebiedscode: ${code}`, 'regions');
      const period_start = str(body, 'period_start', { required: true });
      if (!DATE.test(period_start)) throw bad('ongeldige begindatum', 'period_start');
      const period_end = body.period_end ? str(body, 'period_end') : null;
      if (period_end && !DATE.test(period_end)) throw bad('ongeldige einddatum', 'period_end');
      if (period_end && period_end < period_start) throw bad('de einddatum ligt voor de begindatum', 'period_end');
      const org = organisations.find((o) => o.id === me.organisation_id);
      const col = {
        id: id('col'), name, theme, regions: [...new Set(body.regions)], period_start, period_end, description: str(body, 'description', { max: 5000 }),
        agreements: { coordination: '', decision_making: '', funding: '', staffing: '', monitoring: '', monitoring_frequency: '', joining_and_leaving: '' },
        partners: [{ id: id('prt'), kind: 'organisation', organisation_id: org.id, person_id: null, name: org.name, person_role: null, role: 'coordinator', joined_at: iso() }],
      };
      collaborations.push(col);
      record(req, me, 'create', 'collaboration', col.id);
      return { status: 201, body: detail(col, me) };
    }
  }

  let m = /^\/api\/collaborations\/([^/]+)(\/.*)?$/.exec(path);
  if (m) {
    const col = findCollaboration(me, decodeURIComponent(m[1]));
    const rest = m[2] ?? '';
    if (rest === '' && method === 'GET') return { status: 200, body: detail(col, me) };
    if (rest === '/agreements' && method === 'PUT') {
      requireRole(col, me, ['coordinator']);
      const next = {};
      for (const key of Object.keys(col.agreements)) next[key] = str(body, key, { max: 5000 });
      col.agreements = next;
      record(req, me, 'update', 'collaboration', col.id);
      return { status: 200, body: detail(col, me) };
    }
    if (rest === '/partners' && method === 'POST') {
      requireRole(col, me, ['coordinator']);
      const role = body.role;
      if (!ROLES.includes(role)) throw bad('kies een rol', 'role');
      let partner;
      if (body.organisation_id) {
        const org = organisations.find((o) => o.id === body.organisation_id);
        if (!org) throw new HttpError(404, 'not_found', 'organisatie niet gevonden', 'organisation_id');
        if (col.partners.some((p) => p.organisation_id === org.id && p.kind === 'organisation')) throw new HttpError(409, 'conflict', `${org.name} doet al mee`, 'organisation_id');
        partner = { id: id('prt'), kind: 'organisation', organisation_id: org.id, person_id: null, name: org.name, person_role: null, role, joined_at: iso() };
      } else if (body.person_id) {
        const person = people.find((p) => p.id === body.person_id);
        if (!person) throw new HttpError(404, 'not_found', 'persoon niet gevonden', 'person_id');
        if (!PERSON_ROLES.includes(body.person_role)) throw bad('kies wat voor deelnemer dit is', 'person_role');
        if (col.partners.some((p) => p.person_id === person.id)) throw new HttpError(409, 'conflict', `${person.name} doet al mee`, 'person_id');
        partner = { id: id('prt'), kind: 'person', organisation_id: null, person_id: person.id, name: person.name, person_role: body.person_role, role, joined_at: iso() };
      } else {
        throw bad('kies een organisatie of een persoon', 'organisation_id');
      }
      col.partners.push(partner);
      record(req, me, 'create', 'partner', partner.id);
      return { status: 201, body: partner };
    }
    let pm = /^\/partners\/([^/]+)$/.exec(rest);
    if (pm && method === 'DELETE') {
      requireRole(col, me, ['coordinator']);
      const partner = col.partners.find((p) => p.id === decodeURIComponent(pm[1]));
      if (!partner) throw new HttpError(404, 'not_found', 'partner niet gevonden', '');
      if (partner.role === 'coordinator' && col.partners.filter((p) => p.role === 'coordinator').length === 1) {
        throw new HttpError(409, 'conflict', 'de laatste coördinator kan niet worden verwijderd', '');
      }
      col.partners = col.partners.filter((p) => p !== partner);
      record(req, me, 'delete', 'partner', partner.id);
      return { status: 204, body: null };
    }
    const fromResults = handleResults({
      method, rest, url, body, col, me, newId: id,
      requireRole: (roles) => requireRole(col, me, roles),
      record: (action, type, objectId) => record(req, me, action, type, objectId),
    });
    if (fromResults) return fromResults;
    if (rest === '/evaluations') {
      if (method === 'GET') return { status: 200, body: rounds.filter((r) => r.collaboration_id === col.id).map((r) => roundBody(r, col, me)).reverse() };
      if (method === 'POST') {
        requireRole(col, me, ['coordinator']);
        const title = str(body, 'title', { required: true, max: 200 });
        const r = { id: id('evr'), collaboration_id: col.id, title, opened_at: iso(), closed: false, responses: new Map() };
        rounds.push(r);
        record(req, me, 'create', 'evaluation_round', r.id);
        return { status: 201, body: roundBody(r, col, me) };
      }
    }
    pm = /^\/evaluations\/([^/]+)(\/response|\/close)?$/.exec(rest);
    if (pm) {
      const r = rounds.find((x) => x.id === decodeURIComponent(pm[1]) && x.collaboration_id === col.id);
      if (!r) throw new HttpError(404, 'not_found', 'evaluatieronde niet gevonden', '');
      if (!pm[2] && method === 'GET') return { status: 200, body: resultBody(r, col, me) };
      if (pm[2] === '/close' && method === 'POST') {
        requireRole(col, me, ['coordinator']);
        r.closed = true;
        record(req, me, 'update', 'evaluation_round', r.id);
        return { status: 200, body: resultBody(r, col, me) };
      }
      if (pm[2] === '/response' && method === 'PUT') {
        const mine = myRole(col, me);
        if (!mine || mine.role === 'viewer') throw new HttpError(403, 'forbidden', 'meekijkers vullen de evaluatie niet in', '');
        if (r.closed) throw new HttpError(409, 'conflict', 'deze ronde is gesloten', '');
        if (!Array.isArray(body.scores) || body.scores.length !== 6) throw bad('geef een score voor alle zes onderdelen', 'scores');
        const scores = ELEMENTS.map((element) => {
          const s = body.scores.find((x) => x && x.element === element);
          if (!s || !Number.isInteger(s.score) || s.score < 1 || s.score > 10) throw bad(`score voor ${element} moet 1 tot 10 zijn`, 'scores');
          return { element, score: s.score, comment: typeof s.comment === 'string' ? s.comment.trim().slice(0, 2000) : '' };
        });
        r.responses.set(mine.id, { scores, signed: body.signed === true, name: me.name });
        record(req, me, 'update', 'evaluation_round', r.id);
        return { status: 200, body: resultBody(r, col, me) };
      }
    }
  }
  return null;
}
