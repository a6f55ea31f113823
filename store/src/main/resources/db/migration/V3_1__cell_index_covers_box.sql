-- The (cell, date_start) index of V1_1 also holds lat and lon, so "newest incidents in this map
-- box" tests the box on index entries and reads only the ids of matching rows (a covering index):
-- no table row is looked up for incidents outside the box.
DROP INDEX incidents_cell_date_idx;
CREATE INDEX incidents_cell_date_idx ON incidents (cell, date_start, lat, lon);
