import { describe, expect, it } from "vitest";
import { HEALTH_CACHE_MS, HealthCache, publicChecks, runChecks } from "../../src/lib/health";

it("reports ok only when every probe succeeds, naming the one that failed", async () => {
  const good = await runChecks({ a: async () => 1, b: async () => "x" });
  expect(good.status).toBe("ok");
  const bad = await runChecks({
    a: async () => 1,
    b: async () => {
      throw new Error("no such table: sessions\nstack...");
    },
  });
  expect(bad.status).toBe("degraded");
  expect(bad.checks.b).toMatchObject({ ok: false, error: "no such table: sessions" });
  expect(bad.checks.a?.ok).toBe(true);
});

it("fails a probe that does not answer within the timeout", async () => {
  const result = await runChecks({ hang: () => new Promise(() => {}) }, 20);
  expect(result.status).toBe("degraded");
  expect(result.checks.hang).toMatchObject({ ok: false, error: "timed out after 20 ms" });
});

describe("the isolate's health cache", () => {
  const report = (n: number) => async () => ({ status: "ok" as const, checks: {}, checkedAt: n });

  it(`reuses a result for ${HEALTH_CACHE_MS} ms, then runs the probes again`, async () => {
    const cache = new HealthCache();
    let runs = 0;
    const run = () => {
      runs += 1;
      return report(runs)();
    };
    expect((await cache.get(1_000, run)).checkedAt).toBe(1);
    expect((await cache.get(1_000 + HEALTH_CACHE_MS - 1, run)).checkedAt).toBe(1);
    expect((await cache.get(1_000 + HEALTH_CACHE_MS, run)).checkedAt).toBe(2);
    expect(runs).toBe(2);
  });

  it("shares one run between concurrent callers", async () => {
    const cache = new HealthCache();
    let runs = 0;
    let finish: () => void = () => {};
    const run = () => {
      runs += 1;
      return new Promise<Awaited<ReturnType<ReturnType<typeof report>>>>((resolve) => {
        finish = () => resolve({ status: "ok", checks: {}, checkedAt: runs });
      });
    };
    const both = Promise.all([cache.get(0, run), cache.get(10, run)]);
    finish();
    expect((await both).map((r) => r.checkedAt)).toEqual([1, 1]);
    expect(runs).toBe(1);
  });
});

it("shows anonymous callers ok or not per check, nothing else", () => {
  expect(
    publicChecks({ a: { ok: true, ms: 3 }, b: { ok: false, ms: 2_000, error: "D1_ERROR: no such table" } }),
  ).toEqual({ a: { ok: true }, b: { ok: false } });
});
