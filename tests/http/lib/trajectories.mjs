// Trajectory files for the block 5 tests: random BSNs that pass the elfproef (so every run has its
// own, to search for afterwards) and CSV files in the documented format (docs/import-trajectories.md).
import { randomInt } from 'node:crypto';

const issued = new Set();

/**
 * A nine-digit number that passes the elfproef, starting with 1-9, and never the same twice in one
 * test process: with 1,001 draws from 9 × 10^7 numbers a repeat has a chance of about 0.6 %, and a
 * repeat merges two records into one (a flaky count in privacy.test.mjs showed it).
 *
 * With `{ leadingZero: true }` it starts with 0 instead: numbers that neither the demo data (whose
 * BSNs start with 1-9) nor the other test files draw. Those run in processes of their own, whose
 * draws this one cannot see, on the same server; a made-up client who happened to have care there
 * as well would count as a re-entry (a flaky count in privacy.test.mjs showed that too).
 */
export function randomBsn({ leadingZero = false } = {}) {
    for (;;) {
        const digits = [leadingZero ? 0 : randomInt(1, 10), ...Array.from({ length: 7 }, () => randomInt(0, 10))];
        const sum = digits.reduce((s, d, i) => s + (9 - i) * d, 0);
        const last = sum % 11;
        if (last === 10) continue;
        const bsn = digits.join('') + String(last);
        if (issued.has(bsn) || bsn === '010000008') continue; // a fixture's number (tests/fixtures/trajectories)
        issued.add(bsn);
        return bsn;
    }
}

/**
 * A CSV (`;`) with one row per entry of `rows`: { bsn, municipality, helpForm, start, end?, reason?,
 * satisfaction?, withoutHelp? }. A `naam` column carries `name` in every row: it must never be stored.
 */
export function trajectoryCsv(rows, name = 'Achternaam') {
    const header = 'bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;' +
        'reden_beeindiging;tevredenheid_jeugdige;zonder_hulp_jeugdige;naam';
    const lines = rows.map((r) => [r.bsn, '2011-05-17', '2', r.municipality, '01', r.helpForm, r.start, r.end ?? '',
        r.end ? (r.reason ?? '01') : '', r.satisfaction ?? '', r.withoutHelp ?? '', name].join(';'));
    return `${header}\n${lines.join('\n')}\n`;
}

/**
 * The delivery the browser and API tests upload: in `municipality`, 12 planned ends in 2024 with
 * help form 02 (shown to everyone) and 3 with help form 11 (fewer than 10: suppressed for others).
 */
export function sampleDelivery(municipality) {
    const rows = [];
    for (let i = 0; i < 12; i++) {
        rows.push({ bsn: randomBsn(), municipality, helpForm: '02', start: `2023-0${(i % 9) + 1}-12`, end: `2024-0${(i % 9) + 1}-20`, satisfaction: 7 + (i % 3), withoutHelp: '04' });
    }
    for (let i = 0; i < 3; i++) {
        rows.push({ bsn: randomBsn(), municipality, helpForm: '11', start: '2023-02-01', end: `2024-1${i}-01`, reason: '03' });
    }
    return rows;
}
