import { type Context, Hono } from "hono";
import type { AppEnv } from "../types";

/**
 * Where scripts/build-widget.mjs puts the desk app's script and stylesheet, built from src/desk/.
 * Static assets outside `/desk/*` (wrangler.toml's `run_worker_first`), so they are served without
 * the Worker; revalidated on every load by the build's `_headers`.
 */
export const DESK_SCRIPT = "/desk-assets/desk.js";
export const DESK_STYLESHEET = "/desk-assets/desk.css";

/** The demo page's policy (DEMO_CSP in scripts/build-widget.mjs), with no base or form targets either. */
const DESK_CSP =
  "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The shell of the desk app: no data, no inline script or style. The bundled src/desk/main.ts
 * checks the session and draws every screen; until it runs, the page says it is loading (in both
 * of the desk's languages), and without JavaScript it says so.
 */
export const DESK_PAGE_HTML = `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>STI · Mesa de ayuda</title>
<link rel="stylesheet" href="${DESK_STYLESHEET}">
</head>
<body>
<div id="app"><main class="boot"><p>Cargando… <span lang="en">Loading…</span></p>
<noscript><p>La mesa de ayuda necesita JavaScript. <span lang="en">The desk needs JavaScript.</span></p></noscript></main></div>
<script src="${DESK_SCRIPT}" defer></script>
</body>
</html>
`;

const shell = (c: Context<AppEnv>) => {
  c.header("Content-Security-Policy", DESK_CSP);
  c.header("Cache-Control", "no-store");
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Robots-Tag", "noindex");
  return c.html(DESK_PAGE_HTML);
};

/**
 * The desk (`/desk`, and its deep links `/desk/tickets/<id>`, `/desk/staff`): every path answers
 * the same shell and the app routes in the browser (history API). It holds no data, so it needs no
 * session: the app signs in through `/api/desk/*`.
 */
export const deskPageRoutes = new Hono<AppEnv>().get("/desk", shell).get("/desk/*", shell);
