-- Municipal mergers (block 1A): which municipality went, wholly or for a share, into which on a
-- date. Replaced as a whole by each import of the list (core/merger.hpp, ingest/successions_csv.hpp).
-- Portable SQL: the same text runs on SQLite and PostgreSQL.

CREATE TABLE successions (
    old_code TEXT NOT NULL,
    new_code TEXT NOT NULL,
    date TEXT NOT NULL,  -- YYYY-MM-DD, the first day on which the new municipality exists
    share DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (old_code, new_code, date)
);
