import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SessionsResponse as SessionList } from "../../../src/protocol";
import { call, expectError, greet, newSessionId, say } from "../../helpers/api";
import { ADMIN, ADMIN_TOKEN, indexedSession } from "./settle";

const HOUR_MS = 3_600_000;

async function listSessions(query = ""): Promise<SessionList> {
  const res = await call(`/api/sessions${query}`, { headers: ADMIN });
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return JSON.parse(body) as SessionList;
}

async function insertSession(id: string, lastActivityAt: number): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO sessions (id, created_at, last_activity_at, language, stage, device, problem)
     VALUES (?, ?, ?, 'es', 'steps', 'notebook', 'no_power')`,
  )
    .bind(id, lastActivityAt - HOUR_MS, lastActivityAt)
    .run();
}

/** A conversation that reaches the steps, and its D1 index row once written. */
async function converse(message: string) {
  const id = newSessionId();
  await greet(id);
  const reply = await say(id, message);
  expect(reply.state.stage).toBe("steps");
  await indexedSession(id, (row) => row.stage === reply.state.stage);
  return { id, state: reply.state };
}

describe("GET /api/sessions", () => {
  it("lists sessions active in the last 48 h, newest activity first, with stage, device and problem", async () => {
    const before = Date.now();
    const a = await converse("soy Ana, mi notebook no prende");
    const b = await converse("soy Beto, mi impresora no imprime");
    const recent = newSessionId("recent");
    const older = newSessionId("older");
    const stale = newSessionId("stale");
    await insertSession(recent, before - 1 * HOUR_MS);
    await insertSession(older, before - 47 * HOUR_MS);
    await insertSession(stale, before - 49 * HOUR_MS);

    const list = await listSessions();
    expect(Date.parse(list.since)).toBeGreaterThanOrEqual(before - 48 * HOUR_MS);
    expect(Date.parse(list.since)).toBeLessThanOrEqual(Date.now() - 48 * HOUR_MS);
    const ids = list.sessions.map((s) => s.sessionId);
    expect(ids).not.toContain(stale);
    for (const id of [a.id, b.id, recent, older]) expect(ids).toContain(id);

    const times = list.sessions.map((s) => Date.parse(s.lastActivityAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    for (const s of list.sessions)
      expect(Date.parse(s.lastActivityAt)).toBeGreaterThanOrEqual(Date.parse(list.since));
    // The live conversations are newer than the row inserted 1 h back, which is newer than the 47 h one.
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(recent));
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(recent));
    expect(ids.indexOf(recent)).toBeLessThan(ids.indexOf(older));

    const listedA = list.sessions.find((s) => s.sessionId === a.id);
    expect(listedA).toEqual({
      sessionId: a.id,
      createdAt: expect.any(String),
      lastActivityAt: expect.any(String),
      language: "es",
      stage: "steps",
      device: "notebook",
      problem: "no_power",
    });
    expect(Date.parse(listedA?.createdAt ?? "")).toBeGreaterThanOrEqual(before);
    expect(Date.parse(listedA?.lastActivityAt ?? "")).toBeGreaterThanOrEqual(
      Date.parse(listedA?.createdAt ?? ""),
    );
    expect(list.sessions.find((s) => s.sessionId === b.id)).toMatchObject({
      language: "es",
      stage: b.state.stage,
      device: b.state.device ?? null,
      problem: b.state.problem ?? null,
    });
    // The index holds ids, never the person's name or words.
    expect(JSON.stringify(list)).not.toMatch(/Ana|Beto|impresora|no prende/);
  });

  it("honours ?limit= with the newest first", async () => {
    await converse("soy Ana, mi notebook no prende");
    const all = await listSessions();
    const one = await listSessions("?limit=1");
    expect(one.sessions).toHaveLength(1);
    expect(one.sessions[0]).toEqual(all.sessions[0]);
    await expectError(await call("/api/sessions?limit=0", { headers: ADMIN }), 400, "validation_failed");
  });

  it("requires the admin token", async () => {
    for (const init of [{}, { headers: { Authorization: "Bearer wrong-token" } }]) {
      const res = await call("/api/sessions", init);
      expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
      await expectError(res, 401, "unauthorized");
    }
    await expectError(await call("/api/sessions?token=wrong-token"), 401, "unauthorized");
    // The right token, but in the URL: only the live log stream takes ?token=.
    await expectError(await call(`/api/sessions?token=${ADMIN_TOKEN}`), 401, "unauthorized");
  });
});
