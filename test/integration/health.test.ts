import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import worker from "../../src/index";
import { HEALTH_CACHE_MS } from "../../src/lib/health";

interface Health {
  status: string;
  view: "public" | "admin";
  version: { id: string };
  smartMode: { enabled: boolean; source: string };
  checks: Record<string, { ok: boolean; ms?: number; error?: string }>;
}

const ADMIN = { Authorization: "Bearer test-admin-token" };

/** The real D1 binding, counting the statements prepared on it and keeping their SQL. */
function countingD1(db: D1Database): { db: D1Database; statements: string[] } {
  const statements: string[] = [];
  const wrapped = new Proxy(db, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (key === "prepare") {
        return (sql: string) => {
          statements.push(sql);
          return target.prepare(sql);
        };
      }
      if (key === "exec" || key === "batch") throw new Error(`health used D1 ${String(key)}()`);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: wrapped, statements };
}

/**
 * The Worker's own `fetch` export with this project's real bindings. Each call of `isolate()`
 * stands for a fresh isolate: the runtime hands one `env` object to every request of an isolate,
 * and the health cache (like the settings) lives with that object.
 */
function isolate(db: D1Database = env.DB) {
  const own = { ...env, DB: db };
  return async (path: string, init: RequestInit = {}): Promise<{ res: Response; body: Health }> => {
    // Not waited on: what the request log and metrics send after the response runs on its own.
    const res = await worker.fetch(
      new Request(`http://chat.test${path}`, init),
      own,
      createExecutionContext(),
    );
    return { res, body: (await res.json()) as Health };
  };
}

it("reports ok when every binding answers, with only ok per check for anonymous callers", async () => {
  const { res, body } = await isolate()("/api/health");
  expect(res.status).toBe(200);
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  expect(body.status).toBe("ok");
  expect(body.view).toBe("public");
  expect(body.checks).toEqual({
    d1: { ok: true },
    durable_object: { ok: true },
    kv: { ok: true },
    r2: { ok: true },
    secrets: { ok: true },
  });
  expect(body.version.id).toBeTruthy();
  expect(body.smartMode).toEqual({ enabled: false, source: "no_key" });
});

it(`makes one bounded D1 query for two quick calls (results reused for ${HEALTH_CACHE_MS} ms), none a full count`, async () => {
  expect(HEALTH_CACHE_MS).toBe(5_000);
  const d1 = countingD1(env.DB);
  const health = isolate(d1.db);
  const first = await health("/api/health");
  const second = await health("/api/health", { headers: ADMIN });
  expect([first.body.status, second.body.status]).toEqual(["ok", "ok"]);
  expect(d1.statements).toHaveLength(1);
  expect(d1.statements[0]).not.toMatch(/count\s*\(/i);
  expect(d1.statements[0]).toMatch(/\blimit\s+1\b/i);

  // Concurrent callers of a fresh isolate share one run as well.
  const burst = countingD1(env.DB);
  const fresh = isolate(burst.db);
  await Promise.all(Array.from({ length: 5 }, () => fresh("/api/health")));
  expect(burst.statements).toHaveLength(1);
});

it("gives the detail (timings, error text) to the admin token only; a wrong token gets the public view", async () => {
  const health = isolate();
  const admin = await health("/api/health", { headers: ADMIN });
  expect(admin.res.status).toBe(200);
  expect(admin.body.view).toBe("admin");
  for (const check of Object.values(admin.body.checks)) expect(check.ms).toBeGreaterThanOrEqual(0);

  for (const headers of [
    { Authorization: "Bearer not-the-token" },
    { Authorization: "Basic test-admin-token" },
  ]) {
    const other = await health("/api/health", { headers });
    expect(other.res.status).toBe(200);
    expect(other.body.view).toBe("public");
    expect(Object.values(other.body.checks).every((c) => Object.keys(c).join() === "ok")).toBe(true);
  }
  // ?token= is no admin credential here.
  expect((await health("/api/health?token=test-admin-token")).body.view).toBe("public");
});

// Runs last in this file: it breaks the D1 schema, which is isolated to this test file.
it("reports degraded naming only the failing check to anonymous callers, its error to admins", async () => {
  await env.DB.exec("DROP TABLE sessions");
  const anonymous = (await isolate()("/api/health")).body;
  expect(anonymous.status).toBe("degraded");
  expect(anonymous.checks.d1).toEqual({ ok: false });
  expect(JSON.stringify(anonymous)).not.toMatch(/sessions|D1_ERROR|SQLITE/);
  expect(anonymous.checks.kv?.ok).toBe(true);
  expect(anonymous.checks.durable_object?.ok).toBe(true);

  const admin = (await isolate()("/api/health", { headers: ADMIN })).body;
  expect(admin.status).toBe("degraded");
  expect(admin.checks.d1).toMatchObject({ ok: false, error: expect.stringMatching(/sessions/) });
});
