#!/usr/bin/env python3
"""Two monthly deliveries of one provider, made from the national data set, for the upload step of
bench/national/run.

Usage: delivery.py DATA.csv MUNICIPALITY OUT-PREFIX

The provider is the one with the most records in MUNICIPALITY (the largest), so that its
deliveries change that municipality's figures and, through its clients elsewhere, those of many
others. Each delivery is a file in the national record format with rows of that provider only, as
a provider uploads them:
- delivery 1: half of its running trajectories (no end date) now ended, plus a new trajectory
  (this year) for one in twenty of its clients: a re-entry, which changes the re-entry figures of
  their earlier trajectories;
- delivery 2: the other half of its running trajectories ended.
Ends fall 60 days after the start, at the latest yesterday; reasons cycle through 01-05.
Prints the provider's AGB code and the rows of each file: `AGB ROWS1 ROWS2`.
"""
import collections
import datetime
import sys


def main():
    data, municipality, prefix = sys.argv[1:4]
    # Two passes, holding one provider's rows only: the data set does not fit in memory as Python
    # objects, and a process that large would push the server's database out of the page cache.
    in_municipality = collections.Counter()
    with open(data, encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        for line in f:
            cells = line.split(";", 4)
            if cells[3] == municipality:
                in_municipality[line.rstrip("\n").rsplit(";", 1)[1]] += 1
    agb = in_municipality.most_common(1)[0][0]
    rows = []
    with open(data, encoding="utf-8") as f:
        f.readline()
        for line in f:
            if line.rstrip("\n").endswith(";" + agb):
                rows.append(line.rstrip("\n").split(";"))
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    this_year = datetime.date(yesterday.year, 1, 1)

    def ended(cells, i):
        start = datetime.date.fromisoformat(cells[6])
        end = min(start + datetime.timedelta(days=60), yesterday)
        out = list(cells)
        out[7] = max(end, start).isoformat()
        out[8] = f"0{1 + i % 5}"
        return out

    # One row per key (client, help form, start): the data set holds a few rows twice.
    seen = set()
    running = []
    for cells in rows:
        key = (cells[0], cells[5], cells[6])
        if cells[7] == "" and key not in seen:
            seen.add(key)
            running.append(cells)
    first, second = running[0::2], running[1::2]
    delivery1 = [ended(c, i) for i, c in enumerate(first)]
    clients = {}
    for cells in rows:
        clients.setdefault(cells[0], cells)
    span = max((yesterday - this_year).days, 1)
    for i, cells in enumerate(list(clients.values())[::20]):
        new = list(cells)
        new[6] = (this_year + datetime.timedelta(days=i % span)).isoformat()
        new[7:13] = ["", "", "", "", "", ""]
        if (cells[0], new[5], new[6]) not in seen:
            seen.add((cells[0], new[5], new[6]))
            delivery1.append(new)
    delivery2 = [ended(c, i) for i, c in enumerate(second)]
    for n, delivery in ((1, delivery1), (2, delivery2)):
        with open(f"{prefix}{n}.csv", "w", encoding="utf-8") as out:
            out.write(header + "\n")
            for cells in delivery:
                out.write(";".join(cells) + "\n")
    print(agb, len(delivery1), len(delivery2))


if __name__ == "__main__":
    main()
