import { env } from "cloudflare:workers";
import { expect } from "vitest";
import type { ManualTicketResponse, Ticket, TicketListResponse as TicketList } from "../../../src/protocol";
import { call, postJson } from "../../helpers/api";

/** Shared by the ticket tests: admin credentials, the manual-ticket call and reads of the real stores. */

export const ADMIN_TOKEN = "test-admin-token";
export const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN}` };
export const TICKET_ID = /^STI-\d{8}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

export interface ManualTicketBody {
  sessionId: string;
  name?: string;
  device: string;
  problem: string;
  language?: "es" | "en";
}

export type {
  ManualTicketResponse,
  TicketListItem,
  TicketListResponse as TicketList,
} from "../../../src/protocol";

import type { TicketRow } from "../../../src/storage/tickets";

export type { TicketRow };

export function createManual(body: ManualTicketBody, headers: Record<string, string> = ADMIN) {
  return postJson("/api/ticket/create-manual", body, headers);
}

/** A manual ticket that must answer `status` (201 the first time for a session, 200 after). */
export async function manualTicket(body: ManualTicketBody, status: 200 | 201 = 201): Promise<Ticket> {
  const res = await createManual(body);
  const text = await res.text();
  expect(res.status, text).toBe(status);
  const parsed = JSON.parse(text) as ManualTicketResponse;
  expect(parsed.created).toBe(status === 201);
  return parsed.ticket;
}

export async function listTickets(query = ""): Promise<TicketList> {
  const res = await call(`/api/tickets${query}`, { headers: ADMIN });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as TicketList;
}

export async function ticketRows(sessionId: string): Promise<TicketRow[]> {
  const { results } = await env.DB.prepare("SELECT * FROM tickets WHERE session_id = ?")
    .bind(sessionId)
    .all<TicketRow>();
  return results;
}

export async function ticketRowById(id: string): Promise<TicketRow | null> {
  return env.DB.prepare("SELECT * FROM tickets WHERE id = ?").bind(id).first<TicketRow>();
}

/** Every key under `tickets/` in R2, with its custom metadata (the session it belongs to). */
export async function r2TicketObjects(): Promise<{ key: string; sessionId: string | undefined }[]> {
  const objects: { key: string; sessionId: string | undefined }[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.BUCKET.list({
      prefix: "tickets/",
      include: ["customMetadata"],
      ...(cursor ? { cursor } : {}),
    });
    objects.push(...page.objects.map((o) => ({ key: o.key, sessionId: o.customMetadata?.sessionId })));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return objects;
}

/** The signed page path of a ticket, from the link the ticket carries. */
export function signedPath(ticket: Ticket): { path: string; sig: string } {
  const url = new URL(ticket.url);
  const sig = url.searchParams.get("sig");
  expect(sig, ticket.url).toBeTruthy();
  return { path: `${url.pathname}${url.search}`, sig: sig ?? "" };
}

/** YYYY-MM-DD (UTC) of a timestamp. */
export const utcDay = (at: string | number | Date) => new Date(at).toISOString().slice(0, 10);
