import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { emptyHistogram, observe } from "../../../src/observability/metrics/histogram";
import type { MetricsBatch, MetricsCell } from "../../../src/observability/metrics/recorder";
import { RETENTION_MINUTES } from "../../../src/observability/metrics/report";

// Real storage: each test talks to its own Metrics object through RPC, as the isolates do.
const NOW = Date.UTC(2026, 10, 20, 12, 30, 20);
const MINUTE = Math.floor(NOW / 60_000);

function cell(
  version: string,
  minute: number,
  requests: number,
  errors5xx: number,
  latencyMs: number,
): MetricsCell {
  const latency = emptyHistogram();
  observe(latency, latencyMs, requests);
  return { version, minute, requests, errors5xx, openaiCalls: 0, openaiFailures: 0, latency };
}

const batch = (id: string, ...cells: MetricsCell[]): MetricsBatch => ({
  id,
  createdAt: NOW,
  cells,
  circuit: null,
});
const object = () => env.METRICS.getByName(`test-${crypto.randomUUID()}`);

describe("the Metrics object", () => {
  it("reports the last 5 minute rows and since-start totals, overall and per version", async () => {
    const metrics = object();
    await metrics.record(
      [
        batch("a:1", cell("stable", MINUTE, 90, 1, 20), cell("canary", MINUTE, 10, 5, 400)),
        batch("b:1", cell("stable", MINUTE - 4, 10, 0, 20)),
        batch("b:2", cell("stable", MINUTE - 5, 100, 100, 20)), // just outside the window
      ],
      NOW,
    );
    // A second isolate's batch for the same minute and version merges into the same row.
    await metrics.record([batch("c:1", cell("canary", MINUTE, 10, 0, 400))], NOW);
    const report = await metrics.report(NOW);

    expect(report.last5mFrom).toBe(new Date((MINUTE - 4) * 60_000).toISOString());
    expect(report.startedAt).toBe(new Date((MINUTE - 5) * 60_000).toISOString());
    expect(report.window.last5m).toMatchObject({ requests: 120, errors5xx: 6, errorRate: 6 / 120 });
    expect(report.window.sinceStart).toMatchObject({ requests: 220, errors5xx: 106 });
    expect(Object.keys(report.versions).sort()).toEqual(["canary", "stable"]);
    expect(report.versions.stable?.last5m).toMatchObject({ requests: 100, errors5xx: 1, errorRate: 0.01 });
    expect(report.versions.stable?.sinceStart).toMatchObject({ requests: 200, errors5xx: 101 });
    expect(report.versions.canary?.last5m).toMatchObject({ requests: 20, errors5xx: 5, errorRate: 0.25 });
    // Canary is slower: its percentiles come from its own histogram only.
    expect(report.versions.canary?.last5m.latencyMs.p50).toBeGreaterThan(380);
    expect(report.versions.stable?.last5m.latencyMs.p99).toBeLessThan(21);
    expect(report.window.last5m.latencyMs.p95).toBeGreaterThan(380); // 20 of 120 are at 400 ms
  });

  it("counts a resent batch once", async () => {
    const metrics = object();
    const first = await metrics.record([batch("iso:1", cell("v", MINUTE, 3, 1, 5))], NOW);
    const again = await metrics.record(
      [batch("iso:1", cell("v", MINUTE, 3, 1, 5)), batch("iso:2", cell("v", MINUTE, 2, 0, 5))],
      NOW,
    );
    expect(first).toEqual({ applied: 1, duplicates: 0 });
    expect(again).toEqual({ applied: 1, duplicates: 1 });
    expect((await metrics.report(NOW)).window.sinceStart).toMatchObject({ requests: 5, errors5xx: 1 });
  });

  it("drops minute rows after a day but keeps them in the totals", async () => {
    const metrics = object();
    await metrics.record([batch("x:1", cell("old", MINUTE, 7, 0, 5))], NOW);
    const later = NOW + (RETENTION_MINUTES + 2) * 60_000;
    await metrics.record([batch("x:2", cell("new", Math.floor(later / 60_000), 1, 0, 5))], later);
    const report = await metrics.report(later);
    expect(report.window.sinceStart.requests).toBe(8);
    expect(Object.keys(report.versions)).toEqual(["new"]); // only versions seen in the last day
    // The pruned row is gone from storage, not just filtered out of the window.
    const oldWindow = await metrics.report(NOW);
    expect(oldWindow.window.last5m.requests).toBe(0);
  });

  it("answers zeros, null percentiles and a closed circuit before any traffic", async () => {
    const report = await object().report(NOW);
    expect(report.startedAt).toBeNull();
    expect(report.versions).toEqual({});
    expect(report.window.last5m).toEqual({
      requests: 0,
      errors5xx: 0,
      errorRate: 0,
      latencyMs: { p50: null, p95: null, p99: null },
    });
    expect(report.openai).toEqual({
      calls: 0,
      failures: 0,
      failureRate: 0,
      circuit_state: "closed",
      circuitStateAt: null,
      last5m: { calls: 0, failures: 0, failureRate: 0 },
    });
  });

  it("keeps OpenAI calls, failures and the newest circuit state from any isolate", async () => {
    const metrics = object();
    const openai = { ...cell("v", MINUTE, 0, 0, 0), openaiCalls: 10, openaiFailures: 4 };
    await metrics.record([{ ...batch("o:1", openai), circuit: { state: "open", at: NOW - 10 } }], NOW);
    await metrics.record([{ ...batch("o:2"), circuit: { state: "closed", at: NOW - 20 } }], NOW); // older
    const report = await metrics.report(NOW);
    expect(report.openai).toMatchObject({ calls: 10, failures: 4, failureRate: 0.4, circuit_state: "open" });
    expect(report.openai.last5m).toEqual({ calls: 10, failures: 4, failureRate: 0.4 });
    expect(report.openai.circuitStateAt).toBe(new Date(NOW - 10).toISOString());
  });

  it("ignores malformed counts from another version instead of corrupting the rows", async () => {
    const metrics = object();
    const bad = {
      ...cell("v", MINUTE, 2, 0, 5),
      errors5xx: -3,
      latency: [1, 2, 3, ...new Array(500).fill(1)],
    };
    await metrics.record([batch("m:1", bad)], NOW);
    const report = await metrics.report(NOW);
    expect(report.window.last5m).toMatchObject({ requests: 2, errors5xx: 0 });
  });
});
