-- PLACEHOLDER: reserves number 0010 for the quality dialogue migration of another branch (wtD).
-- Drop this file at merge; the real 0010 replaces it.
CREATE TABLE reserved_migration_0010 (unused INTEGER);
