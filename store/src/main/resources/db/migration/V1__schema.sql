-- Strikewatch schema, shared by SQLite and PostgreSQL. Vendor differences are Flyway placeholders:
--   ${id}    an auto-generated 64-bit primary key
--   ${float} a double-precision number
-- Dates are ISO-8601 text (YYYY-MM-DD, so text order is date order); instants are ISO-8601 UTC text;
-- booleans are integers 0/1; lists of weapon codes are text such as ',missile,drone,' (so
-- "weapons LIKE '%,drone,%'" selects a weapon).

-- Every report as received. A report is committed here before extraction runs.
CREATE TABLE reports (
  id ${id},
  content_hash TEXT NOT NULL,          -- sha-256 of the text (hex); the same text is stored once
  text TEXT NOT NULL,
  origin TEXT NOT NULL,                -- file path, URL or "export.json#message 123"
  source TEXT,
  url TEXT,
  published TEXT,
  fetched_at TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  media_type TEXT NOT NULL,
  language TEXT,                       -- as asserted by the source, or null
  status TEXT NOT NULL,                -- stored | extracted | failed
  status_detail TEXT,                  -- why extraction failed
  extractor_version TEXT,              -- version of the extractor that produced the latest extraction
  previous_version_id BIGINT REFERENCES reports (id), -- same URL, earlier text
  CONSTRAINT reports_content_hash_key UNIQUE (content_hash)
);
CREATE INDEX reports_url_idx ON reports (url);
CREATE INDEX reports_status_idx ON reports (status);

-- Each extraction run over a report (contract JSON), kept with the extractor version.
CREATE TABLE extractions (
  id ${id},
  report_id BIGINT NOT NULL REFERENCES reports (id),
  extractor_version TEXT NOT NULL,
  extracted_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX extractions_report_idx ON extractions (report_id);

-- Canonical incidents: one per strike, merged across reports.
CREATE TABLE incidents (
  id ${id},
  date_start TEXT,
  date_end TEXT,
  time_precision TEXT NOT NULL,
  lat ${float},
  lon ${float},
  cell BIGINT,                         -- 0.5-degree grid cell, see GridCell
  country TEXT,
  admin1 TEXT,
  place_name TEXT,
  place_precision TEXT NOT NULL,
  weapons TEXT NOT NULL,
  launched_by TEXT,
  own_territory INTEGER,
  killed_low INTEGER, killed_best INTEGER, killed_high INTEGER,
  injured_low INTEGER, injured_best INTEGER, injured_high INTEGER,
  evacuated_low INTEGER, evacuated_best INTEGER, evacuated_high INTEGER,
  border_stated_km ${float},
  border_computed_km ${float},
  confidence ${float} NOT NULL,
  source_count INTEGER NOT NULL,
  json TEXT NOT NULL,                  -- the canonical incident as contract JSON
  provenance TEXT NOT NULL,            -- JSON: merge reasons and disagreements between sources
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date_idx ON incidents (date_start, date_end);
CREATE INDEX incidents_cell_idx ON incidents (cell);
CREATE INDEX incidents_latlon_idx ON incidents (lat, lon);
CREATE INDEX incidents_admin1_idx ON incidents (admin1, date_start);
CREATE INDEX incidents_launched_idx ON incidents (launched_by, own_territory, date_start);
CREATE INDEX incidents_own_idx ON incidents (own_territory, date_start);
CREATE INDEX incidents_country_idx ON incidents (country, date_start);

-- One incident as one report states it (a mention), linked to its canonical incident.
CREATE TABLE mentions (
  id ${id},
  report_id BIGINT NOT NULL REFERENCES reports (id),
  extraction_id BIGINT NOT NULL REFERENCES extractions (id),
  idx INTEGER NOT NULL,                -- position in the extraction's incident list
  report_key TEXT NOT NULL,            -- the report's content hash: stable across ingest orders
  incident_id BIGINT REFERENCES incidents (id),
  date_start TEXT,
  date_end TEXT,
  time_precision TEXT NOT NULL,
  lat ${float},
  lon ${float},
  cell BIGINT,
  country TEXT,
  admin1 TEXT,
  place_precision TEXT NOT NULL,
  launched_by TEXT,
  weapons TEXT NOT NULL,
  json TEXT NOT NULL,                  -- the incident as contract JSON, evidence offsets into the report
  CONSTRAINT mentions_report_idx_key UNIQUE (report_id, idx)
);
CREATE INDEX mentions_incident_idx ON mentions (incident_id);
CREATE INDEX mentions_cell_idx ON mentions (cell, date_start);
CREATE INDEX mentions_admin1_idx ON mentions (admin1, date_start);

-- Claims about many incidents ("at least 21 times"), per report.
CREATE TABLE claims (
  id ${id},
  report_id BIGINT NOT NULL REFERENCES reports (id),
  extraction_id BIGINT NOT NULL REFERENCES extractions (id),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  count_low INTEGER, count_best INTEGER, count_high INTEGER,
  launched_by TEXT,
  own_territory INTEGER,
  date_start TEXT,
  date_end TEXT,
  country TEXT,
  admin1 TEXT,
  json TEXT NOT NULL
);
CREATE INDEX claims_report_idx ON claims (report_id);
CREATE INDEX claims_date_idx ON claims (date_start, date_end);

-- What de-duplication did: a mention created or joined an incident, or a user split it off.
CREATE TABLE merge_history (
  id ${id},
  incident_id BIGINT NOT NULL,
  mention_id BIGINT,
  report_id BIGINT,
  action TEXT NOT NULL,                -- created | merged | split
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX merge_history_incident_idx ON merge_history (incident_id);

-- User decisions that two reports describe different strikes (from "strikewatch split").
-- De-duplication never puts mentions of report_a and report_b into one incident.
CREATE TABLE cannot_link (
  report_a BIGINT NOT NULL REFERENCES reports (id),
  report_b BIGINT NOT NULL REFERENCES reports (id),
  created_at TEXT NOT NULL,
  note TEXT,
  CONSTRAINT cannot_link_pk PRIMARY KEY (report_a, report_b)
);
CREATE INDEX cannot_link_b_idx ON cannot_link (report_b);

-- Input that could not be read as a report, with the reason.
CREATE TABLE quarantine (
  id ${id},
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  excerpt TEXT,
  at TEXT NOT NULL
);
CREATE INDEX quarantine_origin_idx ON quarantine (origin);
