-- The worked example collaboration of the demo (issue 15): a collaboration listed here is made up
-- to show the method, and the interface says so on every page of it. Its CBS figures are real; its
-- partners' aims, targets and answers are invented. Portable SQL: the same text runs on SQLite and
-- PostgreSQL.
CREATE TABLE example_collaborations (
    collaboration_id TEXT PRIMARY KEY REFERENCES collaborations (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL
);
