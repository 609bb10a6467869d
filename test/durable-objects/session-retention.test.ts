import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { ChatSession } from "../../durable-objects/chat-session";
import { greet, newSessionId, say } from "../helpers/api";
import { indexedSession, mirroredTranscript, transcriptKey } from "../integration/privacy/settle";

const HOUR = 3_600_000;
const RETENTION = 48 * HOUR; // TRANSCRIPT_RETENTION_HOURS default

/** Moves the session's last activity into the past: the controlled clock of these tests. */
async function lastActiveAgo(sessionId: string, ms: number): Promise<void> {
  await runInDurableObject(env.CHAT_SESSION.getByName(sessionId), (_o: ChatSession, state) => {
    state.storage.sql.exec(
      "UPDATE meta SET value = ? WHERE key = 'last_activity_at'",
      String(Date.now() - ms),
    );
  });
}

async function startedSession(): Promise<string> {
  const id = newSessionId();
  await greet(id);
  await say(id, "mi notebook no prende");
  await mirroredTranscript(id);
  await indexedSession(id, () => true);
  return id;
}

it("keeps a session whose last activity is just younger than 48 h, and sets the next alarm for its expiry", async () => {
  const id = await startedSession();
  await lastActiveAgo(id, RETENTION - 60_000);
  const stub = env.CHAT_SESSION.getByName(id);
  expect(await runDurableObjectAlarm(stub)).toBe(true);
  expect((await stub.history()).messages.length).toBe(3);
  expect(await env.BUCKET.head(transcriptKey(id))).not.toBeNull();
  const alarmAt = await runInDurableObject(stub, (_o: ChatSession, state) => state.storage.getAlarm());
  expect(alarmAt).toBeGreaterThan(Date.now());
  expect(alarmAt).toBeLessThanOrEqual(Date.now() + 60_000);
});

it("deletes a session just older than 48 h: storage, R2 transcript and D1 index row", async () => {
  const id = await startedSession();
  await lastActiveAgo(id, RETENTION + 1_000);
  const stub = env.CHAT_SESSION.getByName(id);
  expect(await runDurableObjectAlarm(stub)).toBe(true);
  expect(await stub.history()).toEqual({ state: null, messages: [] });
  expect(await env.BUCKET.head(transcriptKey(id))).toBeNull();
  expect(await env.DB.prepare("SELECT id FROM sessions WHERE id = ?").bind(id).first()).toBeNull();
  // Nothing is left to fire, and the id starts a new conversation if it comes back.
  expect(await runDurableObjectAlarm(stub)).toBe(false);
  expect((await greet(id)).state.stage).toBe("consent");
});
