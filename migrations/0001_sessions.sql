-- Index of chat sessions for admin queries and health checks.
-- The conversation itself lives in each session's Durable Object; this table only indexes it.
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,      -- epoch ms
  last_activity_at INTEGER NOT NULL, -- epoch ms
  language TEXT NOT NULL,
  stage TEXT NOT NULL,
  device TEXT,
  problem TEXT
);
CREATE INDEX IF NOT EXISTS sessions_last_activity ON sessions (last_activity_at);
