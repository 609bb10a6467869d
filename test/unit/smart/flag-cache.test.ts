import { beforeEach, expect, it } from "vitest";
import { currentSmartMode, FLAG_READ_DEADLINE_MS, forgetSmartModeFlag } from "../../../src/smart/flag";

beforeEach(() => forgetSmartModeFlag());

it("reads KV once per TTL, keeps the last value when KV fails, and never turns on without a key", async () => {
  let reads = 0;
  let value: string | null = "false";
  let failing = false;
  const source = {
    load: async () => {
      reads++;
      if (failing) throw new Error("kv down");
      return value;
    },
    ttlMs: 30_000,
    varEnabled: true,
    hasApiKey: true,
  };
  const t0 = 1_000_000;
  expect(await currentSmartMode(source, t0)).toEqual({ enabled: false, source: "kv" });
  value = "true";
  expect(await currentSmartMode(source, t0 + 29_999)).toEqual({ enabled: false, source: "kv" });
  expect(reads).toBe(1);
  expect(await currentSmartMode(source, t0 + 30_000)).toEqual({ enabled: true, source: "kv" });
  expect(reads).toBe(2);
  failing = true;
  expect(await currentSmartMode(source, t0 + 60_000)).toEqual({ enabled: true, source: "kv" });
  value = null;
  failing = false;
  expect(await currentSmartMode(source, t0 + 90_000)).toEqual({ enabled: true, source: "var" });
  expect(await currentSmartMode({ ...source, hasApiKey: false }, t0 + 200_000)).toEqual({
    enabled: false,
    source: "no_key",
  });
});

it("a KV read that hangs is given up after FLAG_READ_DEADLINE_MS: concurrent turns share one read, use the var, and the next read waits for the TTL", async () => {
  let reads = 0;
  const source = {
    load: () => {
      reads++;
      return new Promise<string | null>(() => {}); // KV never answers
    },
    ttlMs: 30_000,
    varEnabled: true,
    hasApiKey: true,
  };
  const t0 = 2_000_000;
  const started = Date.now();
  const modes = await Promise.all(Array.from({ length: 5 }, () => currentSmartMode(source, t0)));
  const waited = Date.now() - started;
  expect(modes).toEqual(Array.from({ length: 5 }, () => ({ enabled: true, source: "var" })));
  expect(reads).toBe(1);
  expect(waited).toBeGreaterThanOrEqual(FLAG_READ_DEADLINE_MS - 50);
  // Within the TTL the isolate does not wait on KV again.
  expect(await currentSmartMode(source, t0 + 29_999)).toEqual({ enabled: true, source: "var" });
  expect(reads).toBe(1);
});
