import { Hono } from "hono";
import { type Settings, settings } from "../config";
import { HealthCache, type HealthReport, publicChecks, runChecks } from "../lib/health";
import { HEALTH_PROBE_KEY } from "../lib/keys";
import { hasAdminToken } from "../middleware/admin-auth";
import { SMART_MODE_KEY } from "../smart/flag";
import { probeSessionsTable } from "../storage/sessions";
import type { AppEnv } from "../types";
import { isolateSmartMode } from "./turn-context";

const HEALTH_PROBE_SESSION = "__health__";

/** One cache per `env` object, that is per isolate (the runtime hands every request the same one). */
const caches = new WeakMap<object, HealthCache>();

function cacheFor(env: Env): HealthCache {
  let cache = caches.get(env);
  if (!cache) {
    cache = new HealthCache();
    caches.set(env, cache);
  }
  return cache;
}

/**
 * `GET /api/health`: every binding exercised cheaply, at most once per HEALTH_CACHE_MS (5 s) per
 * isolate, however often it is called. Anyone gets ok or not per check; only the admin token
 * (`Authorization: Bearer`) gets the timings and the error text, which may name internals.
 * Always 200 when the Worker runs: `status` says whether something is wrong.
 */
export const healthRoutes = new Hono<AppEnv>().get("/health", async (c) => {
  const env = c.env;
  const [report, smartMode, admin] = await Promise.all([
    cacheFor(env).get(Date.now(), () => probe(env, settings(env))),
    isolateSmartMode(env),
    hasAdminToken(c),
  ]);
  c.header("Cache-Control", "no-store");
  return c.json({
    status: report.status,
    view: admin ? "admin" : "public",
    version: { id: env.VERSION.id, tag: env.VERSION.tag || null },
    smartMode,
    checkedAt: new Date(report.checkedAt).toISOString(),
    checks: admin ? report.checks : publicChecks(report.checks),
  });
});

async function probe(env: Env, { config, secrets }: Settings): Promise<HealthReport> {
  const checkedAt = Date.now();
  const { status, checks } = await runChecks({
    // The link-signing key must exist (outside development and test, only SIGNING_SECRET gives
    // one), and in production the admin token too.
    secrets: async () => {
      const missing = [
        config.ENVIRONMENT === "production" && !secrets.logToken && "LOG_TOKEN",
        secrets.signingUnavailable && "SIGNING_SECRET",
      ].filter(Boolean);
      if (missing.length === 0) return;
      const why = secrets.signingUnavailable ? ` (${secrets.signingUnavailable})` : "";
      throw new Error(`missing secret: ${missing.join(", ")}${why}`);
    },
    kv: () => env.FLAGS.get(SMART_MODE_KEY),
    r2: () => env.BUCKET.head(HEALTH_PROBE_KEY),
    d1: () => probeSessionsTable(env.DB),
    durable_object: () => env.CHAT_SESSION.getByName(HEALTH_PROBE_SESSION).ping(),
  });
  return { status, checks, checkedAt };
}
