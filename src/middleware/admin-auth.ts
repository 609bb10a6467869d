import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { settings } from "../config";
import { AppError } from "../errors";
import { sameSecret } from "../lib/staff/tokens";
import { cookiePrincipal, SESSION_COOKIE } from "../staff/principal";
import type { AppEnv } from "../types";
import { checkCsrf } from "./staff-auth";

export interface AdminAuthOptions {
  /**
   * Whether this request may carry the token as `?token=` instead of the header. Only for what a
   * browser loads without being able to set headers (the log page's EventSource); tokens in URLs
   * end up in browser history, proxies and platform logs. Never honoured on anything but GET.
   * Default: never.
   */
  allowQueryToken?: (c: Context<AppEnv>) => boolean;
}

/** Compares in constant time: both sides are hashed first so lengths never leak either. */
export const tokensMatch = sameSecret;

const bearerOf = (authorization: string | undefined) => authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];

/**
 * Throws unless the request carries the admin token: `Authorization: Bearer <LOG_TOKEN>`, or
 * `?token=` where `allowQueryToken` says so (a presented header always wins); or, with no
 * `Authorization` header, comes from an admin signed in to the desk (its session cookie, and its
 * CSRF token on anything but GET). No token configured and no desk admin means closed (401), and
 * in production a 503 that names the missing secret.
 */
export async function requireAdmin(c: Context<AppEnv>, options: AdminAuthOptions = {}): Promise<void> {
  const { config, secrets } = settings(c.env);
  const { logToken } = secrets;
  if (c.req.header("Authorization") === undefined && c.req.header("Cookie")?.includes(SESSION_COOKIE)) {
    const principal = await cookiePrincipal(c);
    if (principal?.staff.role === "admin") {
      await checkCsrf(c, principal);
      return;
    }
  }
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
  const header = c.req.header("Authorization");
  const query = c.req.query("token");
  const queryAllowed = c.req.method === "GET" && (options.allowQueryToken?.(c) ?? false);
  const given = header !== undefined ? bearerOf(header) : queryAllowed ? query : undefined;
  if (given && (await tokensMatch(given, logToken))) return;
  c.header("WWW-Authenticate", 'Bearer realm="sti-chat-admin"');
  throw new AppError(
    401,
    "unauthorized",
    header === undefined && query !== undefined && !queryAllowed
      ? "Send the admin token as Authorization: Bearer <token>; ?token= is accepted only by the live log stream"
      : "A valid admin token is required (Authorization: Bearer <token>)",
  );
}

/**
 * Whether the request carries the admin token in `Authorization: Bearer`, for routes that answer
 * everyone but tell admins more (`/api/health`). Never throws: no token configured means no.
 */
export async function hasAdminToken(c: Context<AppEnv>): Promise<boolean> {
  const { logToken } = settings(c.env).secrets;
  const given = bearerOf(c.req.header("Authorization"));
  return logToken !== null && given !== undefined && (await tokensMatch(given, logToken));
}

/** Admin routes: the token in `Authorization: Bearer` (see `requireAdmin`). */
export const adminAuth = (options: AdminAuthOptions = {}) =>
  createMiddleware<AppEnv>(async (c, next) => {
    await requireAdmin(c, options);
    await next();
  });
