import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { AppError } from "../errors";
import { sameSecret } from "../lib/staff/tokens";
import { CSRF_HEADER, type StaffRole } from "../protocol";
import { cookiePrincipal, isRole, type StaffPrincipal } from "../staff/principal";
import type { AppEnv } from "../types";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing call from a signed-in browser must come from the desk itself: the session's
 * CSRF token in `X-CSRF-Token` (a cross-site page cannot read it), and, when the browser says
 * where it comes from, our own origin. The cookie's SameSite=Strict is a second line, not the only one.
 */
export async function checkCsrf(c: Context<AppEnv>, principal: StaffPrincipal): Promise<void> {
  if (SAFE_METHODS.has(c.req.method)) return;
  checkOrigin(c);
  const given = c.req.header(CSRF_HEADER);
  if (!given || !(await sameSecret(given, principal.session.csrf_token))) {
    throw new AppError(403, "csrf_failed", `Send the session's CSRF token in ${CSRF_HEADER}`);
  }
}

/** Refuses a request whose `Origin` (or, lacking it, `Sec-Fetch-Site`) says it came from another site. */
export function checkOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header("Origin");
  const site = c.req.header("Sec-Fetch-Site");
  const foreign =
    origin !== undefined
      ? origin !== new URL(c.req.url).origin
      : site !== undefined && site !== "same-origin" && site !== "none";
  if (foreign)
    throw new AppError(403, "csrf_failed", "Desk calls are accepted from the desk's own origin only");
}

/**
 * Desk routes: a signed-in member of staff (any role, or `admin`), with CSRF checked on every
 * state-changing call. Sets `staff` for the handler.
 */
export const staffAuth = (role: StaffRole = "technician") =>
  createMiddleware<AppEnv>(async (c, next) => {
    const principal = await cookiePrincipal(c);
    if (!principal) throw new AppError(401, "unauthorized", "Sign in to the desk first");
    if (!isRole(principal, role)) throw new AppError(403, "forbidden", "Only an admin can do this");
    await checkCsrf(c, principal);
    c.set("staff", principal);
    await next();
  });
