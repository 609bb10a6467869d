// Drives the Worker's global objects (Metrics, LogStream, a location's CircuitBreaker) from inside
// workerd as many isolates would, each call carrying what one isolate sends at once; bundled by
// bench/global-objects.mjs. `POST /drive` {target, callers, ms}: `callers` loops, each calling the
// object back to back for `ms`; answers the calls made and their latencies.
import { DEFAULT_BREAKER_SETTINGS } from "../../src/lib/smart/circuit";
import type { LogRecord } from "../../src/observability/log-record";
import { observe } from "../../src/observability/metrics/histogram";
import type { MetricsBatch } from "../../src/observability/metrics/recorder";
import { emptyCounts } from "../../src/observability/metrics/summary";

interface DriverEnv {
  METRICS: DurableObjectNamespace<import("../../durable-objects/metrics").Metrics>;
  LOG_STREAM: DurableObjectNamespace<import("../../durable-objects/log-stream").LogStream>;
  CIRCUIT_BREAKER: DurableObjectNamespace<import("../../durable-objects/circuit-breaker").CircuitBreaker>;
}

/** One isolate's metrics flush: a minute's cell for one version, 20 requests in it. */
function metricsBatch(now: number): MetricsBatch {
  const counts = emptyCounts();
  counts.requests = 20;
  for (let i = 0; i < 20; i++) observe(counts.latency, 5 + (i % 7));
  const { ratingsUp: _up, ratingsDown: _down, ...rest } = counts;
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    cells: [{ ...rest, minute: Math.floor(now / 60_000) * 60_000, version: "bench" }],
    circuit: null,
  };
}

/** One isolate's log batch: the request lines of 4 turns. */
function logBatch(now: number): LogRecord[] {
  return Array.from({ length: 4 }, (_, i) => ({
    at: now,
    level: "info" as const,
    event: "request",
    route: "/api/chat",
    sessionId: `bench-${i}`,
    line: JSON.stringify({ level: "info", event: "request", route: "/api/chat", status: 200, latency_ms: 4 }),
  }));
}

type Call = (now: number) => Promise<unknown>;

function target(env: DriverEnv, name: string): Call {
  if (name === "metrics") {
    const stub = env.METRICS.getByName("global");
    return (now) => stub.record([metricsBatch(now)]);
  }
  if (name === "logs") {
    const stub = env.LOG_STREAM.getByName("global");
    return (now) => stub.append(logBatch(now));
  }
  const stub = env.CIRCUIT_BREAKER.getByName("bench-location");
  return (now) => stub.report({ ok: true, probe: false, at: now }, DEFAULT_BREAKER_SETTINGS);
}

export default {
  async fetch(request: Request, env: DriverEnv): Promise<Response> {
    const {
      target: name,
      callers,
      ms,
    } = (await request.json()) as { target: string; callers: number; ms: number };
    const call = target(env, name);
    const latencies: number[] = [];
    const end = Date.now() + ms;
    await Promise.all(
      Array.from({ length: callers }, async () => {
        while (Date.now() < end) {
          const started = performance.now();
          await call(Date.now());
          latencies.push(performance.now() - started);
        }
      }),
    );
    return Response.json({ calls: latencies.length, ms, latencies });
  },
};
