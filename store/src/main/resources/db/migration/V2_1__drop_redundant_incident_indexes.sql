-- Two indexes on incidents that no query needs, dropped because every new or merged incident pays
-- for each index it updates (ingest is bound by these writes):
--   incidents_cell_idx (cell) is the first column of incidents_cell_date_idx (cell, date_start, ...),
--   which serves every lookup by cell;
--   incidents_date_idx (date_start, date_end) leads with the first column of
--   incidents_stats_date_idx (date_start, ...), which serves every range or order on date_start;
--   no query on incidents filters on date_end.
DROP INDEX incidents_cell_idx;
DROP INDEX incidents_date_idx;
