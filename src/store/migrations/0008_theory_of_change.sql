-- The theory of change (block 3A): intermediate outcomes that partners can share, and the
-- assumptions each partner holds about how an activity leads, through an intermediate outcome, to
-- a societal result. Portable SQL: the same text runs on SQLite and PostgreSQL.

CREATE TABLE intermediate_outcomes (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    indicator TEXT REFERENCES indicators (key),  -- NULL: no figure in Kompas
    region TEXT REFERENCES regions (code),       -- set when indicator is
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL
);
-- One name once per collaboration, so that partners share it instead of writing it twice.
CREATE UNIQUE INDEX intermediate_outcomes_one_name ON intermediate_outcomes (collaboration_id, name);

CREATE TABLE assumptions (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    holder_partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    activity_id TEXT REFERENCES activities (id) ON DELETE SET NULL,
    intermediate_outcome_id TEXT NOT NULL REFERENCES intermediate_outcomes (id) ON DELETE CASCADE,
    result_id TEXT NOT NULL REFERENCES societal_results (id) ON DELETE CASCADE,
    explanation TEXT NOT NULL,
    evidence_strength TEXT NOT NULL,  -- EvidenceStrengthName
    evidence_source TEXT NOT NULL,
    open_questions TEXT NOT NULL,
    expected_direction TEXT,  -- ExpectedDirectionName; NULL when not stated
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assumptions_by_collaboration ON assumptions (collaboration_id);
CREATE INDEX assumptions_by_result ON assumptions (result_id);
CREATE INDEX assumptions_by_outcome ON assumptions (intermediate_outcome_id);
CREATE INDEX assumptions_by_activity ON assumptions (activity_id);
