// Builds the chat widget and the demo page into .build/assets (served by the Worker as static
// assets, see docs/widget.md). Deterministic: the same sources give the same bytes and names.
//
//   widget.<hash>.css   the widget's stylesheet, loaded into its shadow root (cached for a year)
//   widget.<hash>.js    the widget (TypeScript bundled and minified; cached for a year)
//   widget.js           the stable loader shops paste; injects the hashed bundle (5 minutes)
//   index.html, demo.css  the demo page of a fictional repair shop that embeds the widget
//   _headers            caching and, for the demo page, a strict Content-Security-Policy
//   admin-assets/logs.js, logs.css  the operator log page's script and stylesheet (src/admin/logs/),
//                       stable names the Worker's /admin/logs page links to (revalidated each load)
//   desk-assets/desk.js, desk.css  the shop's desk app (src/desk/), stable names the Worker's /desk
//                       shell links to (revalidated each load)
//
// Run: `node scripts/build-widget.mjs` (npm run build:widget). Tests import `buildWidget()`.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE = join(ROOT, "src", "widget");
const ADMIN_SOURCE = join(ROOT, "src", "admin");
/** Must match LOGS_PAGE_SCRIPT and LOGS_PAGE_STYLESHEET in src/observability/logs-page.ts. */
const ADMIN_LOGS = { js: "admin-assets/logs.js", css: "admin-assets/logs.css" };
const DESK_SOURCE = join(ROOT, "src", "desk");
/** Must match DESK_SCRIPT and DESK_STYLESHEET in src/routes/desk-pages.ts. */
const DESK = { js: "desk-assets/desk.js", css: "desk-assets/desk.css" };
export const ASSETS_DIR = join(ROOT, ".build", "assets");

/** What the demo page allows: nothing inline, nothing from elsewhere. */
export const DEMO_CSP =
  "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'";

const IMMUTABLE = "public, max-age=31536000, immutable";
/** Stable names that must pick up a new build at once: the browser revalidates them on every load. */
const REVALIDATE = "no-cache";
const SHORT = "public, max-age=300";
/** Browsers that run the widget; older ones get a page without it, never a broken page. */
const TARGET = ["es2020", "chrome100", "firefox100", "safari15"];

const hashed = (name, ext, bytes) =>
  `${name}.${createHash("sha256").update(bytes).digest("hex").slice(0, 10)}.${ext}`;

async function bundle(entry, options, source = SOURCE) {
  const result = await build({
    entryPoints: [join(source, entry)],
    bundle: true,
    minify: true,
    write: false,
    target: TARGET,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
    ...options,
  });
  const [file] = result.outputFiles ?? [];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return Buffer.from(file.contents);
}

function headersFile({ css, js }) {
  const rule = (path, headers) =>
    `${path}\n${Object.entries(headers)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join("\n")}\n`;
  const page = {
    "Cache-Control": SHORT,
    "Content-Security-Policy": DEMO_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  };
  // One rule per exact path: Cloudflare joins the values of every rule that matches a path.
  return [
    rule(`/${js}`, { "Cache-Control": IMMUTABLE, "X-Content-Type-Options": "nosniff" }),
    rule(`/${css}`, { "Cache-Control": IMMUTABLE, "X-Content-Type-Options": "nosniff" }),
    rule("/widget.js", { "Cache-Control": SHORT, "X-Content-Type-Options": "nosniff" }),
    rule("/demo.css", { "Cache-Control": SHORT, "X-Content-Type-Options": "nosniff" }),
    rule(`/${ADMIN_LOGS.js}`, { "Cache-Control": REVALIDATE, "X-Content-Type-Options": "nosniff" }),
    rule(`/${ADMIN_LOGS.css}`, { "Cache-Control": REVALIDATE, "X-Content-Type-Options": "nosniff" }),
    rule(`/${DESK.js}`, { "Cache-Control": REVALIDATE, "X-Content-Type-Options": "nosniff" }),
    rule(`/${DESK.css}`, { "Cache-Control": REVALIDATE, "X-Content-Type-Options": "nosniff" }),
    rule("/", page),
    rule("/index.html", page),
  ].join("");
}

/** Builds everything; returns the file names written (relative to ASSETS_DIR) and their bytes. */
export async function buildWidget() {
  const cssBytes = await bundle("styles.css", { loader: { ".css": "css" } });
  const css = hashed("widget", "css", cssBytes);
  const jsBytes = await bundle("main.ts", {
    format: "iife",
    tsconfig: join(SOURCE, "tsconfig.json"),
    define: { __WIDGET_CSS__: JSON.stringify(css) },
  });
  const js = hashed("widget", "js", jsBytes);
  const loaderBytes = await bundle("loader.ts", {
    format: "iife",
    tsconfig: join(SOURCE, "tsconfig.json"),
    define: { __WIDGET_JS__: JSON.stringify(js) },
  });
  const adminJs = await bundle(
    join("logs", "main.ts"),
    { format: "iife", tsconfig: join(ADMIN_SOURCE, "tsconfig.json") },
    ADMIN_SOURCE,
  );
  const adminCss = await bundle(join("logs", "logs.css"), { loader: { ".css": "css" } }, ADMIN_SOURCE);
  const deskJs = await bundle(
    "main.ts",
    { format: "iife", tsconfig: join(DESK_SOURCE, "tsconfig.json") },
    DESK_SOURCE,
  );
  const deskCss = await bundle("desk.css", { loader: { ".css": "css" } }, DESK_SOURCE);

  // Only this build's files: no stale hashed bundles pile up next to the current ones.
  rmSync(ASSETS_DIR, { recursive: true, force: true });
  mkdirSync(ASSETS_DIR, { recursive: true });
  writeFileSync(join(ASSETS_DIR, css), cssBytes);
  writeFileSync(join(ASSETS_DIR, js), jsBytes);
  writeFileSync(join(ASSETS_DIR, "widget.js"), loaderBytes);
  copyFileSync(join(SOURCE, "demo", "index.html"), join(ASSETS_DIR, "index.html"));
  copyFileSync(join(SOURCE, "demo", "demo.css"), join(ASSETS_DIR, "demo.css"));
  mkdirSync(join(ASSETS_DIR, "admin-assets"), { recursive: true });
  writeFileSync(join(ASSETS_DIR, ADMIN_LOGS.js), adminJs);
  writeFileSync(join(ASSETS_DIR, ADMIN_LOGS.css), adminCss);
  mkdirSync(join(ASSETS_DIR, "desk-assets"), { recursive: true });
  writeFileSync(join(ASSETS_DIR, DESK.js), deskJs);
  writeFileSync(join(ASSETS_DIR, DESK.css), deskCss);
  writeFileSync(join(ASSETS_DIR, "_headers"), headersFile({ css, js }));
  return {
    dir: ASSETS_DIR,
    css,
    js,
    loader: "widget.js",
    admin: ADMIN_LOGS,
    desk: DESK,
    bytes: {
      css: cssBytes,
      js: jsBytes,
      loader: loaderBytes,
      admin: { js: adminJs, css: adminCss },
      desk: { js: deskJs, css: deskCss },
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const { css, js, loader, bytes } = await buildWidget();
  const size = (b) => `${(b.length / 1024).toFixed(1)} KB`;
  console.log(
    `widget built in ${Math.round(performance.now() - started)} ms: ${js} ${size(bytes.js)}, ` +
      `${css} ${size(bytes.css)}, ${loader} ${size(bytes.loader)} -> ${ASSETS_DIR}`,
  );
}
