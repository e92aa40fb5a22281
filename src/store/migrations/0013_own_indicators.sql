-- Own data (issue 15): which organisation uploaded an own indicator (a long CSV's indicator that
-- was new to the database), so that it may describe it; and a local note on any indicator, shown
-- with its definition (a CBS definition itself stays as CBS publishes it). Portable SQL.

CREATE TABLE indicator_owners (
    indicator TEXT PRIMARY KEY REFERENCES indicators (key),
    organisation_id TEXT NOT NULL REFERENCES organisations (id)
);

CREATE TABLE indicator_notes (
    indicator TEXT PRIMARY KEY REFERENCES indicators (key),
    note TEXT NOT NULL,
    updated_by TEXT NOT NULL REFERENCES people (id),
    updated_at TEXT NOT NULL
);
