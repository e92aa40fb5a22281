-- The youth profile (block 1A): regions, indicators, their observations, and the imports that
-- delivered them. Portable SQL: the same text runs on SQLite and PostgreSQL.

-- No foreign key on parent: sources name parents they do not describe, in any order.
CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL,  -- RegionLevelName: country, province, ..., neighbourhood
    parent TEXT           -- NULL only for the country
);
CREATE INDEX regions_by_parent ON regions (parent, code);

INSERT INTO regions (code, name, level, parent) VALUES ('NL01', 'Nederland', 'country', NULL)
    ON CONFLICT (code) DO NOTHING;

CREATE TABLE indicators (
    key TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    unit TEXT NOT NULL,
    decimals INTEGER NOT NULL,
    direction TEXT NOT NULL,  -- DirectionName: higher_is_better, lower_is_better, neutral
    source TEXT NOT NULL,
    definition TEXT NOT NULL
);

-- value is NULL when the figure is unknown, confidential or absent: unknown is never zero.
CREATE TABLE observations (
    indicator TEXT NOT NULL REFERENCES indicators (key),
    region TEXT NOT NULL REFERENCES regions (code),
    period TEXT NOT NULL,  -- Period::Code(): 2022JJ00, 2022KW01, 2022MM01
    value DOUBLE PRECISION,
    numerator DOUBLE PRECISION,
    denominator DOUBLE PRECISION,
    status TEXT NOT NULL,  -- ObservationStatusName: known, unknown, confidential, provisional
    PRIMARY KEY (indicator, region, period)
);
CREATE INDEX observations_by_region ON observations (region, indicator, period);

-- One row per imported content: importing the same content again changes nothing.
CREATE TABLE imports (
    format TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    imported_at TEXT NOT NULL,  -- UTC, ISO 8601
    regions BIGINT NOT NULL,
    indicators BIGINT NOT NULL,
    observations BIGINT NOT NULL,
    PRIMARY KEY (format, content_hash)
);
