// Own data in the browser (issue 15) over HTTP: a KWB CSV, a zip of OData sets and the long CSV
// are read as `kompas import` reads them; errors name file, line and column; nothing is written
// after an error; the same file again changes nothing; a municipality uploads only for its own area.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SUFFIX, adminSession, call, createOrganisation, createPerson, password, send, signIn } from './lib/accounts.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const ROUTE = '/api/own-data/uploads';
const base64 = (bytes) => Buffer.from(bytes).toString('base64');
let admin;
let almere; // a session of a person of a municipality organisation for GM0034

const upload = (as, format, filename, bytes, status) =>
    call(ROUTE, 'POST', ROUTE, status, { as, body: { format, filename, content_base64: base64(bytes) } });
// The observations of an indicator in a region; [] when the indicator does not exist (404).
const observations = async (region, indicator) => {
    const res = await send('GET', `/api/observations?region=${region}&indicator=${indicator}`);
    if (res.status === 404) return [];
    assert.equal(res.status, 200, res.text);
    return res.json;
};

// A zip of stored (uncompressed) entries: enough for the server's reader, without a dependency.
const CRC = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
};
function zip(files) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const [name, content] of Object.entries(files)) {
        const data = Buffer.from(content);
        const nameBytes = Buffer.from(name);
        const crc = crc32(data);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBytes.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
        central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
        locals.push(local, nameBytes, data);
        centrals.push(central, nameBytes);
        offset += local.length + nameBytes.length + data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    const count = Object.keys(files).length;
    end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10);
    end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}

// The OData fixture, made unique for this run (TableInfos' summary) so that it is new to the server.
function odataFiles(folder = '85098NED') {
    const dir = join(FIXTURES, 'odata', '85098NED');
    const files = {};
    for (const name of readdirSync(dir)) {
        let text = readFileSync(join(dir, name), 'utf8');
        if (name === 'TableInfos.json') text = text.replace('"Proef"', `"Proef ${SUFFIX} ${folder}"`);
        files[`${folder}/${name}`] = text;
    }
    return files;
}

// The KWB fixture with this run's number in its ID column (not read), so that its hash is new.
const kwbCsv = () => readFileSync(join(FIXTURES, 'kwb', 'good.csv'), 'utf8').replace(/\n(\d+);/g, (_, id) => `\n${SUFFIX}${id};`);

before(async () => {
    admin = await adminSession();
    const org = await createOrganisation(admin, `Gemeente eigen cijfers ${SUFFIX}`, 'municipality', 'GM0034');
    const pw = password('own');
    const person = await createPerson(admin, { email: `own-${SUFFIX}@eigen.example`, name: 'Beleid eigen cijfers', organisation_id: org.id, password: pw });
    almere = await signIn(person.email, pw, 'almere');
});

test('the area: an administrator any region, a municipality its own', async () => {
    assert.deepEqual((await call('/api/own-data/area', 'GET', '/api/own-data/area', 200, { as: admin })).json, { any_region: true, municipality: null });
    assert.deepEqual((await call('/api/own-data/area', 'GET', '/api/own-data/area', 200, { as: almere })).json, { any_region: false, municipality: 'GM0034' });
});

test('a municipality uploads a KWB CSV for its own area; the same file again changes nothing', async () => {
    const text = kwbCsv();
    const first = await upload(almere, 'kwb-csv', 'kwb-almere.csv', text, 201);
    assert.equal(first.json.already_imported, false);
    assert.equal(first.json.format, 'cbs-csv');
    assert.ok(first.json.observations > 0, JSON.stringify(first.json));
    const before = await observations('WK003401', 'JongerenMetJeugdzorgInNatura');
    const again = await upload(almere, 'kwb-csv', 'kwb-almere.csv', text, 201);
    assert.equal(again.json.already_imported, true);
    assert.equal(again.json.observations, 0);
    assert.deepEqual(await observations('WK003401', 'JongerenMetJeugdzorgInNatura'), before);
});

test('an administrator uploads a zip of OData sets (in a folder inside the zip)', async () => {
    const res = await upload(admin, 'odata-zip', 'jeugdhulp.zip', zip(odataFiles()), 201);
    assert.equal(res.json.already_imported, false);
    assert.equal(res.json.format, 'cbs-odata');
    assert.ok(res.json.observations > 0);
    const again = await upload(admin, 'odata-zip', 'jeugdhulp-kopie.zip', zip(odataFiles()), 201); // same folder name: same content
    assert.equal(again.json.already_imported, true, 'the same sets under another name are the same import');
});

