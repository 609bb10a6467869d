import { createMiddleware } from "hono/factory";
import { type ClientLimitName, clientKey } from "../lib/client-limits";
import { clientLimiters } from "../limits/client-limiter";
import { clientLimitRefusal, refusalError } from "../refusals";
import type { AppEnv } from "../types";

/** Cloudflare sets it on every request from the internet; nobody can send their own through it. */
export const CLIENT_ADDRESS_HEADER = "CF-Connecting-IP";

/** The key the request's client is counted under (null: not counted; see clientKey). */
export const clientOf = (request: Request): string | null =>
  clientKey(request.headers.get(CLIENT_ADDRESS_HEADER));

export interface ClientRateLimitOptions {
  /** Which of CLIENT_LIMITS the route counts. */
  limit: Extract<ClientLimitName, "upload">;
  /** The refusal (src/refusals.ts) over the limit: 429 with `Retry-After`. */
  refusal: "uploads_rate_limited";
}

/**
 * Counts the request against a per-client limit before the handler runs (so before its body is
 * read), and refuses it over the limit. A failing limiter lets the request through (logged).
 */
export const clientRateLimit = (options: ClientRateLimitOptions) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const verdict = await clientLimiters(c.env)[options.limit].check(clientOf(c.req.raw));
    if (!verdict.ok) throw refusalError(clientLimitRefusal(options.refusal, verdict.retryAfterSeconds));
    await next();
  });
