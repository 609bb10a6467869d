import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { greet, newSessionId, press, say } from "../../helpers/api";
import { faultPlan } from "../../support/faulty-bindings";
import { createManual, manualTicket } from "../tickets/support";
import { queueProbe, rewireWithQueue } from "./support";

/**
 * What a new ticket puts on the queue, seen through Miniflare's real queue binding wrapped by the
 * session object (the messages go on to the real queue): exactly one message per ticket, however
 * it was made and however often it was asked for, and nothing personal in it.
 */

const PERSONAL = ["Ana", "Pérez", "5555", "1234", "ana@example.com", "llamame", "no prende"];

function expectOnlyIds(
  message: unknown,
  ticket: { id: string; createdAt: string },
  source: "chat" | "manual",
) {
  expect(message).toEqual({
    kind: "ticket.created",
    ticketId: ticket.id,
    createdAt: ticket.createdAt,
    language: "es",
    device: "notebook",
    problem: "no_power",
    source,
  });
  for (const personal of PERSONAL) expect(JSON.stringify(message)).not.toContain(personal);
}

describe("each new ticket enqueues exactly one message, with no personal data", () => {
  it("a manual ticket, asked for twice", async () => {
    const sessionId = newSessionId("once-manual");
    const probe = queueProbe();
    await rewireWithQueue(env.CHAT_SESSION.getByName(sessionId), probe);
    const body = {
      sessionId,
      name: "Ana Pérez",
      device: "notebook",
      problem: "no prende, llamame al 11 5555 1234 o a ana@example.com",
    };
    const ticket = await manualTicket(body, 201);
    expect((await createManual(body)).status).toBe(200);
    await vi.waitFor(() => expect(probe.sent).toHaveLength(1));
    expectOnlyIds(probe.sent[0], ticket, "manual");
  });

  it("the chat's hand-off, and the person asking for a technician again", async () => {
    const sessionId = newSessionId("once-chat");
    const probe = queueProbe();
    await rewireWithQueue(env.CHAT_SESSION.getByName(sessionId), probe);
    await greet(sessionId);
    await say(sessionId, "soy Ana Pérez, mi notebook no prende, mi cel es 11 5555 1234");
    await press(sessionId, "steps:persists");
    const handoff = await press(sessionId, "technician");
    const again = await say(sessionId, "quiero hablar con un técnico");
    expect(again.ticket?.id).toBe(handoff.ticket?.id);
    await vi.waitFor(() => expect(probe.sent).toHaveLength(1));
    const createdAt = (probe.sent[0] as { createdAt: string }).createdAt;
    expectOnlyIds(probe.sent[0], { id: handoff.ticket?.id ?? "", createdAt }, "chat");
  });

  it("a hand-off whose ticket failed sends nothing until the alarm stores it, then one", async () => {
    const sessionId = newSessionId("once-retried");
    const stub = env.CHAT_SESSION.getByName(sessionId);
    const probe = queueProbe();
    const plan = faultPlan({ r2: "error" });
    await rewireWithQueue(stub, probe, plan);
    await greet(sessionId);
    await say(sessionId, "mi notebook no prende");
    await press(sessionId, "steps:persists");
    const handoff = await press(sessionId, "technician");
    expect(handoff.ticket).toBeUndefined();
    expect(probe.sent).toEqual([]);

    delete plan.r2;
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await vi.waitFor(() => expect(probe.sent).toHaveLength(1));
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(probe.sent).toHaveLength(1);
    expect(probe.sent[0]).toMatchObject({ kind: "ticket.created", source: "chat", device: "notebook" });
  });
});
