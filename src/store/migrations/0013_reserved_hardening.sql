-- PLACEHOLDER: reserves number 0013 for another branch's migration so that 0015 (hardening) builds here.
-- Drop this file at merge; the real 0013 replaces it.
CREATE TABLE reserved_migration_0013 (unused INTEGER);
