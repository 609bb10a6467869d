import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { call } from "../helpers/api";

interface Health {
  status: string;
  version: { id: string };
  smartMode: { enabled: boolean; source: string };
  checks: Record<string, { ok: boolean; error?: string }>;
}

it("reports ok when every binding answers", async () => {
  const res = await call("/api/health");
  expect(res.status).toBe(200);
  const body = (await res.json()) as Health;
  expect(body.status).toBe("ok");
  expect(Object.keys(body.checks).sort()).toEqual(["d1", "durable_object", "kv", "r2", "secrets"]);
  expect(Object.values(body.checks).every((c) => c.ok)).toBe(true);
  expect(body.version.id).toBeTruthy();
  expect(body.smartMode).toEqual({ enabled: false, source: "no_key" });
});

// Runs last in this file: it breaks the D1 schema, which is isolated to this test file.
it("reports degraded and names the failing check when D1 is not migrated", async () => {
  await env.DB.exec("DROP TABLE sessions");
  const body = (await (await call("/api/health")).json()) as Health;
  expect(body.status).toBe("degraded");
  expect(body.checks.d1?.ok).toBe(false);
  expect(body.checks.d1?.error).toMatch(/sessions/);
  expect(body.checks.kv?.ok).toBe(true);
  expect(body.checks.durable_object?.ok).toBe(true);
});
