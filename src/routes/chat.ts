import { Hono } from "hono";
import { z } from "zod";
import type { TurnOutcome } from "../../durable-objects/chat-session/contract";
import { settings } from "../config";
import { AppError } from "../errors";
import { linkedPhoto } from "../lib/uploads/upload-link";
import { jsonBodyLimit } from "../middleware/body-limit";
import { clientOf } from "../middleware/client-rate-limit";
import { requireJsonBody, validateJson, validateParams } from "../middleware/validate";
import { recordRating } from "../observability/metrics/isolate";
import type { ChatResponse, HistoryResponse, RatingResponse } from "../protocol";
import { refusalError } from "../refusals";
import { chatRequestSchema, greetingRequestSchema, ratingRequestSchema, sessionIdSchema } from "../schemas";
import type { AppEnv } from "../types";
import { turnContext } from "./turn-context";
import { widgetLinkSigning } from "./uploads";

/** The conversation API: greeting, turns, history and the rating at the end. */
export const chatRoutes = new Hono<AppEnv>()
  .post("/greeting", jsonBodyLimit(), requireJsonBody(), validateJson(greetingRequestSchema), async (c) => {
    const body = c.req.valid("json");
    const sessionId = body.sessionId ?? newSessionId();
    // The session object counts a new session against its client's limit (429 over it).
    const client = clientOf(c.req.raw) ?? undefined;
    const outcome = await c.env.CHAT_SESSION.getByName(sessionId).greet(sessionId, body.language, client);
    return c.json(unwrap(outcome));
  })
  .post("/chat", jsonBodyLimit(), requireJsonBody(), validateJson(chatRequestSchema), async (c) => {
    const body = c.req.valid("json");
    const client = clientOf(c.req.raw);
    const input = {
      ...body,
      origin: new URL(c.req.url).origin,
      ...(await turnContext(c.env, c.req.raw)),
      // Counted by the session object: a new session, and a turn that would call the model.
      ...(client ? { client } : {}),
    };
    const session = c.env.CHAT_SESSION.getByName(body.sessionId);
    if (!wantsStream(c.req.header("Accept"))) return c.json(unwrap(await session.chat(input)));
    const outcome = await session.chatStream(input);
    // A refused turn (rate limit, unknown action) is a plain JSON error, before any stream starts.
    if (!outcome.ok) throw refusalError(outcome);
    return new Response(outcome.stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache, no-transform",
        "X-Accel-Buffering": "no",
      },
    });
  })
  /** The conversation so far, to restore a chat (e.g. after a reload, or a stream the client lost). */
  .get("/history/:sessionId", validateParams(z.object({ sessionId: sessionIdSchema })), async (c) => {
    const { sessionId } = c.req.valid("param");
    const history = await c.env.CHAT_SESSION.getByName(sessionId).history();
    if (!history.state) throw new AppError(404, "not_found", "No conversation with this session id");
    const link = widgetLinkSigning(c.env, c.req.url);
    const messages = await Promise.all(
      history.messages.map(async ({ role, kind, text, buttons, attachment, createdAt }) => {
        // A photo comes back with a fresh signed link, so a restored chat can show it again.
        const upload = attachment && link ? await linkedPhoto(attachment, link) : null;
        return {
          role,
          kind,
          text,
          ...(buttons ? { buttons } : {}),
          ...(upload ? { upload } : {}),
          createdAt,
        };
      }),
    );
    return c.json({
      sessionId,
      state: history.state,
      messages,
      ...(history.rating ? { rating: history.rating } : {}),
    } satisfies HistoryResponse);
  })
  /** Thumbs up/down at the end: stored with the session, counted in the metrics (a repeat only once). */
  .post("/rating", jsonBodyLimit(), requireJsonBody(), validateJson(ratingRequestSchema), async (c) => {
    const { sessionId, rating } = c.req.valid("json");
    const outcome = await c.env.CHAT_SESSION.getByName(sessionId).rate(rating);
    if (!outcome.ok) throw refusalError(outcome);
    if (outcome.previous !== rating && settings(c.env).config.METRICS_ENABLED) {
      const sample = { version: c.env.VERSION.id || "unknown", rating, at: Date.now() };
      recordRating(sample, { namespace: c.env.METRICS, waitUntil: (p) => c.executionCtx.waitUntil(p) });
    }
    return c.json({ ok: true } satisfies RatingResponse);
  });

const wantsStream = (accept: string | undefined) => /\btext\/event-stream\b/i.test(accept ?? "");

/** 128 random bits, URL-safe, like the widget's own ids. */
function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A turn's answer, or its refusal as the one error shape (src/refusals.ts). */
function unwrap(outcome: TurnOutcome): ChatResponse {
  if (outcome.ok) return outcome.response;
  throw refusalError(outcome);
}
