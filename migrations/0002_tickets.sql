-- Index of support tickets. The ticket itself (JSON and TXT) lives in R2 under tickets/<id>.*;
-- this table serves admin listings, idempotency per session and retention purges.
CREATE TABLE IF NOT EXISTS tickets (
  id TEXT PRIMARY KEY,                -- STI-YYYYMMDD-XXXXXX
  session_id TEXT UNIQUE,             -- one ticket per session; NULL once anonymised (GDPR erasure)
  created_at INTEGER NOT NULL,        -- epoch ms
  status TEXT NOT NULL DEFAULT 'open',
  source TEXT NOT NULL,               -- chat | manual
  language TEXT NOT NULL,
  device TEXT,                        -- device id when known
  problem TEXT,                       -- problem id when known
  has_name INTEGER NOT NULL DEFAULT 0,
  anonymised_at INTEGER               -- set by a GDPR erasure
);
CREATE INDEX IF NOT EXISTS tickets_created ON tickets (created_at DESC);
CREATE INDEX IF NOT EXISTS tickets_status_created ON tickets (status, created_at DESC);
