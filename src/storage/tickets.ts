import { ticketKeys } from "../lib/keys";
import { DEVICE_LABELS } from "../lib/knowledge-base";
import type { Ticket } from "../lib/tickets/ticket";
import { newTicketId } from "../lib/tickets/ticket-id";
import { renderTicketText } from "../lib/tickets/ticket-text";
import { type ExpiringRows, expiringRows } from "./expiring-rows";

/** Where tickets live: JSON and TXT in R2, one index row in D1. Takes the bindings it needs. */
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
  hasName: boolean;
}

/**
 * Reserves the session's ticket id in D1: reuses the one a previous (interrupted) attempt
 * reserved, otherwise inserts a fresh id, drawing again on the rare id collision.
 */
export async function reserveTicketId(db: D1Database, row: TicketIndexRow, now: Date): Promise<string> {
  const existing = await db
    .prepare("SELECT id FROM tickets WHERE session_id = ?")
    .bind(row.sessionId)
    .first<{ id: string }>();
  if (existing) return existing.id;
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
    const id = newTicketId(now);
    const result = await db
      .prepare(
        `INSERT INTO tickets (id, session_id, created_at, status, source, language, device, problem, has_name)
         VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .bind(
        id,
        row.sessionId,
        row.createdAt,
        row.source,
        row.language,
        row.device,
        row.problem,
        row.hasName ? 1 : 0,
      )
      .run();
    if (result.meta.changes === 1) return id;
    const raced = await db
      .prepare("SELECT id FROM tickets WHERE session_id = ?")
      .bind(row.sessionId)
      .first<{ id: string }>();
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

export async function loadTicket(bucket: R2Bucket, id: string): Promise<Ticket | null> {
  const object = await bucket.get(ticketKeys(id).json);
  return object ? ((await object.json()) as Ticket) : null;
}

export async function deleteTicket(stores: TicketStores, id: string): Promise<boolean> {
  const keys = ticketKeys(id);
  const result = await stores.db.prepare("DELETE FROM tickets WHERE id = ?").bind(id).run();
  await stores.bucket.delete([keys.json, keys.txt]);
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
  const { results } = await stores.db
    .prepare("SELECT id FROM tickets WHERE session_id = ?")
    .bind(sessionId)
    .all<{ id: string }>();
  for (const { id } of results) {
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
      .prepare("UPDATE tickets SET session_id = NULL, has_name = 0, anonymised_at = ? WHERE id = ?")
      .bind(now.getTime(), id)
      .run();
  }
  return results.map((r) => r.id);
}

/** A ticket's row expires by its creation (src/retention/d1-sweep.ts). */
export const expiringTicketRows = (db: D1Database): ExpiringRows => expiringRows(db, "tickets", "created_at");
