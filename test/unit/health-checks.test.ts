import { expect, it } from "vitest";
import { runChecks } from "../../src/lib/health";

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
