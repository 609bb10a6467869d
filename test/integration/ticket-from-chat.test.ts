import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../src/protocol";
import { call, greet, newSessionId, press, say } from "../helpers/api";

const ADMIN = { Authorization: "Bearer test-admin-token" };

describe("a ticket from the conversation's escalation", () => {
  it("creates the ticket when the user accepts a technician, with a WhatsApp button", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "soy Ana, mi notebook no prende, mi cel es 341 555-1234");
    await press(id, "steps:persists");
    const handoff = await press(id, "technician");
    expect(handoff.ticket?.id).toMatch(/^STI-\d{8}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(handoff.reply).toContain(handoff.ticket?.id);
    const wa = handoff.buttons.find((b) => b.url);
    expect(wa?.url).toMatch(/^https:\/\/wa\.me\/5493415550000\?text=/);
    const text = decodeURIComponent(wa?.url?.split("text=")[1] ?? "");
    expect(text).toContain("Ana");
    expect(text).toContain(handoff.ticket?.id);
    expect(text).toContain("Notebook");
    expect(text).toMatch(/\/ticket\/STI-\d{8}-\w{6}\?sig=/);

    const ticket = (await (
      await call(`/api/ticket/${handoff.ticket?.id}`, { headers: ADMIN })
    ).json()) as Ticket;
    expect(ticket).toMatchObject({ sessionId: id, name: "Ana", source: "chat", language: "es" });
    expect(ticket.device.id).toBe("notebook");
    expect(ticket.problem.id).toBe("no_power");
    expect(ticket.stepsTried.length).toBeGreaterThan(0);
    expect(ticket.transcript.map((m) => m.text).join("\n")).toContain("[phone]");
    expect(ticket.transcript.map((m) => m.text).join("\n")).not.toContain("555-1234");

    const txt = await env.BUCKET.get(`tickets/${ticket.id}.txt`);
    expect(await txt?.text()).toContain(`TICKET DE SOPORTE ${ticket.id}`);

    const again = await say(id, "quiero hablar con un técnico");
    expect(again.ticket?.id).toBe(ticket.id);
  });
});
