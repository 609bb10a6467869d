import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import type { LogStream } from "../../../durable-objects/log-stream";
import { call, expectError, greet } from "../../helpers/api";
import { marker, openStream, tagged } from "./support";

afterEach(() => vi.restoreAllMocks());

it("answers every request the same while the LogStream object fails, and records again once it is back", {
  timeout: 15_000,
}, async () => {
  const stub = env.LOG_STREAM.getByName("global");
  // Warm up this isolate's level cache, then break the object's storage: every append now throws.
  await tagged(marker("warmup"));
  await runInDurableObject(stub, (_instance: LogStream, state) => {
    state.storage.sql.exec("DROP TABLE lines");
  });
  vi.spyOn(console, "warn").mockImplementation(() => {});

  const health = await call("/api/health");
  expect(health.status).toBe(200);
  expect(((await health.json()) as { status: string }).status).toBe("ok");
  const reply = await greet(marker("session"));
  expect(reply.reply.length).toBeGreaterThan(0);
  await expectError(await call("/api/no-such-route"), 404, "not_found");
  await expectError(await call("/api/logs?mode=once&limit=0", { headers: {} }), 401, "unauthorized");

  // A fresh instance recreates its table; lines flow again.
  await evictDurableObject(stub);
  const tag = marker("back");
  const stream = await openStream({ q: tag, maxMs: "3000" });
  await tagged(tag);
  await stream.until((s) => s.logs.length >= 1);
  await stream.cancel();
  expect(stream.logs).toHaveLength(1);
});
