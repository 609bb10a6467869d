import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { PhotoStatus, TurnRefusal } from "../durable-objects/chat-session/contract";
import { AppError } from "./errors";
import type { ErrorBody, ErrorCode } from "./protocol";

/**
 * The one table from a refused turn (chat, greeting, photo or rating) to its HTTP status and error
 * code. The chat and upload routes throw it as an AppError; a streamed turn sends the same code and
 * message in its `error` event.
 */
const REFUSALS: { readonly [K in TurnRefusal["error"]]: { status: ContentfulStatusCode; code: ErrorCode } } =
  {
    rate_limited: { status: 429, code: "rate_limited" },
    new_sessions_rate_limited: { status: 429, code: "new_sessions_rate_limited" },
    uploads_rate_limited: { status: 429, code: "uploads_rate_limited" },
    invalid_action: { status: 400, code: "validation_failed" },
    unknown_session: { status: 404, code: "not_found" },
    too_many_photos: { status: 409, code: "too_many_uploads" },
    not_accepting_photos: { status: 409, code: "photos_not_accepted" },
    conversation_full: { status: 409, code: "conversation_full" },
  };

/** The limits' messages: the same for every refusal of a kind (the wait is in `Retry-After`). */
const LIMIT_MESSAGES: Record<Extract<TurnRefusal, { retryAfterSeconds: number }>["error"], string> = {
  rate_limited: "Too many messages; wait a moment and try again",
  new_sessions_rate_limited: "Too many new conversations from your network; wait a minute and try again",
  uploads_rate_limited: "Too many photos from your network; wait a minute and send it again",
};

export const UNKNOWN_SESSION_MESSAGE = "Unknown session: start the conversation with /api/greeting first";

export function refusalBody(refusal: TurnRefusal): ErrorBody["error"] {
  const { code } = REFUSALS[refusal.error];
  return { code, message: "message" in refusal ? refusal.message : LIMIT_MESSAGES[refusal.error] };
}

export function refusalError(refusal: TurnRefusal): AppError {
  const { code, message } = refusalBody(refusal);
  const headers: Record<string, string> =
    "retryAfterSeconds" in refusal ? { "Retry-After": String(refusal.retryAfterSeconds) } : {};
  return new AppError(REFUSALS[refusal.error].status, code, message, headers);
}

/** A per-client limit's refusal (src/limits/client-limiter.ts), in the refusal table's terms. */
export function clientLimitRefusal(
  error: "new_sessions_rate_limited" | "uploads_rate_limited",
  retryAfterSeconds: number,
): TurnRefusal {
  return { ok: false, error, retryAfterSeconds };
}

/**
 * Whether a photo may join the conversation: the upload route asks before it stores anything, and
 * the session object asks again under its turn lock (a race past the count, an erasure in between).
 */
export function photoRefusal(status: PhotoStatus, maxPhotos: number | undefined): TurnRefusal | null {
  if (!status.exists) return { ok: false, error: "unknown_session", message: UNKNOWN_SESSION_MESSAGE };
  if (!status.accepting) {
    return {
      ok: false,
      error: "not_accepting_photos",
      message:
        "Photos are accepted once the privacy notice is accepted, while the conversation is open; this one was not stored",
    };
  }
  if (maxPhotos !== undefined && status.photos >= maxPhotos) {
    return {
      ok: false,
      error: "too_many_photos",
      message: `At most ${maxPhotos} photos per conversation; this one was not stored`,
    };
  }
  return null;
}
