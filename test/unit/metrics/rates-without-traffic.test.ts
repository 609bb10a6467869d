import { expect, it } from "vitest";
import { observe } from "../../../src/observability/metrics/histogram";
import { emptyCounts, summarize, summarizeOpenAi } from "../../../src/observability/metrics/summary";

it("reports rate 0 and no percentiles when there were no requests or calls", () => {
  expect(summarize(emptyCounts())).toEqual({
    requests: 0,
    errors5xx: 0,
    errorRate: 0,
    latencyMs: { p50: null, p95: null, p99: null },
  });
  expect(summarizeOpenAi(emptyCounts())).toEqual({ calls: 0, failures: 0, failureRate: 0 });
});

it("divides 5xx by requests and OpenAI failures by calls", () => {
  const counts = { ...emptyCounts(), requests: 8, errors5xx: 2, openaiCalls: 4, openaiFailures: 1 };
  for (let i = 0; i < 8; i++) observe(counts.latency, 10);
  const summary = summarize(counts);
  expect(summary.errorRate).toBe(0.25);
  expect(summary.latencyMs.p50).toBeCloseTo(10, 0);
  expect(summarizeOpenAi(counts).failureRate).toBe(0.25);
});
