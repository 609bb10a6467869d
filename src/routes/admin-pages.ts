import { Hono } from "hono";
import { LOGS_PAGE_HTML } from "../observability/logs-page";
import type { AppEnv } from "../types";

const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Operator pages. They hold no data: the page asks for the admin token and every call it makes
 * goes to the token-protected API, so the page itself can be public. Their scripts and stylesheets
 * are static assets built from src/admin/ (scripts/build-widget.mjs).
 */
export const adminPageRoutes = new Hono<AppEnv>().get("/admin/logs", (c) => {
  c.header("Content-Security-Policy", PAGE_CSP);
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex");
  return c.html(LOGS_PAGE_HTML);
});
