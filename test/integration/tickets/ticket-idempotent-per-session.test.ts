import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../src/protocol";
import { greet, newSessionId, press, say } from "../../helpers/api";
import { manualTicket, r2TicketObjects, ticketRows } from "./support";

async function r2JsonKeysOf(sessionId: string): Promise<string[]> {
  return (await r2TicketObjects())
    .filter((o) => o.sessionId === sessionId && o.key.endsWith(".json"))
    .map((o) => o.key);
}

describe("one ticket per session", () => {
  it("a second manual request answers 200 with the first ticket, unchanged", async () => {
    const sid = newSessionId("idem");
    const first = await manualTicket({
      sessionId: sid,
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
    });
    const second = await manualTicket(
      { sessionId: sid, name: "Otro Nombre", device: "impresora", problem: "no imprime", language: "en" },
      200,
    );
    expect(second.id).toBe(first.id);
    // The second body changes nothing: the stored ticket is the first one.
    expect(second).toEqual(first);
    const stored = await env.BUCKET.get(`tickets/${first.id}.json`);
    expect(await stored?.json<Ticket>()).toEqual(first);

    const rows = await ticketRows(sid);
    expect(rows.map((r) => r.id)).toEqual([first.id]);
    expect(await r2JsonKeysOf(sid)).toEqual([`tickets/${first.id}.json`]);
  });

  it("a chat escalation after a manual ticket answers the same ticket id", async () => {
    const sid = newSessionId("idem");
    await greet(sid);
    await say(sid, "soy Ana, mi notebook no prende");
    const manual = await manualTicket({
      sessionId: sid,
      name: "Ana",
      device: "notebook",
      problem: "no enciende",
    });
    await press(sid, "steps:persists");
    const handoff = await press(sid, "technician");
    expect(handoff.ticket?.id).toBe(manual.id);
    expect(handoff.ticket?.whatsappUrl).toBe(manual.whatsapp.link);
    expect(handoff.reply).toContain(manual.id);

    // Typing the request again re-announces the same ticket.
    const typed = await say(sid, "quiero hablar con un técnico");
    expect(typed.ticket?.id).toBe(manual.id);

    const rows = await ticketRows(sid);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: manual.id, source: "manual" });
    expect(await r2JsonKeysOf(sid)).toEqual([`tickets/${manual.id}.json`]);
  });

  it("a manual request after a chat escalation answers 200 with the chat's ticket", async () => {
    const sid = newSessionId("idem");
    await greet(sid);
    await say(sid, "soy Ana, mi notebook no prende");
    await press(sid, "steps:persists");
    const handoff = await press(sid, "technician");
    const chatId = handoff.ticket?.id;
    expect(chatId).toBeDefined();

    const manual = await manualTicket({ sessionId: sid, device: "notebook", problem: "no enciende" }, 200);
    expect(manual.id).toBe(chatId);
    expect(manual.source).toBe("chat");

    const rows = await ticketRows(sid);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: chatId, source: "chat" });
  });
});
