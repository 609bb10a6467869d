import { Hono } from "hono";
import { z } from "zod";
import { adminAuth } from "../middleware/admin-auth";
import { requireJsonBody, validateJson, validateQuery } from "../middleware/validate";
import { LOG_LEVELS } from "../observability/levels";
import { logEvent } from "../observability/log";
import { lastEventIdOf, MAX_TAIL_LIMIT, streamQuerySchema } from "../observability/log-filter";
import { rememberLevel } from "../observability/log-level";
import { LOG_STREAM_OBJECT_NAME } from "../observability/log-shipper";
import { SSE_HEADERS } from "../observability/sse";
import type { AppEnv } from "../types";

const logsQuerySchema = streamQuerySchema.extend({
  /** `once`: the last `limit` lines as text, one JSON line per line, oldest first. */
  mode: z.enum(["stream", "once"]).default("stream"),
  limit: z.coerce.number().int().min(1).max(MAX_TAIL_LIMIT).default(100),
  token: z.string().optional(),
});

const levelBodySchema = z.strictObject({ level: z.enum(LOG_LEVELS) });

/** The live stream only: the log page's EventSource cannot send headers. `mode=once` is for curl. */
const streamAdmin = adminAuth({ allowQueryToken: (c) => c.req.query("mode") !== "once" });

/**
 * The live log stream for admins (`Authorization: Bearer`):
 * - `GET /api/logs`: Server-Sent Events from the LogStream object (`?level=&sessionId=&q=`,
 *   resume with `Last-Event-ID` or `?since=<id>`); the one admin route that also takes `?token=`;
 * - `GET /api/logs?mode=once&limit=N`: the last N lines as text (`curl ... | tail -100`);
 * - `POST /api/logs/level`: the minimum level recorded, at run time.
 */
export const logRoutes = new Hono<AppEnv>()
  .get("/logs", streamAdmin, validateQuery(logsQuerySchema), async (c) => {
    const { mode, limit, level, sessionId, q, since, maxMs } = c.req.valid("query");
    const stub = c.env.LOG_STREAM.getByName(LOG_STREAM_OBJECT_NAME);
    // Filter names only: a line holding `q` would match its own reader's filter.
    const filters = Object.entries({ level, sessionId, q, since })
      .filter(([, value]) => value !== undefined)
      .map(([name]) => name);
    if (mode === "once") {
      logEvent("debug", "logs_tail", { limit, filters });
      const lines = await stub.readLines({ limit, level, sessionId, q, after: since });
      c.header("Cache-Control", "no-store");
      return c.text(lines.map((l) => `${l.line}\n`).join(""));
    }
    logEvent("debug", "logs_stream_open", { filters, maxMs });
    const lastEventId = lastEventIdOf(c.req.header("Last-Event-ID"));
    const body = await stub.stream({ level, sessionId, q, since, maxMs }, lastEventId);
    return c.body(body, 200, SSE_HEADERS);
  })
  .post("/logs/level", adminAuth(), requireJsonBody(), validateJson(levelBodySchema), async (c) => {
    const { level } = c.req.valid("json");
    const stored = await c.env.LOG_STREAM.getByName(LOG_STREAM_OBJECT_NAME).setLevel(level);
    // This isolate applies it at once; others within LEVEL_CACHE_MS (30 s), see log-level.ts.
    rememberLevel(stored);
    logEvent("warn", "log_level_changed", { level: stored });
    return c.json({ level: stored });
  });
