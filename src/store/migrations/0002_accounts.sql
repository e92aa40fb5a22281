-- Accounts, organisations, collaborations, evaluation rounds and the audit trail (block 0).
-- Portable SQL: the same text runs on SQLite and PostgreSQL. Ids are made by the program
-- ("org_" + 16 hex characters, ...); timestamps are ISO-8601 UTC text, which sorts by time.

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,  -- OrganisationKindName
    region TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,  -- lower-case
    name TEXT NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    platform_admin INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT NOT NULL,  -- Argon2id (libsodium crypto_pwhash_str)
    created_at TEXT NOT NULL
);
CREATE INDEX people_by_organisation ON people (organisation_id);

-- Only a hash of each session token is stored: a copy of the database opens no session.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE INDEX sessions_by_person ON sessions (person_id);

-- Failed sign-ins, kept in the database so that every process throttles alike.
CREATE TABLE sign_in_failures (
    email TEXT NOT NULL,
    remote TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_by_email ON sign_in_failures (email, at);
CREATE INDEX sign_in_failures_by_remote ON sign_in_failures (remote, at);

CREATE TABLE collaborations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    theme TEXT NOT NULL,
    regions TEXT NOT NULL,  -- region codes separated by ','
    period_start TEXT NOT NULL,
    period_end TEXT,
    description TEXT NOT NULL,
    coordination TEXT NOT NULL DEFAULT '',
    decision_making TEXT NOT NULL DEFAULT '',
    funding TEXT NOT NULL DEFAULT '',
    staffing TEXT NOT NULL DEFAULT '',
    monitoring TEXT NOT NULL DEFAULT '',
    monitoring_frequency TEXT NOT NULL DEFAULT '',
    joining_and_leaving TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- An organisation or a person takes part in a collaboration with a role.
CREATE TABLE partners (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,  -- organisation, person
    organisation_id TEXT REFERENCES organisations (id),
    person_id TEXT REFERENCES people (id),
    person_role TEXT,  -- young_person, parent, expert_by_experience
    role TEXT NOT NULL,  -- coordinator, partner, viewer
    joined_at TEXT NOT NULL
);
CREATE UNIQUE INDEX partners_one_organisation ON partners (collaboration_id, organisation_id);
CREATE UNIQUE INDEX partners_one_person ON partners (collaboration_id, person_id);
CREATE INDEX partners_by_organisation ON partners (organisation_id);
CREATE INDEX partners_by_person ON partners (person_id);

CREATE TABLE evaluation_rounds (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evaluation_rounds_by_collaboration ON evaluation_rounds (collaboration_id, opened_at);

-- One response per partner per round; person_id is who submitted it, shown only when signed.
CREATE TABLE evaluation_responses (
    round_id TEXT NOT NULL REFERENCES evaluation_rounds (id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    signed INTEGER NOT NULL,
    submitted_at TEXT NOT NULL,
    PRIMARY KEY (round_id, partner_id)
);

CREATE TABLE evaluation_scores (
    round_id TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    element TEXT NOT NULL,  -- EvaluationElementName
    score INTEGER NOT NULL,
    comment TEXT NOT NULL,
    PRIMARY KEY (round_id, partner_id, element),
    FOREIGN KEY (round_id, partner_id) REFERENCES evaluation_responses (round_id, partner_id) ON DELETE CASCADE
);

-- Append-only: seq without gaps, each hash covering the previous one (see core/audit.hpp).
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    person_id TEXT,
    person_email TEXT,
    organisation_id TEXT,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    result TEXT NOT NULL,
    remote TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_person ON audit_log (person_id, seq);
CREATE INDEX audit_log_by_object ON audit_log (object_id, seq);
CREATE INDEX audit_log_by_at ON audit_log (at);
