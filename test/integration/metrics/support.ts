import { expect } from "vitest";
import type { MetricsReport } from "../../../src/observability/metrics/report";
import { call } from "../../helpers/api";

export async function metricsReport(): Promise<MetricsReport> {
  const res = await call("/api/metrics");
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as MetricsReport;
}

/**
 * Batches reach the Metrics object after their responses (waitUntil). Poll the report, each poll a
 * real request and no timer, until the total stops moving; fail if it never settles or overshoots.
 */
export async function settledReport(expectedRequests: number, maxPolls = 200): Promise<MetricsReport> {
  let previous = -1;
  for (let poll = 0; poll < maxPolls; poll++) {
    const report = await metricsReport();
    const counted = report.window.sinceStart.requests;
    expect(counted, "counted more requests than were sent").toBeLessThanOrEqual(expectedRequests);
    if (counted === expectedRequests && counted === previous) return report;
    previous = counted;
  }
  throw new Error(`metrics never settled at ${expectedRequests} requests (last: ${previous})`);
}
