import { beforeEach, expect, it } from "vitest";
import { currentSmartMode, forgetSmartModeFlag } from "../../../src/smart/flag";

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
