-- Indexes for de-duplication's candidate look-ups (JdbcStore.candidates), which run for every new
-- mention during ingest. Each look-up reads a grid cell (or a first-level division) over a date
-- window and keeps the mentions whose span and position fit; only a few of the rows in the window
-- do. With the filtered columns in the index the non-matching rows are rejected on index entries,
-- and only the matching mentions' rows are read.
--   mentions_cell_idx (cell, date_start) becomes (cell, date_start, date_end, lat, lon);
--   mentions_region_idx serves "mentions of this region known only to region precision" (asked
--   for every settlement-precision mention), a few percent of all mentions.
DROP INDEX mentions_cell_idx;
CREATE INDEX mentions_cell_idx ON mentions (cell, date_start, date_end, lat, lon);
CREATE INDEX mentions_region_idx ON mentions (admin1, date_start, date_end)
  WHERE place_precision = 'region';
