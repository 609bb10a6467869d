import type { Metrics } from "../../../durable-objects/metrics";
import { logEvent } from "../log";
import { type FlushOptions, MetricsRecorder, type OpenAiCallSample, type RatingSample } from "./recorder";

export type { CircuitState, OpenAiCallSample, RatingSample } from "./recorder";

/** Every isolate sends to this one object; see docs/observability.md for why one is enough. */
export const METRICS_OBJECT_NAME = "global";

/**
 * This isolate's accumulator. A module-level value on purpose: it must outlive the request that
 * recorded into it so the next request's flush can carry it. It holds counts only, never `env`.
 */
export const isolateMetrics = new MetricsRecorder({
  onError: (error, batches) => logEvent("warn", "metrics_flush_failed", { batches, message: String(error) }),
  onDrop: (dropped) =>
    logEvent("error", "metrics_batches_dropped", {
      batches: dropped.length,
      requests: dropped.reduce((n, b) => n + b.cells.reduce((m, c) => m + c.requests, 0), 0),
    }),
});

/**
 * Sends what this isolate has recorded; never rejects (a failed batch stays queued). `undefined`
 * when another request of this isolate is already sending and takes it along (nothing to wait for).
 */
export function flushMetrics(
  namespace: DurableObjectNamespace<Metrics>,
  options: FlushOptions = {},
): Promise<void> | undefined {
  return isolateMetrics.flush(async (batches) => {
    await namespace.getByName(METRICS_OBJECT_NAME).record(batches);
  }, options);
}

export interface MetricsSink {
  namespace: DurableObjectNamespace<Metrics>;
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * For smart mode: count one OpenAI call (and the breaker's state after it) without waiting on the
 * Metrics object. Works in the Worker (`c.executionCtx`) and inside a Durable Object (`this.ctx`).
 *
 *   recordOpenAiCall({ version: env.VERSION.id, ok, at: Date.now(), circuitState },
 *     { namespace: env.METRICS, waitUntil: (p) => ctx.waitUntil(p) });
 */
export function recordOpenAiCall(sample: OpenAiCallSample, sink: MetricsSink): void {
  isolateMetrics.recordOpenAiCall(sample);
  const sending = flushMetrics(sink.namespace);
  if (sending) sink.waitUntil(sending);
}

/** For `POST /api/rating`: count one rating without waiting on the Metrics object. */
export function recordRating(sample: RatingSample, sink: MetricsSink): void {
  isolateMetrics.recordRating(sample);
  const sending = flushMetrics(sink.namespace);
  if (sending) sink.waitUntil(sending);
}
