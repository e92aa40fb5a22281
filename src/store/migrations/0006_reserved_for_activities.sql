-- PLACEHOLDER, not a schema change. Version 6 belongs to the activities block (3B), built in
-- parallel on another branch; migrations must be numbered without gaps, so this branch (block 4,
-- 0007_provider_quality.sql) carries this stand-in to build and test on its own. WHEN MERGING:
-- delete this file and keep the activities' 0006. (A database migrated from this branch alone has
-- version 6 recorded and would skip the real 0006: recreate such a development database.)
SELECT 1;
