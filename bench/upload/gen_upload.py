#!/usr/bin/env python3
"""A made-up trajectory delivery of one provider, in the upload format of docs/import-trajectories.md
(no AGB column: the uploading provider is the one signed in), of about SIZE_MB megabytes.

Usage: gen_upload.py SIZE_MB OUT.csv [--seed S]

Every row is a new client (a nine-digit BSN that passes the elfproef, made from a counter so none
repeats), in one of 20 municipalities, with a help form, a start in the last ten years and, for
four in five, an end with a reason. Nothing is real.
"""
import argparse
import datetime
import random

HEADER = ("bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;"
          "reden_beeindiging;tevredenheid_jeugdige;zonder_hulp_jeugdige\n")
MUNICIPALITIES = ["GM0363", "GM0599", "GM0518", "GM0344", "GM0034", "GM0014", "GM0772", "GM0855",
                  "GM0479", "GM0200", "GM0202", "GM0153", "GM0758", "GM0546", "GM0268", "GM0193",
                  "GM0503", "GM0394", "GM0307", "GM1680"]
HELP_FORMS = ["01", "02", "03", "04", "11", "12", "13", "14"]


def bsns(seed):
    """Nine-digit numbers passing the elfproef, in a shuffled but repeat-free order."""
    n = 10_000_000 + seed * 7919
    while True:
        n += 1
        digits = [int(c) for c in f"{n:08d}"[-8:]]
        if digits[0] == 0:
            continue
        total = sum((9 - i) * d for i, d in enumerate(digits))
        last = total % 11
        if last == 10:
            continue
        yield "".join(map(str, digits)) + str(last)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("size_mb", type=float)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    first = datetime.date(datetime.date.today().year - 10, 1, 1)
    target = int(args.size_mb * 1_000_000)
    written = 0
    rows = 0
    with open(args.out, "w", encoding="ascii", newline="") as out:
        out.write(HEADER)
        written += len(HEADER)
        lines = []
        for bsn in bsns(args.seed):
            start = first + datetime.timedelta(days=rng.randrange(3400))
            born = start - datetime.timedelta(days=rng.randrange(365 * 1, 365 * 17))
            end = reason = satisfaction = without = ""
            if rng.random() < 0.8:
                end = (start + datetime.timedelta(days=1 + int(rng.expovariate(1 / 200)))).isoformat()
                reason = rng.choice(["01", "01", "01", "02", "03", "04", "05"])
                if rng.random() < 0.3:
                    satisfaction = str(rng.randint(1, 10))
                if rng.random() < 0.4:
                    without = rng.choice(["01", "02", "03", "04"])
            line = ";".join([bsn, born.isoformat(), rng.choice("12"), rng.choice(MUNICIPALITIES),
                             rng.choice(["01", "02", "03", "04"]), rng.choice(HELP_FORMS),
                             start.isoformat(), end, reason, satisfaction, without]) + "\n"
            lines.append(line)
            written += len(line)
            rows += 1
            if len(lines) == 10000:
                out.write("".join(lines))
                lines = []
            if written >= target:
                break
        out.write("".join(lines))
    print(f"{rows} rows, {written} bytes")


if __name__ == "__main__":
    main()
