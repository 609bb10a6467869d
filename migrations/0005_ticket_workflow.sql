-- The shop's work on tickets (the desk, docs/desk.md): a status through new → in_progress →
-- waiting (for the customer) → resolved → closed, an assignee, the customer's name for search,
-- and a timeline of who did what. Owned by src/storage/ticket-workflow.ts.
ALTER TABLE tickets ADD COLUMN assignee_id TEXT REFERENCES staff (id);
ALTER TABLE tickets ADD COLUMN updated_at INTEGER;
-- The name as the customer gave it (NULL when not given; cleared by a GDPR erasure).
ALTER TABLE tickets ADD COLUMN customer_name TEXT;
-- Tickets made before the workflow: 'open' is 'new'.
UPDATE tickets SET status = 'new' WHERE status = 'open';
UPDATE tickets SET updated_at = created_at WHERE updated_at IS NULL;
CREATE INDEX IF NOT EXISTS tickets_assignee_status ON tickets (assignee_id, status, created_at DESC);

-- One row per action on a ticket; its creation is the ticket row itself. Deleted with the ticket.
CREATE TABLE IF NOT EXISTS ticket_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  at INTEGER NOT NULL,                         -- epoch ms
  actor_id TEXT REFERENCES staff (id),
  kind TEXT NOT NULL CHECK (kind IN ('claimed', 'assigned', 'unassigned', 'status', 'note', 'whatsapp')),
  from_status TEXT,
  to_status TEXT,
  assignee_id TEXT REFERENCES staff (id),
  text TEXT                                    -- a note's text ('[erased]' after a GDPR erasure)
);
CREATE INDEX IF NOT EXISTS ticket_events_ticket ON ticket_events (ticket_id, id);
