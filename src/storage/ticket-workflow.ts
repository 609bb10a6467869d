import type { StaffRef, TicketEvent, TicketEventKind, TicketStatus } from "../protocol";

/**
 * The shop's work on tickets in D1 (migrations/0005_ticket_workflow.sql): status, assignee and
 * the timeline in `ticket_events`. The only module with SQL on the workflow columns and events.
 * Every change is one batch: an UPDATE guarded by the state the caller read (so two people acting
 * at once cannot both win) and the event row, inserted only if the UPDATE changed the ticket.
 */

export const OPEN_STATUSES: readonly TicketStatus[] = ["new", "in_progress", "waiting"];

export interface InboxFilters {
  status?: TicketStatus;
  device?: string;
  problem?: string;
  /** Created at or after (epoch ms). */
  from?: number;
  /** Created before (epoch ms). */
  before?: number;
  /** A staff id, or null for "nobody". */
  assignee?: string | null;
  /** A ticket id or its start (`STI-…`), else part of the customer's name. */
  q?: string;
}

export interface InboxRow {
  id: string;
  created_at: number;
  updated_at: number | null;
  status: TicketStatus;
  source: "chat" | "manual";
  language: "es" | "en";
  device: string | null;
  problem: string | null;
  customer_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  anonymised_at: number | null;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(filters: InboxFilters, withStatus: boolean): { sql: string; binds: (string | number)[] } {
  const clauses: string[] = [];
  const binds: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    binds.push(...values);
  };
  if (withStatus && filters.status) add("t.status = ?", filters.status);
  if (filters.device) add("t.device = ?", filters.device);
  if (filters.problem) add("t.problem = ?", filters.problem);
  if (filters.from !== undefined) add("t.created_at >= ?", filters.from);
  if (filters.before !== undefined) add("t.created_at < ?", filters.before);
  if (filters.assignee === null) add("t.assignee_id IS NULL");
  else if (filters.assignee !== undefined) add("t.assignee_id = ?", filters.assignee);
  if (filters.q) {
    if (/^sti-/i.test(filters.q)) add("t.id LIKE ? ESCAPE '\\'", `${likeEscaped(filters.q.toUpperCase())}%`);
    else add("t.customer_name LIKE ? ESCAPE '\\'", `%${likeEscaped(filters.q)}%`);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", binds };
}

export interface InboxPage {
  rows: InboxRow[];
  counts: Record<TicketStatus, number>;
  unclaimed: number;
}

/**
 * One page of the inbox, newest first (then by id), at most `limit` rows after `after`, with the
 * counts per status and of unclaimed open tickets under the same filters but the status. One
 * round trip (a batch of two statements).
 */
export async function inboxPage(
  db: D1Database,
  filters: InboxFilters,
  limit: number,
  after?: { createdAt: number; id: string },
): Promise<InboxPage> {
  const list = where(filters, true);
  const page = after
    ? {
        sql: `${list.sql ? `${list.sql} AND` : "WHERE"} (t.created_at < ? OR (t.created_at = ? AND t.id < ?))`,
        binds: [...list.binds, after.createdAt, after.createdAt, after.id],
      }
    : list;
  const counted = where(filters, false);
  const open = OPEN_STATUSES.map((s) => `'${s}'`).join(", ");
  const [rows, counts] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT t.id, t.created_at, t.updated_at, t.status, t.source, t.language, t.device, t.problem,
                t.customer_name, t.assignee_id, s.name AS assignee_name, t.anonymised_at
           FROM tickets t LEFT JOIN staff s ON s.id = t.assignee_id
           ${page.sql}
          ORDER BY t.created_at DESC, t.id DESC LIMIT ?`,
      )
      .bind(...page.binds, limit),
    db
      .prepare(
        `SELECT t.status AS status, count(*) AS n,
                sum(CASE WHEN t.assignee_id IS NULL AND t.status IN (${open}) THEN 1 ELSE 0 END) AS unclaimed
           FROM tickets t ${counted.sql} GROUP BY t.status`,
      )
      .bind(...counted.binds),
  ]);
  const tally = { new: 0, in_progress: 0, waiting: 0, resolved: 0, closed: 0 } as Record<
    TicketStatus,
    number
  >;
  let unclaimed = 0;
  for (const row of (counts?.results ?? []) as { status: string; n: number; unclaimed: number }[]) {
    // A row from before the workflow with a status it does not know counts as new.
    const status = (row.status in tally ? row.status : "new") as TicketStatus;
    tally[status] += row.n;
    unclaimed += row.unclaimed;
  }
  return { rows: (rows?.results ?? []) as unknown as InboxRow[], counts: tally, unclaimed };
}

export interface WorkflowState {
  id: string;
  session_id: string | null;
  created_at: number;
  updated_at: number | null;
  status: TicketStatus;
  assignee_id: string | null;
  assignee_name: string | null;
  /** Whether the session's index row is still there (its object then still holds the conversation). */
  session_kept: number;
}

interface EventRow {
  id: number;
  at: number;
  kind: TicketEventKind;
  actor_id: string | null;
  actor_name: string | null;
  from_status: TicketStatus | null;
  to_status: TicketStatus | null;
  assignee_id: string | null;
  assignee_name: string | null;
  text: string | null;
}

/** Events shown per ticket, oldest first; a ticket with more shows the first ones (and the count). */
const MAX_EVENTS = 500;

export async function workflowOf(
  db: D1Database,
  id: string,
): Promise<{ state: WorkflowState; events: TicketEvent[] } | null> {
  const [state, events] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT t.id, t.session_id, t.created_at, t.updated_at, t.status, t.assignee_id, s.name AS assignee_name,
                EXISTS (SELECT 1 FROM sessions WHERE id = t.session_id) AS session_kept
           FROM tickets t LEFT JOIN staff s ON s.id = t.assignee_id WHERE t.id = ?`,
      )
      .bind(id),
    db
      .prepare(
        `SELECT e.id, e.at, e.kind, e.actor_id, a.name AS actor_name, e.from_status, e.to_status,
                e.assignee_id, s.name AS assignee_name, e.text
           FROM ticket_events e
           LEFT JOIN staff a ON a.id = e.actor_id
           LEFT JOIN staff s ON s.id = e.assignee_id
          WHERE e.ticket_id = ? ORDER BY e.id LIMIT ${MAX_EVENTS}`,
      )
      .bind(id),
  ]);
  const row = state?.results[0] as unknown as WorkflowState | undefined;
  if (!row) return null;
  const created: TicketEvent = {
    id: 0,
    at: new Date(row.created_at).toISOString(),
    kind: "created",
    actor: null,
  };
  return {
    state: row,
    events: [created, ...((events?.results ?? []) as unknown as EventRow[]).map(toEvent)],
  };
}

