-- An agenda item of a quality dialogue can be the quality conditions a provider partner recorded
-- (block 4): the provider's organisation id. Portable SQL: the same text runs on SQLite and PostgreSQL.
ALTER TABLE dialogue_items ADD COLUMN organisation_id TEXT REFERENCES organisations (id);
