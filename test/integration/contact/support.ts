import { env } from "cloudflare:workers";
import { expect } from "vitest";
import type { ChatResponse, Language, Ticket } from "../../../src/protocol";
import { call, greet, newSessionId, press, say } from "../../helpers/api";

/** Shared by the contact tests: a conversation to its hand-off, and reads of the ticket's stores. */

export const ADMIN = { Authorization: "Bearer test-admin-token" };
export const SHOP_NUMBER = "5493415550000";

/** A conversation typed up to the hand-off; the hand-off's answer asks for the contact. */
export async function toHandoff(
  language: Language = "es",
): Promise<{ sessionId: string; handoff: ChatResponse }> {
  const sessionId = newSessionId("contact");
  await greet(sessionId, language);
  await press(sessionId, "consent:yes");
  await say(
    sessionId,
    language === "es" ? "soy Ana, mi notebook no prende" : "I'm Ann, my laptop won't turn on",
  );
  await press(sessionId, "steps:persists");
  const handoff = await press(sessionId, "technician");
  expect(handoff.ticket?.id, handoff.reply).toMatch(/^STI-\d{8}-\w{6}$/);
  return { sessionId, handoff };
}

/** The ticket as R2 holds it: the JSON, its TXT, and the page a technician opens. */
export async function storedTicket(id: string): Promise<{ ticket: Ticket; text: string; page: string }> {
  const [json, txt] = await Promise.all([
    env.BUCKET.get(`tickets/${id}.json`),
    env.BUCKET.get(`tickets/${id}.txt`),
  ]);
  expect(json, "ticket JSON in R2").not.toBeNull();
  const ticket = (await json?.json<Ticket>()) as Ticket;
  const url = new URL(ticket.url);
  const res = await call(`${url.pathname}${url.search}`);
  const page = await res.text();
  expect(res.status, page).toBe(200);
  return { ticket, text: (await txt?.text()) ?? "", page };
}

/** Every column of the ticket's D1 row, as text: personal data must not be in any of them. */
export async function ticketRowText(id: string): Promise<string> {
  const row = await env.DB.prepare("SELECT * FROM tickets WHERE id = ?").bind(id).first();
  expect(row).not.toBeNull();
  return JSON.stringify(row);
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&#39;": "'",
  "&quot;": '"',
  "&lt;": "<",
  "&gt;": ">",
};

/** The `href` of every link on a page, unescaped. */
export const hrefs = (page: string) =>
  [...page.matchAll(/href="([^"]*)"/g)].map((m) =>
    (m[1] ?? "").replace(/&(?:amp|#39|quot|lt|gt);/g, (e) => ENTITIES[e] ?? e),
  );
