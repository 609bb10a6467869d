import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, expect, it, vi } from "vitest";
import { call, greet, newSessionId } from "../../helpers/api";
import { ADMIN, arrivedLines, marker, openStream, storedLines, tagged } from "./support";

const setLevel = async (level: string) => {
  const res = await call("/api/logs/level", {
    method: "POST",
    headers: { ...ADMIN, "Content-Type": "application/json" },
    body: JSON.stringify({ level }),
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ level });
};

/** Waits, on the stream, until `count` lines containing `q` are stored; bounded by the stream's life. */
const recorded = async (q: string, count: number) => {
  const stream = await openStream({ q, since: "0", maxMs: "3000" });
  await stream.until((s) => s.logs.length >= count);
  await stream.cancel();
  return (await storedLines(q)).map((l) => l.event);
};

// Other files may share this isolate's level cache: leave the level as configured.
afterAll(() => setLevel("info"));

it("records debug lines once the level is debug, and stops info and warn lines once it is error", {
  timeout: 20_000,
}, async () => {
  const tag = marker("level");
  // `mode=once` logs a debug line (logs_tail) and the request line (info), sent in one batch.
  const readOnce = (id: string) => tagged(id, "/api/logs?mode=once&limit=1", { headers: ADMIN });

  await readOnce(`${tag}-at-info`);
  expect(await recorded(`${tag}-at-info`, 1)).toEqual(["request"]);

  // This isolate handled the change, so it applies it at once (others within 30 s).
  await setLevel("debug");
  await readOnce(`${tag}-at-debug`);
  expect(await recorded(`${tag}-at-debug`, 2)).toEqual(["logs_tail", "request"]);

  await setLevel("error");
  expect(await env.LOG_STREAM.getByName("global").getLevel()).toBe("error");
  await tagged(`${tag}-quiet-ok`); // info
  await tagged(`${tag}-quiet-missing`, "/api/no-such-route"); // warn
  // A real 500 afterwards: its error lines are recorded, proving this isolate still sends.
  await env.DB.exec("DROP TABLE sessions");
  const failing = await tagged(`${tag}-sentinel`, "/api/sessions", { headers: ADMIN });
  expect(failing.status).toBe(500);
  expect(await recorded(`${tag}-sentinel`, 2)).toEqual(["unhandled_error", "request"]);
  expect(await storedLines(`${tag}-quiet`)).toEqual([]);
});

it("applies the same level to lines written inside the Durable Objects", { timeout: 20_000 }, async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  await setLevel("error");
  // A transition of a breaker object (warn): below the level, never recorded...
  const breaker = marker("colo");
  const settings = {
    failureThreshold: 1,
    failureRateThreshold: 0.5,
    minCallsForRate: 10,
    windowMs: 60_000,
    cooldownMs: 60_000,
    probeTimeoutMs: 1_000,
  };
  await env.CIRCUIT_BREAKER.getByName(breaker).report({ ok: false, probe: false, at: Date.now() }, settings);
  expect((await env.CIRCUIT_BREAKER.getByName(breaker).snapshot()).state).toBe("open");
  // ...while a session object's alarm that cannot write its D1 index row (error) is, after it.
  const id = newSessionId();
  await greet(id);
  await env.DB.exec("DROP TABLE IF EXISTS sessions");
  await runDurableObjectAlarm(env.CHAT_SESSION.getByName(id));
  const [failed] = await arrivedLines({ q: "session_index_failed", sessionId: id });
  expect(failed).toMatchObject({ level: "error", event: "session_index_failed", sessionId: id });
  expect(await storedLines(breaker)).toEqual([]);
  vi.restoreAllMocks();
});
