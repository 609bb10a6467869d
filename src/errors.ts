import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorBody } from "./protocol";

/** Stable, documented error codes (docs/api.md lists them). */
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "invalid_multipart"
  | "validation_failed"
  | "invalid_session_id"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unauthorized"
  | "invalid_signature"
  | "not_found"
  | "method_not_allowed"
  | "rate_limited"
  | "too_many_uploads"
  | "photos_not_accepted"
  | "service_unavailable"
  | "internal";

/** The one error type the app throws; `onError` turns it into the one JSON error shape. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function errorBody(code: ErrorCode, message: string, requestId?: string): ErrorBody {
  return { error: { code, message, ...(requestId ? { requestId } : {}) } };
}
