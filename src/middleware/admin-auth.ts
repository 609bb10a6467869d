import { createMiddleware } from "hono/factory";
import { settings } from "../config";
import { AppError } from "../errors";
import type { AppEnv } from "../types";

export interface AdminAuthOptions {
  /** Accept `?token=` too (browser pages and EventSource cannot set headers). Default true. */
  allowQueryToken?: boolean;
}

const encoder = new TextEncoder();

/** Compares in constant time: both sides are hashed first so lengths never leak either. */
export async function tokensMatch(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(given)),
    crypto.subtle.digest("SHA-256", encoder.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}

function presentedToken(authorization: string | undefined, query: string | undefined, allowQuery: boolean) {
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? (allowQuery ? query : undefined);
}

/**
 * Admin routes: `Authorization: Bearer <LOG_TOKEN>` or `?token=`.
 * No token configured means closed (401), and in production a 503 that names the missing secret.
 */
export const adminAuth = (options: AdminAuthOptions = {}) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { config, secrets } = settings(c.env);
    const { logToken } = secrets;
    if (!logToken) {
      if (config.ENVIRONMENT === "production") {
        throw new AppError(
          503,
          "service_unavailable",
          "Admin routes are disabled: the LOG_TOKEN secret is not set (wrangler secret put LOG_TOKEN)",
        );
      }
      throw new AppError(401, "unauthorized", "Admin routes are closed: no LOG_TOKEN is configured");
    }
    const given = presentedToken(
      c.req.header("Authorization"),
      c.req.query("token"),
      options.allowQueryToken ?? true,
    );
    if (!given || !(await tokensMatch(given, logToken))) {
      c.header("WWW-Authenticate", 'Bearer realm="sti-chat-admin"');
      throw new AppError(401, "unauthorized", "A valid admin token is required");
    }
    await next();
  });