test('an error in a zipped set names the zip, the set, line and column; a zip bomb is refused with its cap', async () => {
    const files = odataFiles('bad');
    files['bad/TypedDataSet.json'] = files['bad/TypedDataSet.json'].replace('"Perioden": "2022JJ00"', '"Perioden": "2022XX00"');
    const res = await upload(admin, 'odata-zip', 'fout.zip', zip(files), 400);
    assert.match(res.json.error.message, /^fout\.zip\/TypedDataSet\.json:\d+:\d+: periode/);
    assert.doesNotMatch(res.text, /kompas-upload-/, 'no temporary path in the message');
    const many = {};
    for (let i = 0; i < 201; i += 1) many[`set_${i}.json`] = '{}';
    const bomb = await upload(admin, 'odata-zip', 'veel.zip', zip(many), 400);
    assert.match(bomb.json.error.message, /meer dan 200 bestanden/);
    const notZip = await upload(admin, 'odata-zip', 'geen.zip', 'dit is geen zip', 400);
    assert.match(notZip.json.error.message, /geen geldig zip-bestand/);
});

test('the long CSV: success, an error by line and column with nothing written, idempotence', async () => {
    const key = `eigen_${SUFFIX}`;
    const good = `indicator,region,period,value\n${key},GM0034,2023JJ00,4.5\n${key},WK003401,2024JJ00,5\n`;
    const first = await upload(admin, 'long-csv', 'eigen.csv', good, 201);
    assert.deepEqual([first.json.already_imported, first.json.observations], [false, 2]);
    assert.equal((await observations('GM0034', key))[0].value, 4.5);
    const again = await upload(admin, 'long-csv', 'eigen.csv', good, 201);
    assert.equal(again.json.already_imported, true);

    const other = `fout_${SUFFIX}`;
    const bad = `indicator,region,period,value\n${other},GM0034,2023JJ00,4.5\n${other},GM0034,2024JJ00,veel\n`;
    const res = await upload(admin, 'long-csv', 'fout.csv', bad, 400);
    assert.equal(res.json.error.line, 3);
    assert.equal(res.json.error.column, 4);
    assert.match(res.json.error.message, /^fout\.csv:3:4: numeriek/);
    assert.deepEqual(await observations('GM0034', other), [], 'the good first row was not written either');
});

test('a municipality is refused rows outside its area, naming the line and region; nothing is written', async () => {
    const key = `buiten_${SUFFIX}`;
    const text = `indicator,region,period,value\n${key},GM0034,2024JJ00,1\n${key},BU00340101,2024JJ00,2\n${key},GM0363,2024JJ00,3\n`;
    const res = await upload(almere, 'long-csv', 'buiten.csv', text, 400);
    assert.equal(res.json.error.line, 4);
    assert.match(res.json.error.message, /buiten\.csv:4:2: gebied: regio GM0363 valt buiten het gebied/);
    assert.deepEqual(await observations('GM0034', key), []);
    // The OData fixture holds Amsterdam and the country: refused for Almere as well.
    const zipped = await upload(almere, 'odata-zip', 'land.zip', zip(odataFiles('land')), 400);
    assert.match(zipped.json.error.message, /gebied: regio (NL01|GM0363) valt buiten/);
});

test('every upload is audited, a refused one too', async () => {
    const latest = async (object) => (await call('/api/audit', 'GET', `/api/audit?object=${object}&limit=1`, 200, { as: admin })).json[0];
    const refused = await latest('buiten.csv');
    assert.deepEqual([refused.object_type, refused.result], ['own_data_upload', 'failed']);
    const done = await latest('kwb-almere.csv');
    assert.deepEqual([done.object_type, done.result], ['own_data_upload', 'ok']);
});

test('anonymous callers get 401; other organisations 403', async () => {
    const res = await send('POST', ROUTE, { body: { format: 'long-csv', filename: 'x.csv', content_base64: base64('a') } });
    assert.equal(res.status, 401);
    const provider = await createOrganisation(admin, `Aanbieder eigen cijfers ${SUFFIX}`, 'provider');
    const pw = password('prov-own');
    const person = await createPerson(admin, { email: `prov-own-${SUFFIX}@eigen.example`, name: 'Aanbieder', organisation_id: provider.id, password: pw });
    const session = await signIn(person.email, pw, 'provider');
    await upload(session, 'long-csv', 'x.csv', 'indicator,region,period,value\n', 403);
});
