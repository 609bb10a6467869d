import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "../../helpers/api";
import { metricsReport, settledReport } from "./support";

// Tests in this file share its storage, so each works on deltas from the report it starts with.
describe("GET /api/metrics", () => {
  it("is open outside production and answers the documented shape, never cached", async () => {
    const res = await call("/api/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      [
        "generatedAt",
        "last5mFrom",
        "openai",
        "ratings",
        "smartMode",
        "startedAt",
        "versions",
        "window",
      ].sort(),
    );
    const report = await metricsReport();
    expect(Object.keys(report.window.last5m).sort()).toEqual([
      "errorRate",
      "errors5xx",
      "latencyMs",
      "requests",
    ]);
    expect(Object.keys(report.openai).sort()).toEqual(
      ["calls", "circuitStateAt", "circuit_state", "failureRate", "failures", "last5m"].sort(),
    );
    expect(report.openai.circuit_state).toBe("closed");
    expect(Object.keys(report.ratings).sort()).toEqual(["down", "last5m", "up"]);
    expect(Date.parse(report.generatedAt)).not.toBeNaN();
  });

  it("does not count itself, and counts the next ordinary request", async () => {
    const start = (await metricsReport()).window.sinceStart.requests;
    for (let i = 0; i < 5; i++) await metricsReport();
    expect((await metricsReport()).window.sinceStart.requests).toBe(start);
    await call("/api/health");
    expect((await settledReport(start + 1)).window.sinceStart.requests).toBe(start + 1);
  });

  it("reports effective smart mode like /api/health: off with no API key, whatever the KV flag says", async () => {
    await env.FLAGS.put("SMART_MODE_ENABLED", "true");
    try {
      const [metrics, health] = await Promise.all([
        metricsReport(),
        call("/api/health").then((r) => r.json() as Promise<{ smartMode: unknown }>),
      ]);
      expect(metrics.smartMode).toEqual({ enabled: false, source: "no_key" });
      expect(metrics.smartMode).toEqual(health.smartMode);
    } finally {
      await env.FLAGS.delete("SMART_MODE_ENABLED");
    }
  });

  it("counts 4xx as requests but not as 5xx", async () => {
    const start = (await metricsReport()).window.sinceStart;
    await call("/api/no-such-route");
    await call("/api/health", { method: "DELETE" }); // 405
    const report = await settledReport(start.requests + 2);
    expect(report.window.sinceStart.errors5xx).toBe(start.errors5xx);
  });
});
