-- The outcome engine's table, built from the trajectories and kept as an image (issue 10,
-- engine/table_image.hpp), under the trajectory version it was built at (Store::TrajectoryVersion).
-- At national scale building the table from every record takes a start 7-10 s; reading the image
-- takes a fraction of that. One image at a time, in parts of a few MB, as base64 text so that
-- SQLite and PostgreSQL keep it alike. It holds what the engine holds in memory: dense client
-- numbers (no pseudonym), municipality, provider and help-form codes, days and answers. The image
-- also carries the revision of the code that built it (engine::TableRevision). A later migration
-- that changes trajectory rows without recording an import must empty this table.
CREATE TABLE kept_outcome_table (
    part INTEGER PRIMARY KEY,
    version TEXT NOT NULL,
    size BIGINT NOT NULL,  -- of the whole image in bytes, in every part
    generation BIGINT NOT NULL,  -- a random number per image, in every part: parts of two images never mix
    data TEXT NOT NULL
);
