-- The notifications' delivery log (docs/desk.md, "Notifications"): one row per message and channel.
-- The queue consumer reads it before each attempt (a channel that already has a message is never
-- sent it again on a retry) and writes every attempt's outcome; the dead-letter consumer marks what
-- never arrived as dead; the desk lists it. Rows go with the tickets' retention (the purge).
CREATE TABLE IF NOT EXISTS notification_deliveries (
  id TEXT PRIMARY KEY,                -- <channel>|<message_id>: one row per message and channel
  message_id TEXT NOT NULL,           -- the message's own key: <kind>:<ticket id>[:<time>] or digest:<time>
  ticket_id TEXT,                     -- NULL for a digest
  kind TEXT NOT NULL,                 -- ticket.created | ticket.customer_waiting | digest
  channel TEXT NOT NULL,              -- webhook | slack | discord | telegram | email
  status TEXT NOT NULL,               -- delivered | failed | dead
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,                    -- the last failed attempt's reason: never a URL or a secret
  created_at INTEGER NOT NULL,        -- epoch ms, first attempt
  updated_at INTEGER NOT NULL,        -- epoch ms, last change
  delivered_at INTEGER                -- epoch ms
);
CREATE INDEX IF NOT EXISTS notification_deliveries_message ON notification_deliveries (message_id);
CREATE INDEX IF NOT EXISTS notification_deliveries_updated ON notification_deliveries (updated_at DESC);
CREATE INDEX IF NOT EXISTS notification_deliveries_ticket ON notification_deliveries (ticket_id, updated_at DESC);
CREATE INDEX IF NOT EXISTS notification_deliveries_created ON notification_deliveries (created_at);
