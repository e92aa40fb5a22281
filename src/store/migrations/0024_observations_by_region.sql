-- The observations in the order the profile reads them (issue 10: CBS CSV imports at national scale).
-- Every query asks for the observations of some regions (WHERE region IN ...), so the primary key
-- now starts with the region and the separate index on (region, indicator, period) goes: an import
-- writes one B-tree per observation on PostgreSQL instead of two, and on SQLite one instead of
-- three, because there the rows are also stored in the order of that key (WITHOUT ROWID), as the
-- trajectories are since migration 22. The key holds the same three columns, so what is unique
-- stays unique, and ON CONFLICT (indicator, region, period) still names it.
-- dialect: sqlite
CREATE TABLE observations_keyed (
    indicator TEXT NOT NULL REFERENCES indicators (key),
    region TEXT NOT NULL REFERENCES regions (code),
    period TEXT NOT NULL,
    value DOUBLE PRECISION,
    numerator DOUBLE PRECISION,
    denominator DOUBLE PRECISION,
    status TEXT NOT NULL,
    PRIMARY KEY (region, indicator, period)
) WITHOUT ROWID;
INSERT INTO observations_keyed
    SELECT indicator, region, period, value, numerator, denominator, status
    FROM observations ORDER BY region, indicator, period;
DROP TABLE observations;
ALTER TABLE observations_keyed RENAME TO observations;
-- dialect: postgresql
DROP INDEX observations_by_region;
ALTER TABLE observations DROP CONSTRAINT observations_pkey, ADD PRIMARY KEY (region, indicator, period);
