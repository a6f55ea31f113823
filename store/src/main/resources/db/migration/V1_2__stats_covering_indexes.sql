-- Covering indexes for the query layer's statistics (org.strikewatch.store.query): each holds the
-- columns a stats query reads (bucket date, group values, casualty figures), so counting and
-- summing over a filter (region, country, launcher/own-territory, or dates) reads only the index,
-- never the wide incident rows. They replace narrower indexes with the same leading columns.
DROP INDEX incidents_admin1_idx;
DROP INDEX incidents_country_idx;
DROP INDEX incidents_launched_idx;
DROP INDEX incidents_own_idx;
CREATE INDEX incidents_admin1_idx ON incidents (admin1, date_start, country, launched_by,
  own_territory, weapons, killed_best, killed_low, injured_best, injured_low, evacuated_best,
  evacuated_low);
CREATE INDEX incidents_country_idx ON incidents (country, date_start, admin1, launched_by,
  own_territory, weapons, killed_best, killed_low, injured_best, injured_low, evacuated_best,
  evacuated_low);
CREATE INDEX incidents_launched_idx ON incidents (launched_by, own_territory, date_start, admin1,
  country, weapons, killed_best, killed_low, injured_best, injured_low, evacuated_best,
  evacuated_low);
CREATE INDEX incidents_own_idx ON incidents (own_territory, date_start, admin1, country,
  launched_by, weapons, killed_best, killed_low, injured_best, injured_low, evacuated_best,
  evacuated_low);
CREATE INDEX incidents_stats_date_idx ON incidents (date_start, admin1, country, launched_by,
  own_territory, weapons, killed_best, killed_low, injured_best, injured_low, evacuated_best,
  evacuated_low);
