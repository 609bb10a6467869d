import { createMiddleware } from "hono/factory";
import { settings } from "../config";
import { VERSION_KEY_HEADER } from "../protocol";
import type { AppEnv } from "../types";

/**
 * The routes a page on another site (one that embeds the widget) may call from the browser. An
 * allowlist, not a blocklist: a new route, admin or not, gets no CORS headers until it is added here.
 */
export const WIDGET_API_PATHS: readonly RegExp[] = [
  /^\/api\/(greeting|chat|upload|rating)$/,
  /^\/api\/history\/[^/]+$/,
  /^\/api\/upload\/[^/]+$/,
  /^\/api\/gdpr\/(my-data|delete-me)\/[^/]+$/,
];

export interface CorsOptions {
  /** Paths that may answer CORS headers; anything else passes through untouched. */
  paths?: readonly RegExp[];
  /** The allowed origins for this request; default: `WIDGET_ORIGINS` from the parsed config. */
  origins?: (env: Env) => readonly string[];
  /** Preflight cache in seconds (browsers cap it: Chromium at 2 h). */
  maxAgeSeconds?: number;
}

// DELETE: the widget's "erase my data" (`DELETE /api/gdpr/delete-me/:sessionId`).
const ALLOW_METHODS = "GET, POST, DELETE, OPTIONS";
// Cloudflare-Workers-Version-Key: the widget pins a conversation to one Worker version during a
// gradual deployment (src/widget/api.ts); Cloudflare's edge reads it, so a page on another site must
// be allowed to send it.
const ALLOW_HEADERS = `Content-Type, Accept, ${VERSION_KEY_HEADER}`;
/** Readable by the widget's code: when to retry a 429, and the id to quote in a support request. */
const EXPOSE_HEADERS = "Retry-After, X-Request-Id";

/**
 * CORS for the widget's API, for the configured origins only. Never `Allow-Credentials`: the
 * widget sends no cookies and the API sets none. A request from any other origin still gets its
 * normal answer (same-origin requests need no CORS headers); the browser withholds it from a
 * foreign page. Preflights (`OPTIONS` with `Access-Control-Request-Method`) answer 204.
 */
export const cors = (options: CorsOptions = {}) => {
  const paths = options.paths ?? WIDGET_API_PATHS;
  const origins = options.origins ?? ((env: Env) => settings(env).config.WIDGET_ORIGINS);
  const maxAge = String(options.maxAgeSeconds ?? 7_200);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!paths.some((path) => path.test(c.req.path))) return next();
    const origin = c.req.header("Origin");
    const allowed = origin !== undefined && origins(c.env).includes(origin);
    if (c.req.method === "OPTIONS" && c.req.header("Access-Control-Request-Method")) {
      const headers = new Headers({ Vary: "Origin" });
      if (allowed) {
        headers.set("Access-Control-Allow-Origin", origin);
        headers.set("Access-Control-Allow-Methods", ALLOW_METHODS);
        headers.set("Access-Control-Allow-Headers", ALLOW_HEADERS);
        headers.set("Access-Control-Max-Age", maxAge);
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    // The answer depends on Origin: a shared cache must not give one site's answer to another.
    c.header("Vary", "Origin", { append: true });
    if (!allowed) return;
    c.header("Access-Control-Allow-Origin", origin);
    c.header("Access-Control-Expose-Headers", EXPOSE_HEADERS);
  });
};
