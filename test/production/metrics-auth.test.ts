import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { METRICS_OBJECT_NAME } from "../../src/observability/metrics/isolate";
import { call, expectError } from "../helpers/api";

// This project runs with ENVIRONMENT=production and no LOG_TOKEN: the metrics are admin-only there.
it("closes GET /api/metrics with 503 naming LOG_TOKEN, whatever token is sent", async () => {
  for (const init of [{}, { headers: { Authorization: "Bearer anything" } }]) {
    const body = await expectError(await call("/api/metrics", init), 503, "service_unavailable");
    expect(body.error.message).toMatch(/LOG_TOKEN/);
  }
  const byQuery = await expectError(await call("/api/metrics?token=anything"), 503, "service_unavailable");
  expect(byQuery.error.message).toMatch(/LOG_TOKEN/);
});

it("still counts requests in production: the guard is on the report, not on the hot path", async () => {
  // One request: an isolate's first send goes at once (later ones wait out MIN_SEND_INTERVAL_MS).
  expect((await call("/api/nope")).status).toBe(404);
  // The report route is closed here, so read the object directly; each poll is real I/O, no timer.
  const metrics = env.METRICS.getByName(METRICS_OBJECT_NAME);
  let counted = { requests: 0, errors5xx: -1 };
  for (let poll = 0; poll < 200 && counted.requests === 0; poll++) {
    counted = (await metrics.report()).window.sinceStart;
  }
  expect(counted).toMatchObject({ requests: 1, errors5xx: 0 });
});
