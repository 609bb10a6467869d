import { ticketKeys } from "../lib/keys";
import { DEVICE_LABELS } from "../lib/knowledge-base";
import { newTicketId } from "../lib/tickets/ticket-id";
import { renderTicketText } from "../lib/tickets/ticket-text";
import type { Ticket } from "../protocol";
import { type ExpiringRows, expiringRows } from "./expiring-rows";
import { parseStoredTicket } from "./ticket-schema";
import { eraseNotes } from "./ticket-workflow";

/**
 * Where tickets live: JSON and TXT in R2 (src/lib/keys.ts), one index row in D1 `tickets`. The only
 * module with SQL on that table and the only reader and writer of ticket objects.
 */
export interface TicketStores {
  bucket: R2Bucket;
  db: D1Database;
}

/** One row of D1 `tickets` (migrations/0002_tickets.sql). */
export interface TicketRow {
  id: string;
  /** NULL once the ticket was anonymised by a GDPR erasure. */
  session_id: string | null;
  created_at: number;
  status: string;
  source: string;
  language: string;
  device: string | null;
  problem: string | null;
  has_name: number;
  anonymised_at: number | null;
}

const MAX_ID_ATTEMPTS = 5;

export interface TicketIndexRow {
  sessionId: string;
  createdAt: number;
  source: Ticket["source"];
  language: Ticket["language"];
  device: string | null;
  problem: string | null;
  /** The customer's name (searchable in the desk), or null. */
  name: string | null;
}

/** The filters of the admin listing; times are epoch ms. */
export interface TicketListQuery {
  status?: "open" | "closed";
  /** Created at or after. */
  from?: number;
  /** Created before. */
  before?: number;
  /** Continue after this row (the listing is newest first, ties by id). */
  after?: { createdAt: number; id: string };
  limit: number;
}

/** The admin listing: newest first, then by id, at most `limit` rows. */
export async function listTicketRows(db: D1Database, query: TicketListQuery): Promise<TicketRow[]> {
  const where: string[] = [];
  const binds: (string | number)[] = [];
  const filter = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    binds.push(...values);
  };
  // "open": anything not closed (the workflow's new, in progress, waiting and resolved).
  if (query.status === "open") filter("status != 'closed'");
  else if (query.status) filter("status = ?", query.status);
  if (query.from !== undefined) filter("created_at >= ?", query.from);
  if (query.before !== undefined) filter("created_at < ?", query.before);
  if (query.after) {
    const { createdAt, id } = query.after;
    filter("(created_at < ? OR (created_at = ? AND id < ?))", createdAt, createdAt, id);
  }
  const sql = `SELECT id, session_id, created_at, status, source, language, device, problem, has_name, anonymised_at
      FROM tickets ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY created_at DESC, id DESC LIMIT ?`;
  const { results } = await db
    .prepare(sql)
    .bind(...binds, query.limit)
    .all<TicketRow>();
  return results;
}

/** The session a ticket belongs to; null when there is no such row or it was anonymised. */
export async function ticketSessionId(db: D1Database, id: string): Promise<string | null> {
  const row = await db
    .prepare("SELECT session_id FROM tickets WHERE id = ?")
    .bind(id)
    .first<{ session_id: string | null }>();
  return row?.session_id ?? null;
}

