import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newSessionId } from "../../helpers/api";
import { manualTicket, ticketRows } from "./support";

/**
 * Text with a lone surrogate (half an emoji, cut by a client or a paste) in a manual ticket's name,
 * device or problem still makes the ticket: its WhatsApp links carry U+FFFD in its place. Found by
 * the reliability fuzz: encodeURIComponent threw, and the route answered 503 after reserving a row.
 */
describe("a manual ticket with a lone surrogate in its text", () => {
  it.each([
    ["name", { name: "An\ud800a" }],
    ["device", { device: "notebook \udc00HP" }],
    ["problem", { problem: "no enciende \ud83d" }],
  ])("in the %s is created with decodable WhatsApp links", async (_field, text) => {
    const sessionId = newSessionId("surrogate");
    const ticket = await manualTicket({
      sessionId,
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
      ...text,
    });
    for (const link of [ticket.whatsapp.link, ticket.whatsapp.webLink, ticket.whatsapp.appLink]) {
      const message = decodeURIComponent(new URL(link).searchParams.get("text") ?? "");
      expect(message).toContain(ticket.id);
      expect(message).toContain("\ufffd");
    }
    expect(await env.BUCKET.head(`tickets/${ticket.id}.json`)).not.toBeNull();
    expect((await ticketRows(sessionId)).map((r) => r.id)).toEqual([ticket.id]);
  });
});
