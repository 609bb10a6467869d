import { type Context, Hono } from "hono";
import { settings } from "../config";
import { AppError } from "../errors";
import { verifyPassword } from "../lib/staff/password";
import { ignoredBody, jsonBodyLimit } from "../middleware/body-limit";
import { clientOf } from "../middleware/client-rate-limit";
import { checkOrigin, staffAuth } from "../middleware/staff-auth";
import { requireJsonBody, validateJson } from "../middleware/validate";
import { logEvent } from "../observability/log";
import type { DeskSessionResponse, SignedOutResponse } from "../protocol";
import { signInRequestSchema } from "../schemas";
import { accessStaff, clearSessionCookie, type StaffPrincipal, startSession } from "../staff/principal";
import {
  clearAccountFailures,
  deleteSession,
  deleteSessionsOf,
  recentFailures,
  recordFailure,
  staffByEmail,
  toStaffMember,
} from "../storage/staff";
import type { AppEnv } from "../types";

const sessionResponse = ({ staff, session }: StaffPrincipal): DeskSessionResponse => ({
  staff: toStaffMember(staff),
  csrfToken: session.csrf_token,
  via: session.via,
  expiresAt: new Date(session.expires_at).toISOString(),
});

/** Every desk answer about a session is private to the browser that asked. */
const noStore = (c: Context<AppEnv>) => c.header("Cache-Control", "no-store");

/** Sign-in, Cloudflare Access, who am I, sign-out (here and everywhere). */
export const deskAuthRoutes = new Hono<AppEnv>()
  .post("/desk/sign-in", jsonBodyLimit(), requireJsonBody(), validateJson(signInRequestSchema), async (c) => {
    // A sign-in from another site (login CSRF) is refused like any state-changing call.
    checkOrigin(c);
    noStore(c);
    const { email, password } = c.req.valid("json");
    const { config } = settings(c.env);
    const windowMs = config.SIGN_IN_WINDOW_MINUTES * 60_000;
    const now = Date.now();
    const subjects = { account: email, address: clientOf(c.req.raw) };
    const failures = await recentFailures(c.env.DB, subjects, now - windowMs);
    if (
      failures.account >= config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ||
      failures.address >= config.SIGN_IN_MAX_FAILURES_PER_ADDRESS
    ) {
      logEvent("warn", "sign_in_throttled", {
        scope: failures.account >= config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ? "account" : "address",
      });
      throw new AppError(429, "sign_in_throttled", "Too many failed sign-ins; wait and try again", {
        "Retry-After": String(config.SIGN_IN_WINDOW_MINUTES * 60),
      });
    }
    const staff = await staffByEmail(c.env.DB, email);
    const usable = staff && staff.active === 1 ? staff.password_hash : null;
    if (!staff || !(await verifyPassword(password, usable))) {
      await recordFailure(c.env.DB, subjects, now, windowMs);
      logEvent("warn", "sign_in_failed", {});
      throw new AppError(401, "unauthorized", "Wrong email or password");
    }
    await clearAccountFailures(c.env.DB, email);
    const principal = await startSession(c, staff, "password");
    logEvent("info", "sign_in", { staffId: staff.id, via: "password" });
    return c.json(sessionResponse(principal));
  })
  /** Behind Cloudflare Access: the identity token becomes a desk session (no password). */
  .post("/desk/access", ignoredBody(), async (c) => {
    checkOrigin(c);
    noStore(c);
    const outcome = await accessStaff(c);
    if (!outcome.ok) {
      const code =
        outcome.status === 401
          ? "unauthorized"
          : outcome.status === 403
            ? "forbidden"
            : "service_unavailable";
      throw new AppError(outcome.status, code, outcome.message);
    }
    const principal = await startSession(c, outcome.staff, "access");
    logEvent("info", "sign_in", { staffId: outcome.staff.id, via: "access" });
    return c.json(sessionResponse(principal));
  })
  .get("/desk/me", staffAuth(), (c) => {
    noStore(c);
    return c.json(sessionResponse(c.get("staff")));
  })
  .post("/desk/sign-out", ignoredBody(), staffAuth(), async (c) => {
    const signedOut = await deleteSession(c.env.DB, c.get("staff").session.token_hash);
    clearSessionCookie(c);
    return c.json({ signedOut } satisfies SignedOutResponse);
  })
  .post("/desk/sign-out-everywhere", ignoredBody(), staffAuth(), async (c) => {
    const { staff } = c.get("staff");
    const signedOut = await deleteSessionsOf(c.env.DB, staff.id);
    clearSessionCookie(c);
    logEvent("info", "signed_out_everywhere", { staffId: staff.id, sessions: signedOut });
    return c.json({ signedOut } satisfies SignedOutResponse);
  });
