import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RETRY_MS } from "../../durable-objects/chat-session/alarms";
import { settings } from "../../src/config";
import { say as messages } from "../../src/lib/flow/messages";
import type { ChatResponse, HistoryResponse } from "../../src/protocol";
import { call, greet, newSessionId, press, say } from "../helpers/api";
import { createManual, ticketRows } from "../integration/tickets/support";
import { type BindingName, type Fault, faultPlan, rewireSession } from "../support/faulty-bindings";

const { config } = settings(env);
const shop = { name: config.SHOP_NAME, contact: config.SHOP_CONTACT };

async function history(id: string): Promise<HistoryResponse> {
  const res = await call(`/api/history/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as HistoryResponse;
}

const alarmOf = (id: string) =>
  runInDurableObject(env.CHAT_SESSION.getByName(id), (_i, state) => state.storage.getAlarm());

const meta = (id: string, key: string) =>
  runInDurableObject(env.CHAT_SESSION.getByName(id), (_i, state) => {
    const rows = state.storage.sql.exec("SELECT value FROM meta WHERE key = ?", key).toArray();
    return (rows[0]?.value as string | undefined) ?? null;
  });

/**
 * R2 and D1 failing (rejecting, or never answering) at every call a session object makes: the
 * hand-off's ticket (D1 id, R2 JSON and TXT), the transcript mirror and the D1 index row (alarm).
 * The object runs on wrapped bindings (test/support/faulty-bindings.ts) with STORAGE_DEADLINE_MS
 * at 200 ms, so a hang costs the test a fraction of a second.
 */
describe.each<[BindingName, Fault]>([
  ["r2", "error"],
  ["r2", "hang"],
  ["d1", "error"],
  ["d1", "hang"],
])("%s %s in the session object", (binding, fault) => {
  it("every turn is answered and stored once, the hand-off says the ticket failed, the alarm is kept, and once the binding works the alarm stores the ticket, transcript and index row", {
    timeout: 20_000,
  }, async () => {
    const id = newSessionId(`fault-${binding}-${fault}`);
    const stub = env.CHAT_SESSION.getByName(id);
    const plan = faultPlan({ [binding]: fault });
    await rewireSession(stub, plan);

    const replies: ChatResponse[] = [
      await greet(id),
      await say(id, "soy Ana, mi notebook no prende"),
      await press(id, "steps:persists"),
    ];
    const handoff = await press(id, "technician");
    // The chat answered, and said so: no ticket, WhatsApp and the shop's contact instead.
    expect(handoff.ticket).toBeUndefined();
    expect(handoff.reply).toBe(messages.ticketFailed("es", shop));
    expect(handoff.buttons[0]?.url).toBe(`https://wa.me/${config.WHATSAPP_NUMBER}`);
    expect(plan.faulted.length, "the broken binding was called").toBeGreaterThan(0);

    // Each turn stored once, in order: the greeting, then three user lines each with its reply.
    const stored = await history(id);
    expect(stored.messages.map((m) => m.role)).toEqual([
      "assistant",
      "user",
      "assistant",
      "user",
      "assistant",
      "user",
      "assistant",
    ]);
    expect(stored.messages.at(-1)?.text).toBe(handoff.reply);
    expect(stored.messages.filter((m) => m.text === "soy Ana, mi notebook no prende")).toHaveLength(1);
    expect(replies.map((r) => r.reply)).toEqual(
      stored.messages
        .filter((m) => m.role === "assistant")
        .slice(0, 3)
        .map((m) => m.text),
    );
    expect(await meta(id, "ticket_retry")).not.toBeNull();

    // The alarm runs with the binding still broken: it fails its writes and is set again soon.
    const before = Date.now();
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const retryAt = await alarmOf(id);
    expect(retryAt).not.toBeNull();
    expect(retryAt ?? 0).toBeGreaterThanOrEqual(before + RETRY_MS);
    expect(retryAt ?? 0).toBeLessThanOrEqual(Date.now() + RETRY_MS);
    expect(await ticketRows(id)).toHaveLength(binding === "d1" ? 0 : 1);

    // The binding works again: the next alarm stores what failed, once.
    delete plan[binding];
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const rows = await ticketRows(id);
    expect(rows).toHaveLength(1);
    const ticketId = rows[0]?.id ?? "";
    expect(await meta(id, "ticket_id")).toBe(ticketId);
    expect(await meta(id, "ticket_retry")).toBeNull();
    expect(await env.BUCKET.head(`tickets/${ticketId}.json`)).not.toBeNull();
    expect(await env.BUCKET.head(`tickets/${ticketId}.txt`)).not.toBeNull();
    expect(await env.BUCKET.head(`transcripts/${id}.json`)).not.toBeNull();
    expect(await env.DB.prepare("SELECT id FROM sessions WHERE id = ?").bind(id).first()).not.toBeNull();
    // Nothing left to retry: the alarm now waits for the end of the retention.
    expect((await alarmOf(id)) ?? 0).toBeGreaterThan(
      Date.now() + (config.TRANSCRIPT_RETENTION_HOURS - 1) * 3_600_000,
    );
    // The stored ticket carries the whole conversation, each line once.
    const ticket = (await (await env.BUCKET.get(`tickets/${ticketId}.json`))?.json()) as {
      transcript: { text: string }[];
    };
    expect(ticket.transcript.filter((m) => m.text === "soy Ana, mi notebook no prende")).toHaveLength(1);
    // Pressing for a technician again gets that ticket, not a second one.
    const again = await press(id, "technician");
    expect(again.ticket?.id).toBe(ticketId);
    expect(await ticketRows(id)).toHaveLength(1);
  });

  it("a manual ticket that cannot be stored is a 503 saying so, and asking again once the binding works creates it", {
    timeout: 20_000,
  }, async () => {
    const id = newSessionId(`manual-${binding}-${fault}`);
    const stub = env.CHAT_SESSION.getByName(id);
    const plan = faultPlan({ [binding]: fault });
    await rewireSession(stub, plan);
    await greet(id);
    const body = { sessionId: id, device: "notebook", problem: "no enciende" };
    const refused = await createManual(body);
    const text = await refused.text();
    expect(refused.status, text).toBe(503);
    expect(JSON.parse(text)).toMatchObject({ error: { code: "service_unavailable" } });
    expect(text).toMatch(/could not be stored/);

    delete plan[binding];
    const created = await createManual(body);
    expect(created.status, await created.clone().text()).toBe(201);
    expect(await ticketRows(id)).toHaveLength(1);
  });
});

