-- PLACEHOLDER: reserves number 0012 for another branch of issue 15 (firstminute owns 0014).
-- Drop this file at merge; the real 0012 replaces it.
CREATE TABLE reserved_migration_0012 (unused INTEGER);
