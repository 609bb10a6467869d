// CORS as a real browser applies it: a shop's page on another origin calls the API the way the embedded
// widget does. Its origin listed in WIDGET_ORIGINS: the calls work and a 429's Retry-After is readable;
// any other origin: the browser blocks the answer. Admin routes stay closed to both. Against the local
// stack, with Debian's Chromium; run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, test } from "node:test";
import { chromium } from "playwright-core";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";

let shop;
let stack;
let browser;

before(async () => {
  // One tiny server, two origins: http://127.0.0.1:<port> (the listed shop) and http://localhost:<port>.
  shop = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>Shop</title><p>Shop page</p>");
  });
  await new Promise((resolve) => shop.listen(0, "127.0.0.1", resolve));
  const { port } = shop.address();
  stack = await startWorker(
    buildWorker(),
    // One turn a minute, so the second turn is a 429.
    { WIDGET_ORIGINS: `http://127.0.0.1:${port}`, RATE_LIMIT_PER_MINUTE: "1", LOG_TOKEN: "e2e-token" },
    { quiet: true },
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});

after(async () => {
  await browser?.close();
  await stack?.mf.dispose();
  shop?.close();
});

async function shopPage(host) {
  const page = await browser.newPage();
  await page.goto(`http://${host}:${shop.address().port}/`);
  return page;
}

/** Runs in the shop's page: what its script could see of each call (or that the browser blocked it). */
function callApi(page, calls) {
  return page.evaluate(
    async ({ api, calls }) => {
      const results = [];
      for (const { path, body, headers = {} } of calls) {
        try {
          const res = await fetch(`${api}${path}`, {
            method: body ? "POST" : "GET",
            credentials: "omit",
            headers: body ? { "Content-Type": "application/json", ...headers } : headers,
            body: body ? JSON.stringify(body) : undefined,
          });
          const json = await res.json();
          results.push({ status: res.status, retryAfter: res.headers.get("Retry-After"), json });
        } catch (error) {
          results.push({ blocked: String(error) });
        }
      }
      return results;
    },
    { api: stack.url, calls },
  );
}

test("a listed origin talks to the widget API, errors and Retry-After included", async () => {
  const page = await shopPage("127.0.0.1");
  const sessionId = `e2e${Date.now()}`;
  const [greeting, limited, rating, history] = await callApi(page, [
    { path: "/api/greeting", body: { sessionId } },
    { path: "/api/chat", body: { sessionId, message: "hola" } },
    { path: "/api/rating", body: { sessionId, rating: "up" } },
    { path: `/api/history/${sessionId}` },
  ]);
  assert.equal(greeting.status, 200);
  assert.equal(greeting.json.sessionId, sessionId);
  assert.equal(limited.status, 429);
  assert.equal(limited.json.error.code, "rate_limited");
  assert.ok(Number(limited.retryAfter) >= 1, `Retry-After readable: ${limited.retryAfter}`);
  // The rating counts toward the same limit.
  assert.equal(rating.status, 429);
  assert.equal(history.status, 200);
  assert.equal(history.json.messages.length, 1);
});

test("another origin's page gets nothing: the browser blocks the answers", async () => {
  const page = await shopPage("localhost");
  const results = await callApi(page, [
    { path: "/api/greeting", body: { sessionId: `e2e${Date.now()}` } },
    { path: "/api/health" },
  ]);
  for (const result of results) assert.match(result.blocked ?? "", /Failed to fetch/);
});

test("admin routes are closed to the listed origin too", async () => {
  const page = await shopPage("127.0.0.1");
  const results = await callApi(page, [
    { path: "/api/tickets", headers: { Authorization: "Bearer e2e-token" } },
    { path: "/api/metrics" },
    { path: "/api/sessions?token=e2e-token" },
  ]);
  for (const result of results) assert.match(result.blocked ?? "", /Failed to fetch/);
});
