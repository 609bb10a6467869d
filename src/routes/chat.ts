import { Hono } from "hono";
import type { TurnOutcome } from "../../durable-objects/chat-session";
import { AppError } from "../errors";
import { jsonBodyLimit } from "../middleware/body-limit";
import { requireJsonBody, validateJson } from "../middleware/validate";
import type { ChatResponse } from "../protocol";
import { chatRequestSchema, greetingRequestSchema } from "../schemas";
import type { AppEnv } from "../types";

/** The conversation API: `POST /api/greeting` and `POST /api/chat`. */
export const chatRoutes = new Hono<AppEnv>()
  .post("/greeting", jsonBodyLimit(), requireJsonBody(), validateJson(greetingRequestSchema), async (c) => {
    const body = c.req.valid("json");
    const sessionId = body.sessionId ?? newSessionId();
    const outcome = await c.env.CHAT_SESSION.getByName(sessionId).greet(sessionId, body.language);
    return c.json(unwrap(outcome));
  })
  .post("/chat", jsonBodyLimit(), requireJsonBody(), validateJson(chatRequestSchema), async (c) => {
    const body = c.req.valid("json");
    const origin = new URL(c.req.url).origin;
    const outcome = await c.env.CHAT_SESSION.getByName(body.sessionId).chat({ ...body, origin });
    return c.json(unwrap(outcome));
  });

/** 128 random bits, URL-safe, like the widget's own ids. */
function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function unwrap(outcome: TurnOutcome): ChatResponse {
  if (outcome.ok) return outcome.response;
  if (outcome.error === "rate_limited") {
    throw new AppError(429, "rate_limited", "Too many messages; wait a moment and try again", {
      "Retry-After": String(outcome.retryAfterSeconds),
    });
  }
  throw new AppError(400, "validation_failed", outcome.message);
}
