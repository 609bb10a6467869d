import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { settings } from "../config";
import { withDeadline } from "../lib/deadline";
import { effectiveSmartMode } from "../lib/smart/mode";
import { adminAuth } from "../middleware/admin-auth";
import { logEvent } from "../observability/log";
import { flushMetrics, METRICS_OBJECT_NAME } from "../observability/metrics/isolate";
import type { MetricsReport } from "../observability/metrics/report";
import { FLAG_READ_DEADLINE_MS, SMART_MODE_KEY } from "../smart/flag";
import type { AppEnv } from "../types";

/** Open outside production (local runs, tests); the admin token in production. */
const adminInProduction = () => {
  const admin = adminAuth();
  return createMiddleware<AppEnv>(async (c, next) => {
    if (settings(c.env).config.ENVIRONMENT !== "production") return next();
    return admin(c, next);
  });
};

/** `GET /api/metrics`: request, 5xx, latency and OpenAI figures from every isolate; see docs/observability.md. */
export const metricsRoutes = new Hono<AppEnv>().get("/metrics", adminInProduction(), async (c) => {
  const env = c.env;
  const { config, secrets } = settings(env);
  // Off the hot path, so it may wait: send what this isolate holds now, without the usual interval
  // (unless a call is already in flight), so the report includes what this isolate just served.
  await flushMetrics(env.METRICS, { urgent: true });
  const [snapshot, flag] = await Promise.all([
    env.METRICS.getByName(METRICS_OBJECT_NAME).report(),
    withDeadline(env.FLAGS.get(SMART_MODE_KEY), FLAG_READ_DEADLINE_MS).catch((error: unknown) => {
      // Metrics must answer during a KV incident (failing or hanging); the var then decides, as in the chat.
      logEvent("warn", "metrics_flag_read_failed", { message: String(error) });
      return null;
    }),
  ]);
  const smartMode = effectiveSmartMode({
    kvValue: flag,
    varEnabled: config.SMART_MODE_ENABLED,
    hasApiKey: secrets.openaiApiKey !== null,
  });
  const report: MetricsReport = { ...snapshot, smartMode };
  c.header("Cache-Control", "no-store");
  return c.json(report);
});
