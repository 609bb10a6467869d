import { env } from "cloudflare:workers";
import { afterAll, expect, it } from "vitest";
import { call } from "../../helpers/api";
import { ADMIN, marker, openStream, storedLines, tagged } from "./support";

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
