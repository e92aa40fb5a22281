// Reading the parts of an .xlsx (a zip) in a test, without a dependency: the central directory
// gives each entry's name, method and offset; stored and deflated entries are supported.
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';

// { name: Buffer } of every entry of the zip in `bytes`.
export function unzip(bytes) {
    let end = bytes.length - 22;
    while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
    assert.ok(end >= 0, 'not a zip: no end of central directory');
    const count = bytes.readUInt16LE(end + 10);
    let at = bytes.readUInt32LE(end + 16);
    const entries = {};
    for (let i = 0; i < count; i += 1) {
        assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'broken central directory');
        const method = bytes.readUInt16LE(at + 10);
        const size = bytes.readUInt32LE(at + 20);
        const nameLength = bytes.readUInt16LE(at + 28);
        const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
        const local = bytes.readUInt32LE(at + 42);
        const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
        const data = bytes.subarray(start, start + size);
        assert.ok(method === 0 || method === 8, `${name}: compression method ${method}`);
        entries[name] = method === 8 ? inflateRawSync(data) : Buffer.from(data);
        at += 46 + skip;
    }
    return entries;
}

// The sheets of a workbook as { name: [[cell text, ...], ...] }: shared and inline strings and
// numbers, in column order; empty cells are left out. A formula cell fails the read: exports must
// never hold one.
export function readSheets(bytes) {
    const parts = unzip(bytes);
    assert.ok(parts['[Content_Types].xml'] && parts['xl/workbook.xml'], 'not an .xlsx workbook');
    const shared = parts['xl/sharedStrings.xml']
        ? [...parts['xl/sharedStrings.xml'].toString('utf8').matchAll(/<si>(.*?)<\/si>/gs)]
            .map((si) => [...si[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => unescape(t[1])).join(''))
        : [];
    const names = [...parts['xl/workbook.xml'].toString('utf8').matchAll(/<sheet name="([^"]*)"/g)].map((m) => unescape(m[1]));
    const sheets = {};
    names.forEach((name, i) => {
        const xml = parts[`xl/worksheets/sheet${i + 1}.xml`].toString('utf8');
        assert.ok(!/<f[ >]/.test(xml), `sheet ${name} holds a formula`);
        sheets[name] = [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)].map((row) => {
            const cells = [];
            for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
                if (cell[3] === undefined) continue; // a blank cell, formatted only
                const inline = /<is><t[^>]*>(.*?)<\/t><\/is>/s.exec(cell[3]);
                const value = /<v>(.*?)<\/v>/s.exec(cell[3])?.[1] ?? '';
                const text = inline ? unescape(inline[1]) : /t="s"/.test(cell[2]) ? shared[Number(value)] : unescape(value);
                cells[columnIndex(cell[1])] = text;
            }
            return Array.from(cells, (text) => text ?? '');
        });
    });
    return sheets;
}

// "A" → 0, "AA" → 26.
function columnIndex(letters) {
    return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function unescape(text) {
    return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}
