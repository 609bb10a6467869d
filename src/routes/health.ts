import { Hono } from "hono";
import { settings } from "../config";
import { runChecks } from "../lib/health";
import { HEALTH_PROBE_KEY } from "../lib/keys";
import { effectiveSmartMode } from "../lib/smart/mode";
import { countSessionRows } from "../storage/sessions";
import type { AppEnv } from "../types";

const HEALTH_PROBE_SESSION = "__health__";

/** `GET /api/health`: exercises every binding cheaply and says which one failed. */
export const healthRoutes = new Hono<AppEnv>().get("/health", async (c) => {
  const env = c.env;
  const { config, secrets } = settings(env);
  let flag: string | null = null;
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
    kv: async () => {
      flag = await env.FLAGS.get("SMART_MODE_ENABLED");
    },
    r2: () => env.BUCKET.head(HEALTH_PROBE_KEY),
    d1: () => countSessionRows(env.DB),
    durable_object: () => env.CHAT_SESSION.getByName(HEALTH_PROBE_SESSION).ping(),
  });
  const smartMode = effectiveSmartMode({
    kvValue: flag,
    varEnabled: config.SMART_MODE_ENABLED,
    hasApiKey: secrets.openaiApiKey !== null,
  });
  // 200 even when degraded: the chat may still work; `status` and `checks` say what is wrong.
  return c.json({ status, version: { id: env.VERSION.id, tag: env.VERSION.tag || null }, smartMode, checks });
});
