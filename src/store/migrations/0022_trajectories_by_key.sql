-- The trajectories table at national scale (issue 10).
-- The index on municipality served no query: the engine reads the whole table, a provider reads
-- its own rows through the primary key. It cost an import about a fifth of its time, because each
-- row of a delivery, written in key order, landed on another page of that index.
DROP INDEX trajectories_municipality;
-- dialect: sqlite
-- On SQLite the rows are stored in the order of their primary key (WITHOUT ROWID), so the key is
-- kept once instead of in the table and again in its index: the table takes about 40 % fewer
-- pages, and an import writes that much less. PostgreSQL keeps its heap and index.
CREATE TABLE trajectories_by_key (
    provider TEXT NOT NULL,
    client TEXT NOT NULL,
    help_form TEXT NOT NULL,
    start_day INTEGER NOT NULL,
    municipality TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    sex TEXT NOT NULL,
    referrer TEXT NOT NULL,
    end_day INTEGER,
    reason INTEGER,
    satisfaction_youth INTEGER,
    satisfaction_parent INTEGER,
    without_help_youth INTEGER,
    without_help_parent INTEGER,
    PRIMARY KEY (provider, client, help_form, start_day)
) WITHOUT ROWID;
INSERT INTO trajectories_by_key
    SELECT provider, client, help_form, start_day, municipality, birth_year, sex, referrer, end_day, reason,
           satisfaction_youth, satisfaction_parent, without_help_youth, without_help_parent
    FROM trajectories;
DROP TABLE trajectories;
ALTER TABLE trajectories_by_key RENAME TO trajectories;
