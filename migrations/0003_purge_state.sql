-- Where the retention purge stopped (docs/retention.md): one row per target of the pass in progress.
-- A run that runs out of budget saves its place here, the next run (cron or admin) resumes from it,
-- and the run that finishes the pass deletes every row. D1 rather than KV: strongly consistent (a
-- run right after another reads the place it saved) and no one-write-per-second limit per key.
CREATE TABLE IF NOT EXISTS purge_state (
  target TEXT PRIMARY KEY,      -- sessionRows | ticketRows | uploads | transcripts | tickets
  start_after TEXT,             -- last R2 key handled; the next run lists after it (NULL: from the start)
  done INTEGER NOT NULL DEFAULT 0, -- 1: this target's pass finished; later runs skip it until the pass ends
  updated_at INTEGER NOT NULL   -- epoch ms
);
