-- The quality of activities on the provider side (block 4): the conditions of seed 003 per
-- provider organisation, contract lots (percelen) with the conditions they require and the
-- providers contracted in them, and the four questions about effectiveness per provider in a
-- collaboration. Portable SQL: the same text runs on SQLite and PostgreSQL.

-- One row per provider and condition once it has been recorded; a condition without a row is
-- unknown. Who confirmed it and when are set by the server.
CREATE TABLE provider_conditions (
    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    condition_key TEXT NOT NULL,  -- QualityConditionName
    status TEXT NOT NULL,         -- ConditionStatusName
    note TEXT NOT NULL,
    link TEXT,
    figure_value DOUBLE PRECISION,
    figure_unit TEXT,
    confirmed_by TEXT NOT NULL REFERENCES people (id),
    confirmed_on TEXT NOT NULL,  -- YYYY-MM-DD
    updated_at TEXT NOT NULL,
    PRIMARY KEY (organisation_id, condition_key)
);

CREATE TABLE contract_lots (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX contract_lots_by_collaboration ON contract_lots (collaboration_id);

CREATE TABLE lot_conditions (
    lot_id TEXT NOT NULL REFERENCES contract_lots (id) ON DELETE CASCADE,
    condition_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (lot_id, condition_key)
);

CREATE TABLE lot_providers (
    lot_id TEXT NOT NULL REFERENCES contract_lots (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (lot_id, organisation_id)
);

-- The conversation about effectiveness with one provider in one collaboration: one row per
-- question once it has been answered.
CREATE TABLE effectiveness_answers (
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    question TEXT NOT NULL,  -- EffectivenessQuestionName
    answer TEXT NOT NULL,
    evidence TEXT NOT NULL,
    answered_on TEXT NOT NULL,  -- YYYY-MM-DD
    recorded_by TEXT NOT NULL REFERENCES people (id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (collaboration_id, organisation_id, question)
);
