#!/usr/bin/env python3
"""Made-up youth-care trajectories at national proportions, in the national record format
(docs/import-trajectories.md), for bench/national/run.

Usage: gen_trajectories.py ROWS OUT.csv [--seed S] [--first-year Y] [--years 10]

By default the years are the ten before the current one, so that the last full year is last year.

What it models (all made up, nothing is real):
- Municipalities: the 342 codes of the CBS 2026 classification (read from
  ../shared/data/ijw/codelijsten/CBS_Gemeentecodes.md when present, otherwise synthetic codes),
  sized by a Zipf law with exponent 0.65 so that the largest (GM0363) holds about 5 % of all
  records, as Amsterdam holds about 5 % of the Dutch young.
- Providers: 3,000 AGB codes. Half of all care goes to providers chosen nationally (Zipf,
  exponent 1), half to providers of the municipality's own youth-care region (Zipf within the
  region), so a large municipality sees many providers, most of them small.
- Clients: each has 1 to 6 trajectories (mean about 1.6). A later trajectory either follows the
  previous one after a gap (re-entry), or runs in parallel with it (25 %). 8 % of clients move
  to another municipality between two trajectories.
- Every help form (01-04, 11-14), referrer and reason for ending (01-05) occurs; durations are
  exponential (mean 200 days, longer for residential care); care still running at the end of the
  last year has no end date. About a third of ended trajectories carry satisfaction grades and
  about 40 % a "without help" code.
- BSNs are nine digits that pass the elfproef, one per client, deterministic per seed.
"""
import argparse
import bisect
import datetime
import itertools
import os
import random
import sys

HELP_FORMS = ["01", "02", "03", "04", "11", "12", "13", "14"]
HELP_WEIGHTS = [20, 45, 5, 15, 5, 3, 1, 6]
RESIDENTIAL = {"11", "12", "13", "14"}
REFERRERS = ["01", "02", "03", "04", "05", "06", "08"]
REFERRER_WEIGHTS = [45, 30, 5, 8, 7, 3, 2]
REASONS = ["01", "02", "03", "04", "05"]
REASON_WEIGHTS = [65, 15, 8, 5, 7]
TRAJECTORY_COUNTS = [1, 2, 3, 4, 5, 6]
TRAJECTORY_COUNT_WEIGHTS = [60, 25, 9, 4, 1.5, 0.5]
HEADER = ("bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;"
          "reden_beeindiging;tevredenheid_jeugdige;tevredenheid_ouder;zonder_hulp_jeugdige;"
          "zonder_hulp_ouder;agb_aanbieder")


def municipalities():
    """[(code, youth-care region)] with the largest four first, in the order of their size."""
    path = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "ijw",
                        "codelijsten", "CBS_Gemeentecodes.md")
    rows = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 4 and len(cells[0]) == 4 and cells[0].isdigit():
                    rows.append(("GM" + cells[0], cells[3]))
    if len(rows) < 10:
        rows = [(f"GM{9000 + i:04d}", f"regio{i % 42}") for i in range(342)]
    first = ["GM0363", "GM0599", "GM0518", "GM0344"]
    rows.sort(key=lambda r: (first.index(r[0]) if r[0] in first else len(first), r[0]))
    return rows


def zipf_cumulative(n, exponent):
    return list(itertools.accumulate(1.0 / (k + 1) ** exponent for k in range(n)))


def pick(rng, cumulative):
    return bisect.bisect_left(cumulative, rng.random() * cumulative[-1])


def bsn(index):
    """A nine-digit number that passes the elfproef, distinct for distinct index."""
    base = 10_000_000 + index * 13
    while True:
        digits = [int(c) for c in str(base)]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1))) % 11
        if check < 10:
            return f"{base}{check}"
        base += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--first-year", type=int, default=datetime.date.today().year - 10)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--providers", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    places = municipalities()
    place_cum = zipf_cumulative(len(places), 0.65)
    regions = sorted({region for _, region in places})
    region_of = {region: i for i, region in enumerate(regions)}
    providers = [f"{90_000_000 + 137 * i:08d}" for i in range(args.providers)]
    national_cum = zipf_cumulative(len(providers), 1.0)
    regional = [providers[i::len(regions)] for i in range(len(regions))]
    regional_cum = [zipf_cumulative(len(p), 1.0) for p in regional]
    help_cum = list(itertools.accumulate(HELP_WEIGHTS))
    referrer_cum = list(itertools.accumulate(REFERRER_WEIGHTS))
    reason_cum = list(itertools.accumulate(REASON_WEIGHTS))
    count_cum = list(itertools.accumulate(TRAJECTORY_COUNT_WEIGHTS))

    first_day = datetime.date(args.first_year, 1, 1).toordinal()
    last_day = datetime.date(args.first_year + args.years - 1, 12, 31).toordinal()
    span = last_day - first_day + 1
    date = {}

    def day_text(ordinal):
        text = date.get(ordinal)
        if text is None:
            text = date[ordinal] = datetime.date.fromordinal(ordinal).isoformat()
        return text

    written = 0
    client = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "\n")
        lines = []
        while written < args.rows:
            number = bsn(client)
            client += 1
            place = pick(rng, place_cum)
            start = first_day + int(rng.random() * span)
            age_days = int(rng.random() * 17.5 * 365)
            birth = day_text(start - age_days)
            sex = "1" if rng.random() < 0.53 else "2"
            count = TRAJECTORY_COUNTS[pick(rng, count_cum)]
            for _ in range(min(count, args.rows - written)):
                if start > last_day:
                    break
                code, region = places[place]
                form = HELP_FORMS[pick(rng, help_cum)]
                mean = 420 if form in RESIDENTIAL else 200
                end = start + int(rng.expovariate(1.0 / mean))
                if rng.random() < 0.5:
                    provider = providers[pick(rng, national_cum)]
                else:
                    r = region_of[region]
                    provider = regional[r][pick(rng, regional_cum[r])]
                if end > last_day:
                    end_text = reason = ""
                    grades = ["", "", "", ""]
                else:
                    end_text = day_text(end)
                    reason = REASONS[pick(rng, reason_cum)]
                    grades = [
                        str(min(10, max(1, int(rng.gauss(7.4, 1.3))))) if rng.random() < 0.35 else "",
                        str(min(10, max(1, int(rng.gauss(7.2, 1.4))))) if rng.random() < 0.30 else "",
                        f"0{rng.randint(1, 4)}" if rng.random() < 0.40 else "",
                        f"0{rng.randint(1, 4)}" if rng.random() < 0.35 else "",
                    ]
                lines.append(";".join([number, birth, sex, code, REFERRERS[pick(rng, referrer_cum)], form,
                                       day_text(start), end_text, reason, *grades, provider]))
                written += 1
                if rng.random() < 0.08:
                    place = pick(rng, place_cum)
                if rng.random() < 0.25:
                    start = start + int(rng.random() * max(1, min(end, last_day) - start))
                else:
                    start = end + 1 + int(rng.expovariate(1.0 / 180))
            if len(lines) >= 50_000:
                out.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            out.write("\n".join(lines) + "\n")
    print(f"{written} trajecten van {client} clienten in {len(places)} gemeenten, "
          f"{len(providers)} aanbieders -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