describe("R2 and D1 failing during the retention deletion", () => {
  it.each<[BindingName, Fault]>([
    ["r2", "error"],
    ["d1", "hang"],
  ])(
    "%s %s: the session is deleted as far as it can be, the alarm is kept, and finishes once the binding works",
    {
      timeout: 20_000,
    },
    async (binding, fault) => {
      const id = newSessionId(`expire-${binding}-${fault}`);
      const stub = env.CHAT_SESSION.getByName(id);
      await greet(id);
      await say(id, "mi notebook no prende");
      expect(await runDurableObjectAlarm(stub)).toBe(true); // transcript and index row written
      const plan = faultPlan({ [binding]: fault });
      await rewireSession(stub, plan);
      // The retention has passed.
      await runInDurableObject(stub, (_i, state) => {
        state.storage.sql.exec("UPDATE meta SET value = '1' WHERE key = 'last_activity_at'");
      });
      expect(await runDurableObjectAlarm(stub)).toBe(true);
      expect(plan.faulted.length).toBeGreaterThan(0);
      expect(await alarmOf(id)).not.toBeNull();
      expect((await call(`/api/history/${id}`)).status).toBe(404);

      delete plan[binding];
      expect(await runDurableObjectAlarm(stub)).toBe(true);
      expect(await env.BUCKET.head(`transcripts/${id}.json`)).toBeNull();
      expect(await env.DB.prepare("SELECT id FROM sessions WHERE id = ?").bind(id).first()).toBeNull();
      expect(await alarmOf(id)).toBeNull();
    },
  );
});
