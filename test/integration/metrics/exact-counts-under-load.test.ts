import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { METRICS_OBJECT_NAME } from "../../../src/observability/metrics/isolate";
import { call } from "../../helpers/api";
import { metricsReport, settledReport } from "./support";

const CONCURRENCY = 20;
const ADMIN = { Authorization: "Bearer test-admin-token" };

beforeEach(() => {
  // 200 deliberate 500s each log an `unhandled_error` line; keep the test output readable.
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * A real 5xx, no faked binding: the local D1 loses its `sessions` table (as in health.test.ts), so
 * the admin session listing fails inside the Worker and answers 500 `internal`. Health stays 200
 * (degraded), which it is designed to do.
 */
async function breakD1(): Promise<void> {
  await env.DB.exec("DROP TABLE sessions");
}

it("counts every request and every 5xx exactly, across 1,200 concurrent requests", async () => {
  await breakD1();
  const before = await metricsReport();
  expect(before.window.sinceStart.requests).toBe(0); // storage is per test file; /api/metrics is not counted

  const jobs: (() => Promise<Response>)[] = [
    ...Array.from({ length: 700 }, () => () => call("/api/health")),
    ...Array.from({ length: 300 }, (_, i) => () => call(`/api/no-such-route-${i}`)),
    ...Array.from({ length: 200 }, () => () => call("/api/sessions", { headers: ADMIN })),
  ];
  const statuses = new Map<number, number>();
  for (let i = 0; i < jobs.length; i += CONCURRENCY) {
    const batch = await Promise.all(jobs.slice(i, i + CONCURRENCY).map((job) => job()));
    for (const res of batch) {
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  }
  expect(Object.fromEntries(statuses)).toEqual({ 200: 700, 404: 300, 500: 200 });

  const report = await settledReport(jobs.length);
  const expected = { requests: 1_200, errors5xx: 200, errorRate: 200 / 1_200 };
  expect(report.window.sinceStart).toMatchObject(expected);
  // The whole test runs well inside the 4-to-5-minute window.
  expect(report.window.last5m).toMatchObject(expected);
  const version = env.VERSION.id || "unknown";
  expect(Object.keys(report.versions)).toEqual([version]);
  expect(report.versions[version]?.sinceStart).toMatchObject(expected);
  const { p50, p95, p99 } = report.window.sinceStart.latencyMs;
  expect(p50).not.toBeNull();
  expect(p50 ?? 0).toBeLessThanOrEqual(p95 ?? 0);
  expect(p95 ?? 0).toBeLessThanOrEqual(p99 ?? 0);

  // Polling the report neither counted itself nor anything twice.
  expect((await metricsReport()).window.sinceStart.requests).toBe(1_200);
  // Coalesced: far fewer calls to the object than requests.
  const object = env.METRICS.getByName(METRICS_OBJECT_NAME);
  const batches = await runInDurableObject(
    object,
    (_instance, state) =>
      state.storage.sql.exec<{ n: number }>("SELECT count(*) AS n FROM applied_batches").one().n,
  );
  expect(batches).toBeLessThan(1_200 / 4);
});
