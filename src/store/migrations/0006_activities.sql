-- Activities of a collaboration, the results they serve, decisions to rebuild or wind them down,
-- and the priority partners give each result (blocks 3B and 4, the activity side). Portable SQL:
-- the same text runs on SQLite and PostgreSQL. Lists are link tables; no JSON columns.

CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_partner_id TEXT REFERENCES partners (id) ON DELETE SET NULL,  -- who recorded it and edits it
    actor_partner_id TEXT REFERENCES partners (id) ON DELETE SET NULL,  -- who does it, when a partner
    actor_name TEXT NOT NULL,    -- who does it, when not a partner (e.g. residents of a neighbourhood)
    actor_kind TEXT,             -- ActorKindName; NULL when not known yet
    echelon TEXT NOT NULL,       -- EchelonName
    kind TEXT,                   -- ActivityKindName; NULL when not known yet
    status TEXT NOT NULL,        -- ActivityStatusName
    age_from INTEGER,
    age_to INTEGER,
    period_start TEXT,           -- YYYY-MM-DD
    period_end TEXT,             -- YYYY-MM-DD
    recognition TEXT,            -- RecognitionName (Databank Effectieve Jeugdinterventies)
    effect_ladder TEXT,          -- EffectLadderStepName
    target_group_described INTEGER,  -- 1 yes, 0 no, NULL not checked
    goals_described INTEGER,
    approach_described INTEGER,
    monitoring_what TEXT,        -- the monitoring agreement; NULL when there is none
    monitoring_who TEXT,
    monitoring_review_on TEXT,   -- YYYY-MM-DD
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX activities_by_collaboration ON activities (collaboration_id);

CREATE TABLE activity_regions (
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    region TEXT NOT NULL REFERENCES regions (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, region)
);

-- Reach in children or young people, budget in whole euros; NULL when not known.
CREATE TABLE activity_years (
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    reach_planned BIGINT,
    reach_actual BIGINT,
    budget_planned BIGINT,
    budget_spent BIGINT,
    PRIMARY KEY (activity_id, year)
);

-- "Waarom draagt dit bij": the reason is part of the link.
CREATE TABLE activity_results (
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    result_id TEXT NOT NULL REFERENCES societal_results (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (activity_id, result_id)
);
CREATE INDEX activity_results_by_result ON activity_results (result_id);

CREATE TABLE activity_decisions (
    id TEXT PRIMARY KEY,
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    decision TEXT NOT NULL,    -- ActivityDecisionKindName
    decided_on TEXT NOT NULL,  -- YYYY-MM-DD
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES people (id),
    created_at TEXT NOT NULL
);
CREATE INDEX activity_decisions_by_activity ON activity_decisions (activity_id, decided_on);

-- How much a result matters to the partners, and how urgent it is (portfolio analysis).
CREATE TABLE result_priorities (
    result_id TEXT PRIMARY KEY REFERENCES societal_results (id) ON DELETE CASCADE,
    priority TEXT NOT NULL,  -- LevelName: high, medium, low
    urgency TEXT NOT NULL,
    set_by TEXT NOT NULL REFERENCES people (id),
    set_at TEXT NOT NULL
);
