-- Indexes for the query layer (org.strikewatch.store.query): "newest incidents in this map box"
-- reads each 0.5-degree grid cell of the box newest-first and merges, so it touches about one page
-- of rows per cell instead of every row in the box.
CREATE INDEX incidents_cell_date_idx ON incidents (cell, date_start);
