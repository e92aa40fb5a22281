#!/usr/bin/env python3
"""Writes a KWB-like CBS CSV of at least the requested size by repeating the Almere demo rows
under other region codes (GM0034 -> GMnnnn, WK0034xx -> WKnnnnxx, BU0034xxxx -> BUnnnnxxxx),
keeping the real file's quirks: BOM, ';', padded codes, '.' cells and per-year column sets."""
import sys

def main():
    source, target, megabytes = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(source, encoding="utf-8-sig") as f:
        header = f.readline()
        rows = [line for line in f if line.strip()]
    want = int(megabytes * 1_000_000)
    written = 0
    with open(target, "w", encoding="utf-8", newline="") as out:
        out.write("\ufeff" + header)
        copy = 0
        while written < want:
            copy += 1
            if copy > 9999:
                raise SystemExit("gen_kwb: more than 9999 copies needed; ask for a smaller size")
            code = f"{copy:04d}"
            chunk = "".join(r.replace("GM0034", "GM" + code).replace("WK0034", "WK" + code)
                            .replace("BU0034", "BU" + code) for r in rows)
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
    print(f"{target}: {written / 1e6:.1f} MB, {copy} municipalities")

if __name__ == "__main__":
    main()
