-- PLACEHOLDER: reserves number 0012 for another branch's migration (admin) so that 0013 (own data) builds here.
-- Drop this file at merge; the real 0012 replaces it.
CREATE TABLE reserved_migration_0012_owndata (unused INTEGER);
