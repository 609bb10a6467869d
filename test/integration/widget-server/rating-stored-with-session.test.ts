import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SessionRating } from "../../../src/protocol";
import { call, expectError, greet, newSessionId, postJson, say } from "../../helpers/api";

const rate = (sessionId: string, rating: unknown) => postJson("/api/rating", { sessionId, rating });

async function historyRating(sessionId: string): Promise<SessionRating | undefined> {
  const res = await call(`/api/history/${sessionId}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { rating?: SessionRating }).rating;
}

describe("POST /api/rating", () => {
  it("stores the rating with the session; rating again replaces it", async () => {
    const id = newSessionId();
    await greet(id);
    expect(await historyRating(id)).toBeUndefined();

    const before = Date.now();
    const res = await rate(id, "up");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const first = await historyRating(id);
    expect(first?.rating).toBe("up");
    expect(first?.ratedAt).toBeGreaterThanOrEqual(before);

    expect((await rate(id, "down")).status).toBe(200);
    expect((await historyRating(id))?.rating).toBe("down");
    // The conversation itself is unchanged: a rating is not a message.
    expect((await env.CHAT_SESSION.getByName(id).history()).messages).toHaveLength(1);
  });

  it("is part of the person's data export", async () => {
    const id = newSessionId();
    await greet(id);
    await rate(id, "down");
    const res = await call(`/api/gdpr/my-data/${id}`);
    const data = (await res.json()) as { conversation: { rating?: SessionRating } };
    expect(data.conversation.rating).toMatchObject({ rating: "down", ratedAt: expect.any(Number) });
  });

  it("answers 404 for a session that was never started, and stores nothing", async () => {
    const id = newSessionId();
    await expectError(await rate(id, "up"), 404, "not_found");
    expect(await env.CHAT_SESSION.getByName(id).exportData()).toMatchObject({
      sessionId: null,
      messages: [],
    });
    expect((await env.CHAT_SESSION.getByName(id).exportData()).rating).toBeUndefined();
  });

  it("answers 400 for a bad body and changes nothing", async () => {
    const id = newSessionId();
    await greet(id);
    for (const body of [
      { sessionId: id, rating: "meh" },
      { sessionId: id, rating: 5 },
      { sessionId: id },
      { rating: "up" },
      { sessionId: "not a valid id", rating: "up" },
      { sessionId: id, rating: "up", comment: "extra fields are refused" },
    ]) {
      await expectError(await postJson("/api/rating", body), 400, "validation_failed");
    }
    await expectError(await postJson("/api/rating", "{not json"), 400, "invalid_json");
    const text = await call("/api/rating", { method: "POST", body: "up" });
    await expectError(text, 415, "unsupported_media_type");
    await expectError(await call("/api/rating"), 405, "method_not_allowed");
    expect(await historyRating(id)).toBeUndefined();
  });

  it("counts toward the session's rate limit, so it cannot be flipped without end", async () => {
    const id = newSessionId();
    await greet(id);
    for (let i = 1; i < 30; i++) await say(id, `mensaje ${i}`);
    const res = await rate(id, "up");
    await expectError(res, 429, "rate_limited");
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(await historyRating(id)).toBeUndefined();
  });
});
