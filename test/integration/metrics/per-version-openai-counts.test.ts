import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { emptyHistogram } from "../../../src/observability/metrics/histogram";
import { METRICS_OBJECT_NAME } from "../../../src/observability/metrics/isolate";
import type { MetricsBatch, MetricsCell } from "../../../src/observability/metrics/recorder";
import { metricsReport } from "./support";

// OpenAI calls are counted per (minute, version) cell; the report must show them per version too,
// so `npm run canary:check` can tell a canary's model failures from the stable's.
const NOW = Date.UTC(2026, 10, 20, 12, 30, 20);
const MINUTE = Math.floor(NOW / 60_000);

const openAiCell = (version: string, minute: number, calls: number, failures: number): MetricsCell => ({
  version,
  minute,
  requests: 0,
  errors5xx: 0,
  openaiCalls: calls,
  openaiFailures: failures,
  latency: emptyHistogram(),
});

const batch = (id: string, ...cells: MetricsCell[]): MetricsBatch => ({
  id,
  createdAt: NOW,
  cells,
  circuit: null,
});

describe("per-version OpenAI counts", () => {
  it("are reported for each version, in last5m and since start, and add up to the global block", async () => {
    const metrics = env.METRICS.getByName(`test-${crypto.randomUUID()}`);
    await metrics.record(
      [
        batch("s:1", openAiCell("stable", MINUTE, 40, 1), openAiCell("canary", MINUTE - 1, 20, 4)),
        batch("s:2", openAiCell("stable", MINUTE - 5, 60, 30)), // just outside the window
        batch("c:1", openAiCell("canary", MINUTE, 5, 5)),
      ],
      NOW,
    );
    const report = await metrics.report(NOW);

    expect(report.versions.stable?.openai).toEqual({
      last5m: { calls: 40, failures: 1, failureRate: 1 / 40 },
      sinceStart: { calls: 100, failures: 31, failureRate: 0.31 },
    });
    expect(report.versions.canary?.openai).toEqual({
      last5m: { calls: 25, failures: 9, failureRate: 9 / 25 },
      sinceStart: { calls: 25, failures: 9, failureRate: 9 / 25 },
    });
    expect(report.openai.last5m).toEqual({ calls: 65, failures: 10, failureRate: 10 / 65 });
    expect(report.openai).toMatchObject({ calls: 125, failures: 40 });
  });

  it("read zero, with a zero failure rate, for a version that made no calls", async () => {
    const metrics = env.METRICS.getByName(`test-${crypto.randomUUID()}`);
    await metrics.record([batch("r:1", { ...openAiCell("rules-only", MINUTE, 0, 0), requests: 3 })], NOW);
    const report = await metrics.report(NOW);
    expect(report.versions["rules-only"]?.openai).toEqual({
      last5m: { calls: 0, failures: 0, failureRate: 0 },
      sinceStart: { calls: 0, failures: 0, failureRate: 0 },
    });
  });

  it("reach GET /api/metrics, and the whole-deployment window keeps its four fields", async () => {
    // The route reads the global object; this file's storage is its own, so the version is unique here.
    const version = `v-${crypto.randomUUID().slice(0, 8)}`;
    const minute = Math.floor(Date.now() / 60_000);
    await env.METRICS.getByName(METRICS_OBJECT_NAME).record([
      batch(`route:${version}`, openAiCell(version, minute, 8, 2)),
    ]);
    const report = await metricsReport();
    expect(report.versions[version]?.openai.last5m).toEqual({ calls: 8, failures: 2, failureRate: 0.25 });
    expect(report.versions[version]?.openai.sinceStart).toEqual({ calls: 8, failures: 2, failureRate: 0.25 });
    expect(Object.keys(report.versions[version] ?? {}).sort()).toEqual(["last5m", "openai", "sinceStart"]);
    expect(Object.keys(report.window).sort()).toEqual(["last5m", "sinceStart"]);
    expect(Object.keys(report.window.last5m).sort()).toEqual([
      "errorRate",
      "errors5xx",
      "latencyMs",
      "requests",
    ]);
  });
});
