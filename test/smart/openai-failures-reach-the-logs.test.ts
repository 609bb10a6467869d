import { describe, expect, it } from "vitest";
import { arrivedLines, storedLines } from "../integration/logs/support";
import { Conversation, newMarker, scenario } from "./support";

/**
 * Model calls are made inside the session's Durable Object, and the breaker's transitions are
 * decided in the CircuitBreaker object: neither runs in the Worker request that asked for the
 * turn, yet the runbook's searches (`GET /api/logs?q=openai_call_failed`, `q=circuit_state_changed`)
 * must find their lines.
 */
describe("lines written inside the session and breaker objects reach GET /api/logs", () => {
  it("a failed model call, in a plain turn and in a streamed one, is found as openai_call_failed", {
    timeout: 20_000,
  }, async () => {
    const plain = new Conversation();
    await plain.toSteps();
    const a = newMarker();
    await scenario(a, [{ kind: "error", status: 400 }]);
    await plain.say(`${a} sigue igual`);

    const streamed = new Conversation();
    await streamed.toSteps();
    const b = newMarker();
    await scenario(b, [{ kind: "close_mid_stream" }]);
    const events = await streamed.stream(`${b} sigue igual`);
    expect(events.at(-1)?.event).toBe("done");

    for (const sessionId of [plain.sessionId, streamed.sessionId]) {
      const [line, ...more] = await arrivedLines({ q: "openai_call_failed", sessionId });
      expect(more, sessionId).toEqual([]);
      expect(line).toMatchObject({
        level: "warn",
        event: "openai_call_failed",
        kind: "answer",
        sessionId,
        circuitState: "closed",
      });
      expect(typeof line?.failure).toBe("string");
      expect(await storedLines(sessionId)).toContainEqual(line);
    }
  });

  it("the breaker opening after 3 failures in a location is found as circuit_state_changed, and the next turn's skip as openai_skipped", {
    timeout: 30_000,
  }, async () => {
    const location = new Conversation().location;
    const failing = newMarker();
    await scenario(
      failing,
      // The service's own failures (a 400 does not count toward the breaker); enough for a retry each.
      Array.from({ length: 6 }, () => ({ kind: "error" as const, status: 503 as const })),
    );
    const chats = Array.from({ length: 4 }, () => new Conversation(location));
    for (const chat of chats) await chat.toSteps(); // buttons only: no model call yet
    const [skipped, ...failingChats] = chats as [Conversation, ...Conversation[]];
    for (const chat of failingChats) await chat.say(`${failing} sigue igual`);
    // At once, well within the 1 s cooldown of the smart project: no call, the rules answer.
    await skipped.say(`${newMarker()} sigue igual`);

    const ofThisLocation = (lines: Record<string, unknown>[]) => lines.filter((l) => l.breaker === location);
    const changes = await arrivedLines({ q: "circuit_state_changed" }, (l) => ofThisLocation(l).length > 0);
    expect(ofThisLocation(changes)[0]).toEqual(
      expect.objectContaining({
        level: "warn",
        scope: "location",
        from: "closed",
        to: "open",
        reason: "consecutive_failures",
        consecutiveFailures: 3,
      }),
    );
    const [skip] = await arrivedLines({ q: "openai_skipped", sessionId: skipped.sessionId });
    expect(skip).toMatchObject({ level: "info", kind: "answer", circuitState: "open" });
  });
});
