// Loads docs/api/openapi.yaml and validates JSON bodies against the response schemas it
// documents, with Ajv in JSON Schema 2020-12 mode (the dialect of OpenAPI 3.1).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';

export const OPENAPI_FILE = fileURLToPath(new URL('../../../docs/api/openapi.yaml', import.meta.url));
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const ROOT_ID = 'https://kompas.invalid/openapi/components.json';
const SCHEMA_REF = '#/components/schemas/';

let cached;

export function loadDocument() {
    const text = readFileSync(OPENAPI_FILE, 'utf8');
    return parse(text, { prettyErrors: true, uniqueKeys: true });
}

// A fresh Ajv that knows the OpenAPI annotation keywords and nothing else, so a misspelt
// keyword ("additionalProperty", "nullabel") is a compile error instead of being ignored.
export function createAjv() {
    const ajv = new Ajv2020({
        strict: true,
        strictTypes: false, // `if: {properties: ...}` without `type` is fine here
        allowUnionTypes: true,
        allErrors: true,
        verbose: true,
    });
    ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
    return ajv;
}

// Replaces "#/components/schemas/X" by an absolute reference into the registered components.
function rewriteRefs(node, where) {
    if (Array.isArray(node)) return node.map((item, i) => rewriteRefs(item, `${where}/${i}`));
    if (node === null || typeof node !== 'object') return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === '$ref') {
            assert.ok(typeof value === 'string' && value.startsWith(SCHEMA_REF),
                `${where}: a schema may only $ref ${SCHEMA_REF}*, found ${JSON.stringify(value)}`);
            out.$ref = `${ROOT_ID}#/$defs/${value.slice(SCHEMA_REF.length)}`;
        } else {
            out[key] = rewriteRefs(value, `${where}/${key}`);
        }
    }
    return out;
}

// Follows a local "#/a/b" reference inside the document.
export function resolvePointer(doc, ref) {
    assert.ok(ref.startsWith('#/'), `only local references are supported: ${ref}`);
    let node = doc;
    for (const raw of ref.slice(2).split('/')) {
        const part = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
        assert.ok(node !== null && typeof node === 'object' && part in node, `unresolvable $ref ${ref}`);
        node = node[part];
    }
    return node;
}

export function deref(doc, node) {
    let seen = 0;
    while (node && typeof node === 'object' && typeof node.$ref === 'string' && !node.$ref.startsWith(SCHEMA_REF)) {
        assert.ok(++seen < 20, `reference cycle at ${node.$ref}`);
        node = resolvePointer(doc, node.$ref);
    }
    return node;
}

export class Contract {
    constructor(doc = loadDocument()) {
        this.doc = doc;
        this.ajv = createAjv();
        const schemas = doc.components?.schemas ?? {};
        this.ajv.addSchema({ $id: ROOT_ID, $defs: rewriteRefs(schemas, '#/components/schemas') });
        this.validators = new Map();
        this.validated = new Set(); // "get /api/x 200" that were checked against a real response
    }

    componentValidator(name) {
        assert.ok(name in (this.doc.components?.schemas ?? {}), `no components.schemas.${name} in openapi.yaml`);
        const key = `component ${name}`;
        if (!this.validators.has(key)) {
            this.validators.set(key, this.ajv.compile({ $ref: `${ROOT_ID}#/$defs/${name}` }));
        }
        return this.validators.get(key);
    }

    // Compiles any schema taken from the document (its component $refs resolved).
    schemaValidator(schema, where) {
        return this.ajv.compile(rewriteRefs(schema, where));
    }

    operation(template, method) {
        const item = this.doc.paths?.[template];
        assert.ok(item, `openapi.yaml documents no path ${template}`);
        const op = item[method.toLowerCase()];
        assert.ok(op, `openapi.yaml documents no ${method.toUpperCase()} ${template}`);
        return op;
    }

    // The JSON schema of the documented response, or an assertion error if it is not documented.
    responseSchema(template, method, status) {
        const op = this.operation(template, method);
        const responses = op.responses ?? {};
        const response = deref(this.doc, responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default);
        assert.ok(response, `status ${status} is not documented for ${method.toUpperCase()} ${template}; ` +
            `documented: ${Object.keys(responses).join(', ')}`);
        const schema = response.content?.['application/json']?.schema;
        assert.ok(schema, `${method.toUpperCase()} ${template} ${status} documents no application/json schema`);
        return schema;
    }

    // The documented response object for a status (exact, then "2XX", then default), or undefined.
    response(template, method, status) {
        const responses = this.operation(template, method).responses ?? {};
        return deref(this.doc, responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default);
    }

    // The documented success status of an operation (its only 2xx response: 200, 201 or 204).
    successStatus(template, method) {
        const ok = Object.keys(this.operation(template, method).responses ?? {}).filter((s) => /^2\d\d$/.test(s));
        assert.equal(ok.length, 1, `${method.toUpperCase()} ${template}: expected exactly one 2xx response, found ${ok}`);
        return Number(ok[0]);
    }

