-- PLACEHOLDER: reserves number 0012 for another branch's migration so that 0015 (hardening) builds here.
-- Drop this file at merge; the real 0012 replaces it.
CREATE TABLE reserved_migration_0012 (unused INTEGER);
