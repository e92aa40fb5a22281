-- PLACEHOLDER on branch theory only: version 7 belongs to the provider-quality work (block 4),
-- which is not in this tree yet, and embed_migrations.cmake allows no gaps. Drop this file (and
-- its empty table) when merging that branch's real 0007.
CREATE TABLE reserved_migration_0007 (unused INTEGER);
