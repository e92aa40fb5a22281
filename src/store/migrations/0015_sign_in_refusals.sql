-- Sign-in attempts refused while throttled (issue 13): counted here, one row per throttled e-mail
-- address or client address, instead of one audit record per attempt. When the throttle lifts
-- (no refusal for a whole window, or the next allowed attempt) the row becomes ONE audit record
-- that says how many attempts were refused, and is deleted. Portable SQL (SQLite and PostgreSQL).

CREATE TABLE sign_in_refusals (
    throttle_key TEXT PRIMARY KEY,  -- "email:<address>" or "remote:<client address>"
    email TEXT NOT NULL,            -- the e-mail address of the latest refused attempt
    remote TEXT NOT NULL,           -- the client address of the latest refused attempt
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL,
    refused BIGINT NOT NULL
);
CREATE INDEX sign_in_refusals_by_last ON sign_in_refusals (last_at);
