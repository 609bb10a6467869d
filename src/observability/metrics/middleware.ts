import { createMiddleware } from "hono/factory";
import { settings } from "../../config";
import type { AppEnv } from "../../types";
import { executionContext } from "../execution-context";
import { flushMetrics, isolateMetrics } from "./isolate";

export interface MetricsOptions {
  /** Paths that are not counted. Default: `/api/metrics`, so reading the metrics never moves them. */
  exclude?: readonly string[];
}

export const METRICS_PATH = "/api/metrics";

/**
 * Counts every request (status, latency, worker version) in this isolate, then hands the
 * accumulated batch to the Metrics object after the response, through `waitUntil`: the response
 * never waits on the object. Latency runs from here to the response being ready (for a stream,
 * its headers), as measured by the Workers clock, which only advances across I/O.
 */
export const metrics = (options: MetricsOptions = {}) => {
  const excluded = new Set(options.exclude ?? [METRICS_PATH]);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (excluded.has(c.req.path)) return next();
    const started = Date.now();
    // Errors thrown downstream are already turned into a response by onError/notFound here.
    await next();
    if (!countingEnabled(c.env)) return;
    const at = Date.now();
    isolateMetrics.recordRequest({
      version: c.env.VERSION.id || "unknown",
      status: c.res.status,
      latencyMs: at - started,
      at,
    });
    const sending = flushMetrics(c.env.METRICS);
    if (sending) executionContext(c)?.waitUntil(sending);
  });
};

/** Read after the response, so a bad config's 503 is still counted (the config middleware comes later). */
function countingEnabled(env: Env): boolean {
  try {
    return settings(env).config.METRICS_ENABLED;
  } catch {
    return true;
  }
}
