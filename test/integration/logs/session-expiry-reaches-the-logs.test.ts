import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import type { ChatSession } from "../../../durable-objects/chat-session";
import { greet, newSessionId, say } from "../../helpers/api";
import { indexedSession, mirroredTranscript } from "../privacy/settle";
import { arrivedLines, storedLines } from "./support";

const RETENTION_MS = 48 * 3_600_000; // TRANSCRIPT_RETENTION_HOURS default

afterEach(() => vi.restoreAllMocks());

/**
 * `session_expired` is written by the session object's alarm, where no request (and no Worker
 * `waitUntil`) exists: the line must still reach the LogStream object, exactly as printed.
 */
it("a session deleted by its retention alarm shows in GET /api/logs as session_expired, the line the console printed", {
  timeout: 15_000,
}, async () => {
  const printed = vi.spyOn(console, "log");
  const id = newSessionId();
  await greet(id);
  await say(id, "mi notebook no prende");
  await mirroredTranscript(id);
  await indexedSession(id, () => true);
  const stub = env.CHAT_SESSION.getByName(id);
  await runInDurableObject(stub, (_o: ChatSession, state) => {
    state.storage.sql.exec(
      "UPDATE meta SET value = ? WHERE key = 'last_activity_at'",
      String(Date.now() - RETENTION_MS - 1_000),
    );
  });

  expect(await runDurableObjectAlarm(stub)).toBe(true);
  expect(await stub.history()).toEqual({ state: null, messages: [] });

  const [line, ...more] = await arrivedLines({ q: "session_expired", sessionId: id });
  expect(more).toEqual([]);
  expect(line).toMatchObject({ level: "info", event: "session_expired", sessionId: id, messages: 3 });
  // The same line the console printed (same masking), and what a search by session finds too.
  const raw = printed.mock.calls
    .map(([text]) => String(text))
    .find((t) => t.includes('"event":"session_expired"') && t.includes(id));
  expect(JSON.stringify(line)).toBe(raw);
  expect(await storedLines(id)).toContainEqual(line);
});
