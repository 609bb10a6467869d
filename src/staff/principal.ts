import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { settings } from "../config";
import { tokenKeyId, verifyAccessToken } from "../lib/staff/access-jwt";
import { randomToken, tokenHash } from "../lib/staff/tokens";
import { logEvent } from "../observability/log";
import type { StaffRole } from "../protocol";
import {
  activeSession,
  insertSession,
  type StaffPrincipal,
  type StaffRow,
  type StaffSessionRow,
  staffByEmail,
} from "../storage/staff";
import type { AppEnv } from "../types";
import { accessKeys } from "./access-keys";

export type { StaffPrincipal } from "../storage/staff";

/**
 * Who is signed in to the desk: a session cookie (HttpOnly, Secure, SameSite=Strict; the server
 * keeps the session in D1 and only the token's hash), made by a password sign-in or by exchanging
 * a Cloudflare Access identity token. The one place that reads and writes the cookie.
 */
export const SESSION_COOKIE = "__Host-sti_desk";
export const ACCESS_HEADER = "Cf-Access-Jwt-Assertion";

export const isRole = (principal: StaffPrincipal, role: StaffRole) =>
  role === "technician" || principal.staff.role === "admin";

/** Starts a session for `staff`: stores it and sets the cookie on the response. */
export async function startSession(
  c: Context<AppEnv>,
  staff: StaffRow,
  via: StaffSessionRow["via"],
): Promise<StaffPrincipal> {
  const token = randomToken();
  const now = Date.now();
  const hours = settings(c.env).config.DESK_SESSION_HOURS;
  const session: StaffSessionRow = {
    token_hash: await tokenHash(token),
    staff_id: staff.id,
    csrf_token: randomToken(),
    via,
    created_at: now,
    expires_at: now + hours * 3_600_000,
  };
  await insertSession(c.env.DB, session);
  setCookie(c, SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    secure: true,
    sameSite: "Strict",
    maxAge: hours * 3600,
  });
  return { staff, session };
}

/** The session behind the request's cookie, or null. */
export async function cookiePrincipal(c: Context<AppEnv>): Promise<StaffPrincipal | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 128) return null;
  return activeSession(c.env.DB, await tokenHash(token), Date.now());
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true, httpOnly: true, sameSite: "Strict" });
}

export type AccessOutcome =
  | { ok: true; staff: StaffRow }
  | { ok: false; status: 401 | 403 | 503; message: string };

/**
 * The staff account Cloudflare Access vouches for: the request's `Cf-Access-Jwt-Assertion`
 * checked against the team's keys, audience, issuer and expiry, its email an active account.
 */
export async function accessStaff(c: Context<AppEnv>): Promise<AccessOutcome> {
  const { ACCESS_TEAM_DOMAIN: team, ACCESS_AUD: audience } = settings(c.env).config;
  if (!team || !audience) return { ok: false, status: 403, message: "Cloudflare Access is not configured" };
  const token = c.req.header(ACCESS_HEADER);
  if (!token) return { ok: false, status: 401, message: `No ${ACCESS_HEADER} header` };
  const keys = await accessKeys(team, tokenKeyId(token));
  if (!keys) return { ok: false, status: 503, message: "Cloudflare Access's keys could not be fetched" };
  const verdict = await verifyAccessToken(token, keys, {
    audience,
    issuer: team,
    now: Math.floor(Date.now() / 1000),
  });
  if (!verdict.ok) {
    logEvent("warn", "access_token_refused", { reason: verdict.reason });
    return { ok: false, status: 401, message: `The Access token was refused (${verdict.reason})` };
  }
  const staff = await staffByEmail(c.env.DB, verdict.email);
  if (!staff || staff.active !== 1) {
    logEvent("warn", "access_no_staff_account", {});
    return { ok: false, status: 403, message: "No active staff account for this Access identity" };
  }
  return { ok: true, staff };
}
