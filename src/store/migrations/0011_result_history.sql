-- The history of ambitions and societal results (issue 12): every change with who made it, when,
-- why, and each changed field with its old and new value (as text). Portable SQL: the same text
-- runs on SQLite and PostgreSQL. The audit log records the same change; this is the readable form.

CREATE TABLE result_history (
    object_id TEXT NOT NULL,            -- an ambition ("amb_...") or a societal result ("res_...")
    seq INTEGER NOT NULL,               -- 1, 2, ... per object
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    object_type TEXT NOT NULL,          -- "ambition" or "societal_result"
    reason TEXT NOT NULL,               -- may be empty where no reason is required
    changed_by TEXT NOT NULL REFERENCES people (id),
    changed_at TEXT NOT NULL,
    PRIMARY KEY (object_id, seq)
);
CREATE INDEX result_history_by_collaboration ON result_history (collaboration_id);

CREATE TABLE result_history_fields (
    object_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    position INTEGER NOT NULL,
    field TEXT NOT NULL,                -- e.g. "title", "target.value", "agreed_by"
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    PRIMARY KEY (object_id, seq, position),
    FOREIGN KEY (object_id, seq) REFERENCES result_history (object_id, seq) ON DELETE CASCADE
);
