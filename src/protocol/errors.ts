/** The one JSON error shape and its stable codes. */

/** Stable error codes of the one JSON error shape (docs/api.md lists them). */
export const ERROR_CODES = [
  "bad_request",
  "invalid_json",
  "invalid_multipart",
  "validation_failed",
  "invalid_session_id",
  "payload_too_large",
  "unsupported_media_type",
  "unauthorized",
  "forbidden",
  "csrf_failed",
  "sign_in_throttled",
  "conflict",
  "invalid_signature",
  "not_found",
  "method_not_allowed",
  "rate_limited",
  "new_sessions_rate_limited",
  "uploads_rate_limited",
  "too_many_uploads",
  "photos_not_accepted",
  "conversation_full",
  "service_unavailable",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every error response, and the `error` event of a stream. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId?: string };
}
