-- The quality dialogue of a collaboration (block 6): its participants, its agenda items (each one
-- chosen figure), the answers to the four questions per item, and the follow-up questions (the
-- knowledge gaps) of the collaboration. Portable SQL: the same text runs on SQLite and PostgreSQL.

CREATE TABLE dialogues (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    held_on TEXT NOT NULL,   -- YYYY-MM-DD
    status TEXT NOT NULL,    -- DialogueStatusName
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX dialogues_by_collaboration ON dialogues (collaboration_id, held_on);

-- A partner of the collaboration (partner_id set, role "partner"), or someone named in free text.
CREATE TABLE dialogue_participants (
    dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    partner_id TEXT REFERENCES partners (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,      -- ParticipantRoleName
    PRIMARY KEY (dialogue_id, seq)
);

-- One chosen figure; the columns of its kind are set, the others NULL.
CREATE TABLE dialogue_items (
    id TEXT PRIMARY KEY,
    dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,      -- AgendaKindName
    indicator TEXT REFERENCES indicators (key),
    region TEXT REFERENCES regions (code),
    result_id TEXT REFERENCES societal_results (id) ON DELETE CASCADE,
    municipality TEXT,       -- GM code of an outcome figure
    figure TEXT,
    help_form TEXT,
    round_id TEXT REFERENCES evaluation_rounds (id) ON DELETE CASCADE,
    signal_id TEXT REFERENCES signals (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);
CREATE INDEX dialogue_items_by_dialogue ON dialogue_items (dialogue_id, position);

CREATE TABLE dialogue_answers (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL REFERENCES dialogue_items (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,              -- the order of answering within the item
    question TEXT NOT NULL,            -- DialogueQuestionName
    text TEXT NOT NULL,
    explanation_status TEXT NOT NULL,  -- ExplanationStatusName
    evidence TEXT NOT NULL,
    partner_id TEXT REFERENCES partners (id) ON DELETE SET NULL,
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX dialogue_answers_by_item ON dialogue_answers (item_id, seq);

CREATE TABLE follow_up_questions (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,  -- the order of asking within the collaboration
    text TEXT NOT NULL,
    dialogue_id TEXT REFERENCES dialogues (id) ON DELETE SET NULL,
    item_id TEXT REFERENCES dialogue_items (id) ON DELETE SET NULL,
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX follow_up_questions_by_collaboration ON follow_up_questions (collaboration_id, seq);
