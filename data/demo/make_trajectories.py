#!/usr/bin/env python3
"""Writes data/demo/trajecten-demo.csv: made-up trajectory records for the demo (block 5).

Deterministic (seeded). The BSNs are random nine-digit numbers that pass the elfproef; they belong
to nobody on purpose and are replaced by pseudonyms on import like any other. Eight providers of
different sizes and results serve mostly residents of Almere (GM0034), some of Lelystad (GM0995) and
Zeewolde (GM0050), from 2019 to October 2026; some clients come back for a second trajectory.
Run: python3 data/demo/make_trajectories.py
"""
import datetime as dt
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "trajecten-demo.csv")
# AGB code, share of the trajectories, chance of a planned end
PROVIDERS = [("91000011", 0.34, 0.74), ("91000022", 0.22, 0.70), ("91000033", 0.15, 0.62),
             ("91000044", 0.10, 0.80), ("91000055", 0.08, 0.66), ("91000066", 0.06, 0.55),
             ("91000077", 0.03, 0.72), ("91000088", 0.02, 0.60)]
MUNICIPALITIES = [("GM0034", 0.82), ("GM0995", 0.13), ("GM0050", 0.05)]
HELP_FORMS = [("01", 0.10), ("02", 0.45), ("03", 0.10), ("04", 0.15), ("11", 0.08), ("12", 0.04), ("13", 0.02),
              ("14", 0.06)]
FIRST, LAST = dt.date(2019, 1, 1), dt.date(2026, 10, 31)


def pick(rng, weighted):
    x, acc = rng.random(), 0.0
    for item in weighted:
        acc += item[1]
        if x < acc:
            return item
    return weighted[-1]


def bsn(rng, used):
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum((9 - i) * d for i, d in enumerate(digits)) % 11
        number = "".join(map(str, digits)) + str(last)
        if last != 10 and number not in used:
            used.add(number)
            return number


def main():
    rng = random.Random(20261124)
    used, rows = set(), []
    span = (LAST - FIRST).days
    for _ in range(2400):
        number = bsn(rng, used)
        municipality = pick(rng, MUNICIPALITIES)[0]
        start = FIRST + dt.timedelta(days=rng.randint(0, span))
        birth = start - dt.timedelta(days=rng.randint(365, 17 * 365))
        while True:
            provider, _, planned = pick(rng, PROVIDERS)
            help_form = pick(rng, HELP_FORMS)[0]
            end = start + dt.timedelta(days=int(30 + rng.expovariate(1 / 200)))
            row = [number, birth.isoformat(), rng.choice("12"), municipality, rng.choice(["01", "01", "02", "03", "06"]),
                   help_form, start.isoformat(), "", "", "", "", "", "", provider]
            if end <= LAST:
                reason = "01" if rng.random() < planned else rng.choice(["02", "03", "04", "05"])
                row[7], row[8] = end.isoformat(), reason
                if rng.random() < 0.55:
                    row[9] = str(min(10, max(1, round(rng.gauss(7.6 if reason == "01" else 6.0, 1.3)))))
                    row[11] = rng.choice(["02", "03", "04", "04"] if reason == "01" else ["01", "02", "03"])
                if rng.random() < 0.3:
                    row[10] = str(min(10, max(1, round(rng.gauss(7.2, 1.4)))))
            rows.append(row)
            # About one in five comes back within two years for another trajectory.
            if end > LAST or rng.random() > 0.2:
                break
            start = end + dt.timedelta(days=rng.randint(1, 700))
            if start > LAST:
                break
    rows.sort(key=lambda r: (r[6], r[13]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;"
                "reden_beeindiging;tevredenheid_jeugdige;tevredenheid_ouder;zonder_hulp_jeugdige;"
                "zonder_hulp_ouder;agb_aanbieder\n")
        for row in rows:
            f.write(";".join(row) + "\n")
    print(f"{OUT}: {len(rows)} trajecten")


if __name__ == "__main__":
    main()
