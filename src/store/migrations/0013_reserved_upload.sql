-- PLACEHOLDER: reserves number 0013 for another branch of issue 15 (firstminute owns 0014).
-- Drop this file at merge; the real 0013 replaces it.
CREATE TABLE reserved_migration_0013 (unused INTEGER);
