import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SessionAlarms } from "../../durable-objects/chat-session/alarms";
import { SessionCleanup } from "../../durable-objects/chat-session/cleanup";
import { SessionIndex } from "../../durable-objects/chat-session/index-row";
import { SessionStorage } from "../../durable-objects/chat-session/storage";
import type { TicketWriter } from "../../durable-objects/chat-session/ticket-writer";
import { TurnPipeline } from "../../durable-objects/chat-session/turn-pipeline";
import type { ErasureResponse } from "../../src/protocol";
import { call, greet, newSessionId, press, say } from "../helpers/api";

const erase = (id: string) => call(`/api/gdpr/delete-me/${id}`, { method: "DELETE" });

/** A bucket whose calls named in `failing` reject (or never settle, with `hang`); the rest pass through. */
function faultyBucket(failing: Set<string>, hang = false): R2Bucket {
  return new Proxy(env.BUCKET, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (failing.has(String(prop))) {
          return hang
            ? new Promise(() => {})
            : Promise.reject(new Error(`injected R2 ${String(prop)} failure`));
        }
        return value.apply(target, args);
      };
    },
  });
}

async function nothingLeft(id: string) {
  const stub = env.CHAT_SESSION.getByName(id);
  const data = await stub.exportData();
  expect(data.messages).toHaveLength(0);
  expect(data.sessionId).toBeNull();
  expect(await env.BUCKET.head(`transcripts/${id}.json`)).toBeNull();
  expect(await env.DB.prepare("SELECT id FROM sessions WHERE id = ?").bind(id).first()).toBeNull();
}

describe("erasure under concurrency", () => {
  it("three erasures of one session at once: all answer 200, nothing is left", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "mi notebook no prende");
    const answers = await Promise.all([erase(id), erase(id), erase(id)]);
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(
      answers.map((r) => r.status),
      bodies.join("\n"),
    ).toEqual([200, 200, 200]);
    const deleted = bodies.map((b) => (JSON.parse(b) as ErasureResponse).messagesDeleted);
    expect(deleted.sort()).toEqual([0, 0, 3]);
    await nothingLeft(id);
  });

  it("erasure racing turns, history reads and the alarm: no 5xx, nothing written back", async () => {
    const id = newSessionId();
    await greet(id);
    await press(id, "consent:yes");
    const stub = env.CHAT_SESSION.getByName(id);
    const work: Promise<Response | unknown>[] = [];
    for (let i = 0; i < 6; i++) {
      work.push(
        call("/api/chat", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ sessionId: id, message: `intento ${i}` }),
        }),
      );
      if (i === 2) work.push(erase(id), runDurableObjectAlarm(stub));
      work.push(call(`/api/history/${id}`));
    }
    const results = await Promise.all(work);
    for (const r of results) if (r instanceof Response) expect(r.status, await r.text()).toBeLessThan(500);
    // Turns after the erasure found no conversation (404), so nothing came back.
    await runDurableObjectAlarm(stub);
    await nothingLeft(id);
  });
});

describe("faults during an erasure", () => {
  it("an R2 failure halfway answers 503, leaves no conversation readable, and a retry completes it", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "me llamo Ana");
    const stub = env.CHAT_SESSION.getByName(id);
    await runDurableObjectAlarm(stub); // the transcript is in R2
    expect(await env.BUCKET.head(`transcripts/${id}.json`)).not.toBeNull();

    // The object's own cleanup with a bucket that fails to delete: the rows are gone, the rest is recorded.
    const first = await runInDurableObject(stub, async (instance, state) => {
      // The object's own storage (and its caches), with a cleanup whose bucket fails.
      const store = (instance as unknown as { store: SessionStorage }).store;
      const cleanup = new SessionCleanup(
        state,
        { bucket: faultyBucket(new Set(["delete"])), db: env.DB, deadlineMs: 10_000 },
        store,
        () => {},
      );
      const record = {
        sessionId: id,
        reason: "erasure" as const,
        uploads: [],
        messages: store.messageCount(),
        ticketId: null,
      };
      cleanup.begin(record);
      return {
        result: await cleanup.finish(record),
        alarm: await state.storage.getAlarm(),
        pending: cleanup.pending(),
      };
    });
    expect(first.result).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(first.alarm).not.toBeNull(); // the alarm will try again
    expect(first.pending).toMatchObject({ sessionId: id, messages: 3 });
    expect(await env.BUCKET.head(`transcripts/${id}.json`)).not.toBeNull();

    // The session answers (no 500), shows nothing, takes no new greeting while the deletion is pending.
    const history = await call(`/api/history/${id}`);
    expect(history.status).toBe(404);
    const again = await call("/api/greeting", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sessionId: id }),
    });
    expect(again.status).toBe(404);

    // The person's retried request finishes it, reporting what the conversation held.
    const retried = await erase(id);
    expect(retried.status, await retried.clone().text()).toBe(200);
    expect(((await retried.json()) as ErasureResponse).messagesDeleted).toBe(3);
    await nothingLeft(id);
    expect(await runInDurableObject(stub, (_i, state) => state.storage.getAlarm())).toBeNull();
  });

  it("a hanging R2 does not keep the deletion from finishing: the alarm completes what was recorded", async () => {
    const id = newSessionId();
    await greet(id);
    const stub = env.CHAT_SESSION.getByName(id);
    await runDurableObjectAlarm(stub);
    await runInDurableObject(stub, async (_instance, state) => {
      const store = new SessionStorage(state.storage);
      const cleanup = new SessionCleanup(
        state,
        { bucket: faultyBucket(new Set(["delete"]), true), db: env.DB, deadlineMs: 10_000 },
        store,
        () => {},
      );
      const record = { sessionId: id, reason: "erasure" as const, uploads: [], messages: 1, ticketId: null };
      cleanup.begin(record);
      // Shortened for the test: the deadline is what makes a hang a failure.
      const finishing = cleanup.finish(record);
      expect(
        await Promise.race([finishing, new Promise((r) => setTimeout(() => r("still waiting"), 50))]),
      ).toBe("still waiting");
      return null;
    });
    // The object's own alarm (real bindings) completes what is recorded.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await nothingLeft(id);
  });
});

