-- The suppression of each municipality's outcome report, kept under a fingerprint of the
-- trajectories it was computed from (issue 10). At national scale suppressing every municipality
-- takes most of a minute; a server that starts again on the same trajectories finds it here. The
-- fingerprint is keyed with a secret derived from the pseudonym key, and covers the revision of the
-- suppression code, so a changed record or a changed program never finds a suppression that does
-- not fit it. A character per cell: '0' shown, '1' primary, '2' complementary. No client data.
CREATE TABLE kept_suppression (
    municipality TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    statuses TEXT NOT NULL
);