    // True when the documented response for the status has an application/json body.
    hasJsonBody(template, method, status) {
        const response = this.response(template, method, status);
        assert.ok(response, `status ${status} is not documented for ${method.toUpperCase()} ${template}`);
        return Boolean(response.content?.['application/json']?.schema);
    }

    // The documented media types of a file response (an export, not JSON); empty for JSON or none.
    fileTypes(template, method, status) {
        const response = this.response(template, method, status);
        const types = Object.keys(response?.content ?? {});
        return types.includes('application/json') ? [] : types;
    }

    // A response documented without a body (204): the status must be documented that way and the
    // body must be empty.
    assertNoContent(template, method, status, text, label = `${method.toUpperCase()} ${template}`) {
        assert.ok(!this.hasJsonBody(template, method, status),
            `${label} → ${status}: openapi.yaml documents a JSON body for this status`);
        this.validated.add(`${method.toLowerCase()} ${template} ${status}`);
        assert.equal(text, '', `${label} → ${status} must have an empty body, got: ${text.slice(0, 200)}`);
    }

    // Validates whatever came back: a JSON body against the documented schema, or an empty body
    // for a status documented without one.
    assertAnyResponse(template, method, status, res, label = `${method.toUpperCase()} ${template}`) {
        const files = this.fileTypes(template, method, status);
        if (files.length) {
            // A file (an export): one of the documented Content-Types and a body.
            assert.ok(files.includes(res.contentType.split(';')[0].trim().toLowerCase()),
                `${label} → ${status}: expected Content-Type ${files.join(' or ')}, got "${res.contentType}"`);
            this.validated.add(`${method.toLowerCase()} ${template} ${status}`);
            assert.ok(res.text.length > 0, `${label} → ${status}: the file is empty`);
        } else if (this.hasJsonBody(template, method, status)) {
            assert.match(res.contentType, /^application\/json\b/i,
                `${label} → ${status}: expected Content-Type application/json, got "${res.contentType}"; body: ${res.text.slice(0, 300)}`);
            this.assertResponse(template, method, status, res.json, label);
        } else {
            this.assertNoContent(template, method, status, res.text, label);
        }
    }

    responseValidator(template, method, status) {
        const key = `${method.toLowerCase()} ${template} ${status}`;
        if (!this.validators.has(key)) {
            const schema = rewriteRefs(this.responseSchema(template, method, status), key);
            this.validators.set(key, this.ajv.compile(schema));
        }
        return this.validators.get(key);
    }

    // Throws an AssertionError listing every violation, with the offending values.
    assertResponse(template, method, status, body, label = `${method.toUpperCase()} ${template}`) {
        const validate = this.responseValidator(template, method, status);
        this.validated.add(`${method.toLowerCase()} ${template} ${status}`);
        assertValid(validate, body, `${label} → ${status} does not match openapi.yaml`);
    }

    assertComponent(name, value, label = name) {
        assertValid(this.componentValidator(name), value, `${label} does not match components.schemas.${name}`);
    }

    // Every (path, method) of the document.
    *operations() {
        for (const [template, item] of Object.entries(this.doc.paths ?? {})) {
            for (const method of METHODS) {
                if (item[method]) yield { template, method, op: item[method] };
            }
        }
    }
}

export function contract() {
    cached ??= new Contract();
    return cached;
}

function valueAt(data, pointer) {
    let node = data;
    for (const raw of pointer.split('/').slice(1)) {
        const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        if (node === null || typeof node !== 'object') return undefined;
        node = node[part];
    }
    return node;
}

function short(value, max = 300) {
    const text = JSON.stringify(value);
    if (text === undefined) return 'undefined';
    return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

export function formatErrors(errors, data, limit = 25) {
    // With allErrors and anyOf, the same spot is often reported several times; keep the first.
    const lines = [];
    const seen = new Set();
    for (const e of errors ?? []) {
        const where = e.instancePath || '(root)';
        let what = e.message;
        if (e.keyword === 'additionalProperties') what = `has a property not in the document: "${e.params.additionalProperty}"`;
        if (e.keyword === 'enum') what = `must be one of ${JSON.stringify(e.params.allowedValues)}`;
        const line = `  - ${where}: ${what}  [schema ${e.schemaPath}]\n      actual: ${short(valueAt(data, e.instancePath))}`;
        if (seen.has(line)) continue;
        seen.add(line);
        lines.push(line);
    }
    const more = lines.length > limit ? `\n  … and ${lines.length - limit} more` : '';
    return lines.slice(0, limit).join('\n') + more;
}

export function assertValid(validate, data, message) {
    if (validate(data)) return;
    assert.fail(`${message}:\n${formatErrors(validate.errors, data)}`);
}
