import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RETRY_MS } from "../../durable-objects/chat-session/alarms";
import { say as messages } from "../../src/lib/flow/messages";
import type { Ticket } from "../../src/protocol";
import { say } from "../helpers/api";
import { toHandoff } from "../integration/contact/support";
import { type Fault, faultPlan, rewireSession } from "../support/faulty-bindings";

const meta = (id: string, key: string) =>
  runInDurableObject(env.CHAT_SESSION.getByName(id), (_i, state) => {
    const rows = state.storage.sql.exec("SELECT value FROM meta WHERE key = ?", key).toArray();
    return (rows[0]?.value as string | undefined) ?? null;
  });

const alarmOf = (id: string) =>
  runInDurableObject(env.CHAT_SESSION.getByName(id), (_i, state) => state.storage.getAlarm());

async function storedContact(ticketId: string): Promise<Ticket["contact"]> {
  const object = await env.BUCKET.get(`tickets/${ticketId}.json`);
  if (!object) throw new Error(`no ticket ${ticketId} in R2`);
  return (await object.json<Ticket>()).contact;
}

/**
 * R2 failing (rejecting, or never answering: STORAGE_DEADLINE_MS 200 ms) just when the person
 * leaves their phone: the chat answers and says it will try again, keeps the contact in the
 * session object only until then, and the alarm adds it to the ticket once R2 works.
 */
describe.each<Fault>(["error", "hang"])("R2 %s when the contact is saved", (fault) => {
  it("the chat says so, the alarm keeps retrying and adds it to the ticket once R2 works", {
    timeout: 20_000,
  }, async () => {
    const { sessionId, handoff } = await toHandoff();
    const ticketId = handoff.ticket?.id ?? "";
    const stub = env.CHAT_SESSION.getByName(sessionId);
    const plan = faultPlan({ r2: fault });
    await rewireSession(stub, plan);

    const saved = await say(sessionId, "341 555-1234");
    expect(saved.reply).toBe(messages.contactNotSaved("es", true));
    expect(plan.faulted.length).toBeGreaterThan(0);
    expect(JSON.parse((await meta(sessionId, "contact_retry")) ?? "{}")).toEqual({
      sessionId,
      contact: { phone: "+543415551234" },
    });
    expect(await storedContact(ticketId)).toBeNull();

    // Still broken: the alarm fails too, and is set again soon.
    const before = Date.now();
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await alarmOf(sessionId)) ?? 0).toBeGreaterThanOrEqual(before + RETRY_MS);
    expect(await meta(sessionId, "contact_retry")).not.toBeNull();

    delete plan.r2;
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await storedContact(ticketId)).toEqual({ phone: "+543415551234" });
    expect(await meta(sessionId, "contact_retry")).toBeNull();
    const txt = await (await env.BUCKET.get(`tickets/${ticketId}.txt`))?.text();
    expect(txt).toContain("Teléfono: +543415551234");
  });
});
