import { describe, expect, it } from "vitest";
import { CLIENT_LIMITS } from "../../../src/lib/client-limits";
import { expectError, newSessionId, postJson } from "../../helpers/api";
import { clientHeaders, newClientAddress, overLimit, sessionExists } from "./support";

const LIMIT = CLIENT_LIMITS.newSession.limit;

/** Starts `count` sessions with fresh ids from one address, through `path`; answers each id and response. */
async function startSessions(path: "/api/greeting" | "/api/chat", count: number, address?: string) {
  const results: { sessionId: string; res: Response }[] = [];
  for (let i = 0; i < count; i++) {
    const sessionId = newSessionId("rot");
    const body = path === "/api/chat" ? { sessionId, message: "hola" } : { sessionId };
    results.push({ sessionId, res: await postJson(path, body, address ? clientHeaders(address) : {}) });
  }
  return results;
}

describe("new sessions per client address (NEW_SESSION_RATE_LIMITER)", () => {
  it("rotating session ids does not buy one address unlimited sessions: 429 new_sessions_rate_limited, nothing stored", async () => {
    const address = newClientAddress();
    const results = await startSessions("/api/greeting", overLimit(LIMIT), address);
    const statuses = results.map((r) => r.res.status);
    expect(new Set(statuses), statuses.join(",")).toEqual(new Set([200, 429]));
    const accepted = results.filter((r) => r.res.status === 200);
    expect(accepted.length).toBeGreaterThanOrEqual(LIMIT);
    expect(accepted.length).toBeLessThanOrEqual(2 * LIMIT);

    const refused = results.filter((r) => r.res.status === 429);
    const first = refused[0];
    if (!first) throw new Error("no refusal");
    expect(first.res.headers.get("Retry-After")).toBe(String(CLIENT_LIMITS.newSession.periodSeconds));
    const body = await expectError(first.res, 429, "new_sessions_rate_limited");
    expect(body.error.message).toMatch(/new conversations/);
    for (const { sessionId } of refused) expect(await sessionExists(sessionId)).toBe(false);
    for (const { sessionId } of accepted) expect(await sessionExists(sessionId)).toBe(true);

    // The address's sessions already started go on, and another address starts its own.
    const ongoing = accepted[0]?.sessionId;
    const again = await postJson(
      "/api/chat",
      { sessionId: ongoing, action: "consent:yes" },
      clientHeaders(address),
    );
    expect(again.status).toBe(200);
    const elsewhere = await postJson(
      "/api/greeting",
      { sessionId: newSessionId() },
      clientHeaders(newClientAddress()),
    );
    expect(elsewhere.status).toBe(200);
  });

  it("a chat message that starts a session counts the same", async () => {
    const results = await startSessions("/api/chat", overLimit(LIMIT), newClientAddress());
    const refused = results.filter((r) => r.res.status === 429);
    expect(refused.length, results.map((r) => r.res.status).join(",")).toBeGreaterThanOrEqual(1);
    expect(results.length - refused.length).toBeGreaterThanOrEqual(LIMIT);
    const first = refused[0];
    if (first) await expectError(first.res, 429, "new_sessions_rate_limited");
    for (const { sessionId } of refused) expect(await sessionExists(sessionId)).toBe(false);
  });

  it("a generated session id (no sessionId sent) counts the same", async () => {
    const address = newClientAddress();
    const statuses: number[] = [];
    for (let i = 0; i < overLimit(LIMIT); i++) {
      statuses.push((await postJson("/api/greeting", {}, clientHeaders(address))).status);
    }
    expect(statuses).toContain(429);
  });

  it("requests with no address, or from the machine itself, are not counted per client (only ever local)", async () => {
    const none = await startSessions("/api/greeting", overLimit(LIMIT));
    expect(new Set(none.map((r) => r.res.status))).toEqual(new Set([200]));
    const loopback = await startSessions("/api/greeting", overLimit(LIMIT), "127.0.0.1");
    expect(new Set(loopback.map((r) => r.res.status))).toEqual(new Set([200]));
  });
});
