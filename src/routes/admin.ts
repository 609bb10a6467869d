import { Hono } from "hono";
import { z } from "zod";
import { settings } from "../config";
import { AppError } from "../errors";
import { buildTranscript, renderTranscriptText, type Transcript } from "../lib/transcript";
import { adminAuth } from "../middleware/admin-auth";
import { validateParams, validateQuery } from "../middleware/validate";
import type { SessionsResponse } from "../protocol";
import { sessionIdSchema } from "../schemas";
import { available } from "../storage/available";
import { recentSessionRows } from "../storage/sessions";
import { loadTranscript } from "../storage/transcripts";
import type { AppEnv } from "../types";

const ACTIVE_WINDOW_MS = 48 * 3_600_000;
const sessionParam = z.object({ sessionId: sessionIdSchema });

/** Admin reads of conversations: transcripts (JSON and text) and recently active sessions. */
export const adminRoutes = new Hono<AppEnv>()
  .get("/transcript-json/:sessionId", adminAuth(), validateParams(sessionParam), async (c) => {
    return c.json(await readTranscript(c.env, c.req.valid("param").sessionId));
  })
  .get("/transcript/:sessionId", adminAuth(), validateParams(sessionParam), async (c) => {
    const transcript = await readTranscript(c.env, c.req.valid("param").sessionId);
    return c.text(renderTranscriptText(transcript));
  })
  .get(
    "/sessions",
    adminAuth(),
    validateQuery(z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) })),
    async (c) => {
      const since = Date.now() - ACTIVE_WINDOW_MS;
      const results = await available(
        "D1",
        recentSessionRows(c.env.DB, since, c.req.valid("query").limit),
        settings(c.env).config.STORAGE_DEADLINE_MS,
      );
      return c.json({
        since: new Date(since).toISOString(),
        sessions: results.map((r) => ({
          sessionId: r.id,
          createdAt: new Date(r.created_at).toISOString(),
          lastActivityAt: new Date(r.last_activity_at).toISOString(),
          language: r.language,
          stage: r.stage,
          device: r.device,
          problem: r.problem,
        })),
      } satisfies SessionsResponse);
    },
  );

/**
 * The session object is the source of truth (always current); the R2 mirror, written about a
 * second after each turn, serves when the object holds nothing. Either way personal data is masked.
 */
async function readTranscript(env: Env, sessionId: string): Promise<Transcript> {
  const live = await env.CHAT_SESSION.getByName(sessionId).history();
  if (live.messages.length > 0) return buildTranscript(sessionId, live.state, live.messages, new Date());
  const stored = await available(
    "R2",
    loadTranscript(env.BUCKET, sessionId),
    settings(env).config.STORAGE_DEADLINE_MS,
  );
  if (stored) return stored;
  throw new AppError(404, "not_found", "No transcript for that session");
}
