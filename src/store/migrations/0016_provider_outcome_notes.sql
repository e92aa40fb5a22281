-- What a provider does with its own outcome figures (block 5 and 6, seeds 002 and 004): the
-- aanspreekpunt for the outcome conversation, and its own improvement actions. Portable SQL: the
-- same text runs on SQLite and PostgreSQL.

CREATE TABLE provider_outcome_contacts (
    organisation_id TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL,   -- empty when not given
    phone TEXT NOT NULL,   -- empty when not given
    updated_by TEXT NOT NULL REFERENCES people (id),
    updated_at TEXT NOT NULL
);

CREATE TABLE provider_outcome_actions (
    id TEXT PRIMARY KEY,
    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    help_form TEXT,         -- a protocol help form (IsHelpForm) when it concerns one, else NULL
    due_on TEXT NOT NULL,   -- YYYY-MM-DD
    status TEXT NOT NULL,   -- ActionStatusName
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX provider_outcome_actions_by_organisation ON provider_outcome_actions (organisation_id, due_on);