const ref = (id: string | null, name: string | null): StaffRef | null =>
  id ? { id, name: name ?? "?" } : null;

function toEvent(row: EventRow): TicketEvent {
  const assignee = ref(row.assignee_id, row.assignee_name);
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    kind: row.kind,
    actor: ref(row.actor_id, row.actor_name),
    ...(row.from_status ? { from: row.from_status } : {}),
    ...(row.to_status ? { to: row.to_status } : {}),
    ...(assignee ? { assignee } : {}),
    ...(row.text !== null ? { text: row.text } : {}),
  };
}

/** A change to a ticket, applied only if the ticket is still as `expected` (what the caller read). */
export interface WorkflowChange {
  ticketId: string;
  actorId: string;
  now: number;
  expected: { status: TicketStatus; assigneeId: string | null };
  set?: { status?: TicketStatus; assigneeId?: string | null };
  event: {
    kind: TicketEventKind;
    from?: TicketStatus;
    to?: TicketStatus;
    assigneeId?: string | null;
    text?: string;
  };
}

/** Applies the change and records its event atomically; false when the ticket changed meanwhile. */
export async function applyChange(db: D1Database, change: WorkflowChange): Promise<boolean> {
  const { ticketId, actorId, now, expected, set = {}, event } = change;
  const columns: [string, string | number | null][] = [["updated_at", now]];
  if (set.status !== undefined) columns.push(["status", set.status]);
  if (set.assigneeId !== undefined) columns.push(["assignee_id", set.assigneeId]);
  const update = db
    .prepare(
      `UPDATE tickets SET ${columns.map(([c]) => `${c} = ?`).join(", ")}
        WHERE id = ? AND status = ? AND assignee_id IS ?`,
    )
    .bind(...columns.map(([, v]) => v), ticketId, expected.status, expected.assigneeId);
  // changes(): rows the UPDATE just before it changed, in the batch's one transaction.
  const insert = db
    .prepare(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, from_status, to_status, assignee_id, text)
       SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() > 0`,
    )
    .bind(
      ticketId,
      now,
      actorId,
      event.kind,
      event.from ?? null,
      event.to ?? null,
      event.assigneeId ?? null,
      event.text ?? null,
    );
  const [result] = await db.batch([update, insert]);
  return result?.meta.changes === 1;
}

/** A ticket's status, or null when there is no such ticket. */
export async function ticketStatus(db: D1Database, id: string): Promise<TicketStatus | null> {
  const row = await db
    .prepare("SELECT status FROM tickets WHERE id = ?")
    .bind(id)
    .first<{ status: TicketStatus }>();
  return row?.status ?? null;
}

/** GDPR erasure: notes may describe the person; their text goes, the fact that there was a note stays. */
export async function eraseNotes(db: D1Database, ticketId: string): Promise<void> {
  await db
    .prepare("UPDATE ticket_events SET text = '[erased]' WHERE ticket_id = ? AND kind = 'note'")
    .bind(ticketId)
    .run();
}
