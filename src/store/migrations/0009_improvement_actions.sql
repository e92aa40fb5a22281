-- Improvement actions of a collaboration (block 6): an owner with the mandate, a due date, a
-- status and every change of status. Portable SQL: the same text runs on SQLite and PostgreSQL.

CREATE TABLE improvement_actions (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_person_id TEXT NOT NULL REFERENCES people (id),  -- the aanspreekpunt
    due_on TEXT NOT NULL,                                   -- YYYY-MM-DD
    status TEXT NOT NULL,                                   -- ActionStatusName; the latest change
    result_id TEXT REFERENCES societal_results (id) ON DELETE SET NULL,
    activity_id TEXT REFERENCES activities (id) ON DELETE SET NULL,
    indicator TEXT REFERENCES indicators (key),
    region TEXT REFERENCES regions (code),
    organisation_id TEXT REFERENCES organisations (id),
    created_by_partner_id TEXT REFERENCES partners (id) ON DELETE SET NULL,
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX improvement_actions_by_collaboration ON improvement_actions (collaboration_id, due_on);
CREATE INDEX improvement_actions_by_owner ON improvement_actions (owner_person_id, due_on);

-- Every status an action had, the first being "open" at its creation.
CREATE TABLE action_status_changes (
    action_id TEXT NOT NULL REFERENCES improvement_actions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    status TEXT NOT NULL,  -- ActionStatusName
    note TEXT NOT NULL,
    changed_by TEXT NOT NULL REFERENCES people (id),
    changed_at TEXT NOT NULL,
    PRIMARY KEY (action_id, seq)
);