describe("faults in the transcript alarm", () => {
  it("an R2 error during the mirror keeps an alarm set (retry soon, never later than retention) and the retry writes it", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "mi notebook no prende");
    const stub = env.CHAT_SESSION.getByName(id);
    const alarm = await runInDurableObject(stub, async (_instance, state) => {
      const store = new SessionStorage(state.storage);
      const cleanup = new SessionCleanup(
        state,
        { bucket: env.BUCKET, db: env.DB, deadlineMs: 10_000 },
        store,
        () => {},
      );
      const alarms = new SessionAlarms(
        state,
        {
          bucket: faultyBucket(new Set(["put"])),
          mirrorTranscripts: true,
          transcriptRetentionHours: 48,
          deadlineMs: 10_000,
        },
        store,
        new SessionIndex(env.DB, 10_000),
        cleanup,
        async () => true,
      );
      const now = Date.now();
      await alarms.fire(now);
      return { at: await state.storage.getAlarm(), now };
    });
    expect(alarm.at).not.toBeNull();
    expect((alarm.at ?? 0) - alarm.now).toBe(30_000);
    expect(await env.BUCKET.head(`transcripts/${id}.json`)).toBeNull();
    // The next alarm, with R2 working again, writes the transcript and sets the retention alarm.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await env.BUCKET.head(`transcripts/${id}.json`)).not.toBeNull();
    const retention = await runInDurableObject(stub, (_i, state) => state.storage.getAlarm());
    expect((retention ?? 0) - Date.now()).toBeGreaterThan(47 * 3_600_000);
  });
});

describe("the cap on messages per session", () => {
  it("closes the conversation with a clear 409 once a turn would pass it; the conversation stays exportable", async () => {
    const id = newSessionId();
    await greet(id);
    const stub = env.CHAT_SESSION.getByName(id);
    const outcomes = await runInDurableObject(stub, async (instance) => {
      const parts = instance as unknown as { store: SessionStorage; tickets: TicketWriter };
      const pipeline = new TurnPipeline({
        store: parts.store,
        tickets: parts.tickets,
        settings: {
          rateLimitPerMinute: 1_000,
          maxMessages: 5,
          shop: { name: "STI", contact: "info@sti.example" },
          whatsappNumber: "5493415550000",
        },
        assistant: () => {
          throw new Error("no smart mode here");
        },
        exclusive: (work) => work(),
        stored: () => {},
        newSessions: { check: async () => ({ ok: true }) },
      });
      const turn = (action: string) =>
        pipeline.run({ kind: "chat", input: { sessionId: id, action }, sink: { delta() {}, reset() {} } });
      // 1 message (greeting) + 2 + 2 = 5: the third turn would make 7.
      return [await turn("consent:yes"), await turn("name:skip"), await turn("device:notebook")];
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(outcomes[2]).toMatchObject({ ok: false, error: "conversation_full" });
    expect((outcomes[2] as { message: string }).message).toMatch(/limit of 5 messages/);
    expect((await stub.exportData()).messages).toHaveLength(5);
  });
});
