// Development stand-in for the Kompas HTTP API (docs/dev/api-shapes.md), serving fixtures.json,
// plus the built front-end from ../dist with the same index.html fallback as the real server.
// Block 0 (accounts, collaborations, evaluation, audit) lives in accounts.mjs, in memory;
// blocks 1B and 2 (ambitions, results, signals, progress) in results.mjs; block 5 (outcomes,
// funnel, trajectory uploads) in outcomes.mjs.
// Usage: node mock/server.mjs [port]   (default 18081). No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handle as handleAccounts, isPublic, HttpError as AccountsError } from './accounts.mjs';
import { setOpenData } from './results.mjs';
import { handleOutcomes } from './outcomes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 18081);
const fixtures = JSON.parse(await readFile(join(here, 'fixtures.json'), 'utf8'));

const regions = [...fixtures.regions].sort((a, b) => a.code.localeCompare(b.code));
const regionByCode = new Map(regions.map((r) => [r.code, r]));
const indicators = [...fixtures.indicators].sort((a, b) => a.key.localeCompare(b.key));
const indicatorByKey = new Map(indicators.map((i) => [i.key, i]));
const COUNTRY = 'NL01';

// Expand the compact yearly series into Observation objects.
const observations = [];
for (const s of fixtures.series) {
  s.values.forEach((value, i) => {
    const year = s.from + i;
    const status = s.status[year] ?? (value === null ? 'unknown' : 'known');
    observations.push({
      indicator: s.indicator,
      region: s.region,
      period: `${year}JJ00`,
      value: status === 'known' || status === 'provisional' ? value : null,
      numerator: null,
      denominator: null,
      status,
    });
  });
}
observations.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.region.localeCompare(b.region) || a.period.localeCompare(b.period));
setOpenData({ regions: regionByCode, indicators: indicatorByKey, observations });

class HttpError extends Error {
  constructor(status, code, message, field) {
    super(message);
    Object.assign(this, { status, code, field });
  }
}

const CODE = /^(NL\d{2}|PV\d{2}|JZ\d{2}|GM\d{4}|WK\d{6}|BU\d{8})$/;

function region(code, field = 'code') {
  if (!CODE.test(code)) throw new HttpError(400, 'invalid_argument', `ongeldige gebiedscode: ${code}`, field);
  const r = regionByCode.get(code);
  if (!r) throw new HttpError(404, 'not_found', `onbekend gebied: ${code}`, field);
  return r;
}

function ancestors(r) {
  const out = [];
  for (let p = r.parent && regionByCode.get(r.parent); p; p = p.parent && regionByCode.get(p.parent)) out.unshift(p);
  return out;
}

function profile(r) {
  const parent = r.parent ? regionByCode.get(r.parent) ?? null : null;
  const find = (code, key, period) => (code ? observations.find((o) => o.region === code && o.indicator === key && o.period === period) ?? null : null);
  const entries = [];
  for (const indicator of indicators) {
    const own = observations.filter((o) => o.region === r.code && o.indicator === indicator.key);
    if (own.length === 0) continue;
    let index = own.findLastIndex((o) => o.value !== null);
    if (index < 0) index = own.length - 1;
    const latest = own[index];
    const previous = index > 0 ? own[index - 1] : null;
    entries.push({
      indicator,
      latest,
      previous,
      change: previous && latest.value !== null && previous.value !== null ? latest.value - previous.value : null,
      parent: parent ? find(parent.code, indicator.key, latest.period) : null,
      country: find(COUNTRY, indicator.key, latest.period),
    });
  }
  return { region: r, parent, entries };
}

function api(url) {
  const path = url.pathname;
  if (path === '/api/health') {
    return { status: 'ok', version: '0.1.0-mock', database: 'sqlite', counts: { regions: regions.length, indicators: indicators.length, observations: observations.length } };
  }
  if (path === '/api/regions') {
    const parent = url.searchParams.get('parent');
    const level = url.searchParams.get('level');
    if (parent) region(parent, 'parent');
    return regions.filter((r) => (!parent || r.parent === parent) && (!level || r.level === level));
  }
  let m = /^\/api\/regions\/([^/]+)\/profile$/.exec(path);
  if (m) return profile(region(decodeURIComponent(m[1])));
  m = /^\/api\/regions\/([^/]+)$/.exec(path);
  if (m) {
    const r = region(decodeURIComponent(m[1]));
    return { ...r, ancestors: ancestors(r), children: regions.filter((c) => c.parent === r.code) };
  }
  if (path === '/api/indicators') return indicators;
  if (path === '/api/observations') {
    const list = url.searchParams.get('region');
    if (!list) throw new HttpError(400, 'invalid_argument', 'region is verplicht', 'region');
    const codes = list.split(',').filter(Boolean).map((c) => region(c, 'region').code);
    const key = url.searchParams.get('indicator');
    if (key && !indicatorByKey.has(key)) throw new HttpError(404, 'not_found', `onbekende indicator: ${key}`, 'indicator');
    return observations.filter((o) => codes.includes(o.region) && (!key || o.indicator === key));
  }
  throw new HttpError(404, 'not_found', `onbekend adres: ${path}`, '');
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };

async function file(path) {
  const target = normalize(join(dist, path));
  if (!target.startsWith(dist)) return null;
  try {
    if ((await stat(target)).isFile()) return { body: await readFile(target), type: TYPES[extname(target)] ?? 'application/octet-stream' };
  } catch {}
  return null;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    let status = 200;
    let body;
    let headers = {};
    try {
      if (isPublic(req.method, url.pathname)) {
        body = api(url);
      } else {
        const raw = await readBody(req);
        let parsed = {};
        if (raw) {
          try {
            parsed = JSON.parse(raw);
          } catch {
            throw new HttpError(400, 'invalid_argument', 'ongeldige JSON', '');
          }
        }
        const out = handleOutcomes(req, url, parsed) ?? handleAccounts(req, url, parsed);
        if (!out) throw new HttpError(404, 'not_found', `onbekend adres: ${url.pathname}`, '');
        ({ status, body } = out);
        headers = out.headers ?? {};
      }
    } catch (e) {
      status = e instanceof HttpError || e instanceof AccountsError || typeof e.status === 'number' ? e.status : 500;
      if (status === 500) console.error(e);
      headers = e.headers ?? {};
      body = { error: { code: e.code ?? 'internal', message: e.message, field: e.field ?? '' } };
    }
    if (status === 204) {
      res.writeHead(204, { 'Cache-Control': 'no-store', ...headers });
      res.end();
      return;
    }
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
    return;
  }
  const found = (await file(decodeURIComponent(url.pathname))) ?? (extname(url.pathname) === '' ? await file('index.html') : null);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Niet gevonden');
    return;
  }
  res.writeHead(200, { 'Content-Type': found.type });
  res.end(found.body);
});

server.listen(port, '127.0.0.1', () => console.log(`Kompas mock on http://127.0.0.1:${port}`));