/** The ids of the tickets still linked to a session (an erasure unlinks them). */
export async function sessionTicketIds(db: D1Database, sessionId: string): Promise<string[]> {
  const { results } = await db
    .prepare("SELECT id FROM tickets WHERE session_id = ?")
    .bind(sessionId)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

const sessionTicketId = (db: D1Database, sessionId: string): Promise<{ id: string } | null> =>
  db.prepare("SELECT id FROM tickets WHERE session_id = ?").bind(sessionId).first<{ id: string }>();

/**
 * Reserves the session's ticket id in D1: reuses the one a previous (interrupted) attempt
 * reserved, otherwise inserts a fresh id, drawing again on the rare id collision.
 */
export async function reserveTicketId(db: D1Database, row: TicketIndexRow, now: Date): Promise<string> {
  const existing = await sessionTicketId(db, row.sessionId);
  if (existing) return existing.id;
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
    const id = newTicketId(now);
    const result = await db
      .prepare(
        `INSERT INTO tickets (id, session_id, created_at, updated_at, status, source, language, device, problem, has_name, customer_name)
         VALUES (?1, ?2, ?3, ?3, 'new', ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING`,
      )
      .bind(
        id,
        row.sessionId,
        row.createdAt,
        row.source,
        row.language,
        row.device,
        row.problem,
        row.name !== null ? 1 : 0,
        row.name,
      )
      .run();
    if (result.meta.changes === 1) return id;
    const raced = await sessionTicketId(db, row.sessionId);
    if (raced) return raced.id;
  }
  throw new Error("could not allocate a unique ticket id");
}

export async function saveTicket(bucket: R2Bucket, ticket: Ticket): Promise<void> {
  const keys = ticketKeys(ticket.id);
  const customMetadata = { sessionId: ticket.sessionId, createdAt: ticket.createdAt };
  await Promise.all([
    bucket.put(keys.json, JSON.stringify(ticket, null, 2), {
      httpMetadata: { contentType: "application/json; charset=utf-8" },
      customMetadata,
    }),
    bucket.put(keys.txt, renderTicketText(ticket), {
      httpMetadata: { contentType: "text/plain; charset=utf-8" },
      customMetadata,
    }),
  ]);
}

/** Null when there is no such ticket; throws MalformedStoredData when its JSON is not a ticket. */
export async function loadTicket(bucket: R2Bucket, id: string): Promise<Ticket | null> {
  const object = await bucket.get(ticketKeys(id).json);
  return object ? parseStoredTicket(id, await object.text()) : null;
}

export async function deleteTicket(stores: TicketStores, id: string): Promise<boolean> {
  const keys = ticketKeys(id);
  // R2 first: if the D1 delete then fails, the same request again finds the row and reports it
  // deleted (the other order answered a retried delete 404 with the ticket's files already gone).
  await stores.bucket.delete([keys.json, keys.txt]);
  const result = await stores.db.prepare("DELETE FROM tickets WHERE id = ?").bind(id).run();
  return result.meta.changes > 0;
}

/**
 * GDPR erasure: the ticket keeps its id, dates, device and problem ids for the retention period;
 * the person's name, free-text problem, transcript and attachments go.
 */
export async function anonymiseSessionTickets(
  stores: TicketStores,
  sessionId: string,
  now: Date,
): Promise<string[]> {
  const ids = await sessionTicketIds(stores.db, sessionId);
  for (const id of ids) {
    const ticket = await loadTicket(stores.bucket, id);
    if (ticket) {
      const anonymous: Ticket = {
        ...ticket,
        sessionId: "[erased]",
        name: null,
        problem: { id: ticket.problem.id, summary: "[erased]" },
        // Free text typed by an admin may describe the person; only the generic label stays.
        device: {
          id: ticket.device.id,
          label: ticket.device.id ? DEVICE_LABELS[ticket.device.id][ticket.language] : "[erased]",
        },
        transcript: [],
        stepsTried: ticket.stepsTried,
        attachments: [],
        whatsapp: { ...ticket.whatsapp, message: "", link: "", webLink: "", appLink: "" },
      };
      await saveTicket(stores.bucket, anonymous);
    }
    await stores.db
      // Unlinked from the session: the id may start a new conversation, and a new ticket, afterwards.
      .prepare(
        "UPDATE tickets SET session_id = NULL, has_name = 0, customer_name = NULL, anonymised_at = ? WHERE id = ?",
      )
      .bind(now.getTime(), id)
      .run();
    await eraseNotes(stores.db, id);
  }
  return ids;
}

/** A ticket's row expires by its creation (src/retention/d1-sweep.ts). */
export const expiringTicketRows = (db: D1Database): ExpiringRows => expiringRows(db, "tickets", "created_at");
