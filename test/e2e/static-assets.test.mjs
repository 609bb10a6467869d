// The widget's static site as the edge serves it (Workers static assets in front of the Worker, routed
// as wrangler.toml's [assets] says), against the local stack: demo page, entry script and hashed files
// with the caching and Content-Security-Policy of the build's `_headers` (docs/widget.md), and every
// API, operator and ticket path still answered by the Worker. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";

const ASSETS = ".build/assets";
const IMMUTABLE = "public, max-age=31536000, immutable";
const PAGE_CSP =
  "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
let stack;

before(async () => {
  stack = await startWorker(buildWorker(), {}, { quiet: true });
});

after(async () => {
  await stack?.mf.dispose();
});

const get = async (path, init) => {
  const res = await fetch(`${stack.url}${path}`, init);
  return { res, body: await res.text() };
};

/** Short: seconds, never `immutable` (the stable names must pick up a new build soon). */
function assertShortCache(res, path) {
  const cache = res.headers.get("Cache-Control") ?? "";
  const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? Number.NaN);
  assert.ok(maxAge >= 0 && maxAge <= 3600, `${path}: Cache-Control ${cache}`);
  assert.doesNotMatch(cache, /immutable/, path);
}

test("the demo page is served at / with the strict CSP, a short cache and no cookie", async () => {
  const { res, body } = await get("/");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("Content-Type") ?? "", /^text\/html/);
  assert.equal(res.headers.get("Content-Security-Policy"), PAGE_CSP);
  assertShortCache(res, "/");
  assert.equal(res.headers.get("Set-Cookie"), null);
  assert.match(body, /<script[^>]+src="[^"]*widget\.js"/);
  // Nothing the CSP would block: no inline script, no inline style.
  assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)[^>]*>/i);
  assert.doesNotMatch(body, /<style\b|\sstyle=|\son[a-z]+=/i);
});

test("the entry script is short-cached JavaScript; hashed files are immutable", async () => {
  const entry = await get("/widget.js");
  assert.equal(entry.res.status, 200);
  assert.match(entry.res.headers.get("Content-Type") ?? "", /javascript/);
  assertShortCache(entry.res, "/widget.js");

  const files = readdirSync(ASSETS);
  const hashed = files.filter((f) => /^widget\.[A-Za-z0-9_-]+\.(js|css)$/.test(f));
  assert.ok(hashed.some((f) => f.endsWith(".js")) && hashed.some((f) => f.endsWith(".css")), files.join());
  for (const file of hashed) {
    const { res } = await get(`/${file}`);
    assert.equal(res.status, 200, file);
    assert.match(res.headers.get("Content-Type") ?? "", file.endsWith(".css") ? /text\/css/ : /javascript/);
    assert.equal(res.headers.get("Cache-Control"), IMMUTABLE, file);
  }
});

test("API, operator and ticket paths reach the Worker; a missing file is the Worker's JSON 404", async () => {
  const health = await get("/api/health");
  assert.equal(health.res.status, 200);
  assert.ok(health.res.headers.get("X-Request-Id"));
  assert.equal(JSON.parse(health.body).status, "ok");

  const logs = await get("/admin/logs");
  assert.equal(logs.res.status, 200);
  assert.ok(logs.res.headers.get("X-Request-Id"));

  for (const path of ["/ticket/STI-20261128-K7M2QX", "/api/no-such-route", "/no-such-file.js"]) {
    const { res, body } = await get(path);
    assert.equal(res.status, 404, path);
    assert.ok(res.headers.get("X-Request-Id"), path);
    assert.equal(JSON.parse(body).error.code, "not_found", path);
  }
});

test("the demo page loads in Chromium without a CSP violation", async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    const res = await page.goto(`${stack.url}/`, { waitUntil: "load" });
    assert.equal(res?.status(), 200);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(problems, []);
    const cookies = await page.context().cookies();
    assert.deepEqual(cookies, []);
  } finally {
    await browser.close();
  }
});
