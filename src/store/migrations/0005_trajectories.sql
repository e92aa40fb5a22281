-- Outcomes of youth care (block 5): trajectory records delivered by providers, and the AGB code
-- that ties a provider organisation to its records. No BSN, name or address is ever stored: the
-- client is a keyed pseudonym (privacy/pseudonym.hpp) and the birth date is kept as a year.
-- Portable SQL: the same text runs on SQLite and PostgreSQL.

ALTER TABLE organisations ADD COLUMN agb TEXT;
CREATE UNIQUE INDEX organisations_agb ON organisations (agb);

-- One record per provider, client, form of help and start (the protocol's record key). Days are
-- counted from 1970-01-01. reason is 1..5 (the national codes 01-05) exactly when end_day is set.
CREATE TABLE trajectories (
    provider TEXT NOT NULL,      -- AGB code of the provider that delivered the record
    client TEXT NOT NULL,        -- keyed pseudonym, 64 hex characters
    help_form TEXT NOT NULL,     -- hulpvorm 01-04, 11-14; 00 unknown
    start_day INTEGER NOT NULL,
    municipality TEXT NOT NULL,  -- municipality of residence, GM + 4 digits
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
);
CREATE INDEX trajectories_municipality ON trajectories (municipality);
