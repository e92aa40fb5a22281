-- Administration in the browser (issue 15): an account can be switched off, and a person sets
-- their own password through a one-time link that a platform administrator hands over. Only the
-- hash of a link's token is stored; a link is used once, expires after 24 hours, and a newer
-- link of the same person replaces the older ones (they are deleted). Portable SQL.

ALTER TABLE people ADD COLUMN active INTEGER NOT NULL DEFAULT 1;

CREATE TABLE password_links (
    token_hash TEXT PRIMARY KEY,           -- BLAKE2b-256 of the token (privacy/secrets HashToken)
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,              -- ISO-8601 UTC
    expires_at TEXT NOT NULL,              -- created_at + 24 hours
    used_at TEXT                           -- set once, when the password was set
);
CREATE INDEX password_links_by_person ON password_links (person_id);
