-- Ambitions, societal results and signals (blocks 1B and 2). Portable SQL: the same text runs on
-- SQLite and PostgreSQL. Lists (agreed by, indicators, signals, regions) are link tables with a
-- position that keeps the order they were given in; no JSON columns.

CREATE TABLE ambitions (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    statement TEXT NOT NULL,
    agreed_on TEXT NOT NULL,  -- YYYY-MM-DD
    created_at TEXT NOT NULL
);
CREATE INDEX ambitions_by_collaboration ON ambitions (collaboration_id);

CREATE TABLE ambition_agreed_by (
    ambition_id TEXT NOT NULL REFERENCES ambitions (id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (ambition_id, partner_id)
);

CREATE TABLE ambition_indicators (
    ambition_id TEXT NOT NULL REFERENCES ambitions (id) ON DELETE CASCADE,
    indicator TEXT NOT NULL REFERENCES indicators (key),
    position INTEGER NOT NULL,
    PRIMARY KEY (ambition_id, indicator)
);

CREATE TABLE societal_results (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    ambition_id TEXT NOT NULL REFERENCES ambitions (id),
    title TEXT NOT NULL,
    indicator TEXT NOT NULL REFERENCES indicators (key),
    baseline_value DOUBLE PRECISION NOT NULL,
    baseline_period TEXT NOT NULL,  -- CBS period code
    target_value DOUBLE PRECISION NOT NULL,
    target_year INTEGER NOT NULL,
    agreed_on TEXT NOT NULL,  -- YYYY-MM-DD
    created_at TEXT NOT NULL
);
CREATE INDEX societal_results_by_collaboration ON societal_results (collaboration_id);
CREATE INDEX societal_results_by_ambition ON societal_results (ambition_id);

CREATE TABLE result_regions (
    result_id TEXT NOT NULL REFERENCES societal_results (id) ON DELETE CASCADE,
    region TEXT NOT NULL REFERENCES regions (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (result_id, region)
);

CREATE TABLE result_agreed_by (
    result_id TEXT NOT NULL REFERENCES societal_results (id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (result_id, partner_id)
);

-- What professionals, parents, young people and partners notice in practice.
CREATE TABLE signals (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    source TEXT NOT NULL,  -- SignalSourceName
    source_detail TEXT NOT NULL,
    date TEXT NOT NULL,  -- YYYY-MM-DD
    region TEXT REFERENCES regions (code),
    theme TEXT NOT NULL,
    ambition_id TEXT REFERENCES ambitions (id) ON DELETE SET NULL,
    result_id TEXT REFERENCES societal_results (id) ON DELETE SET NULL,
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL
);
CREATE INDEX signals_by_collaboration ON signals (collaboration_id, date);

CREATE TABLE ambition_signals (
    ambition_id TEXT NOT NULL REFERENCES ambitions (id) ON DELETE CASCADE,
    signal_id TEXT NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (ambition_id, signal_id)
);
