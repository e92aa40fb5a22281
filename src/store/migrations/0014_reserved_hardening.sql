-- PLACEHOLDER: reserves number 0014 for another branch's migration so that 0015 (hardening) builds here.
-- Drop this file at merge; the real 0014 replaces it.
CREATE TABLE reserved_migration_0014 (unused INTEGER);
