// Version affinity in the widget, in Debian's Chromium against the local stack: during a gradual
// deployment Cloudflare's edge keeps every request carrying the same `Cloudflare-Workers-Version-Key`
// on one Worker version, so the widget sends its session id in that header on every API call of a
// conversation (greeting, turns, photo, rating, history after a reload). Locally there is one
// version; what is proven is what the browser sends. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  newPage,
  noisyPng,
  openDemo,
  press,
  say,
  useStackAndBrowser,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const env = useStackAndBrowser();

const storedSessionId = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("sti-chat") ?? "{}").sessionId ?? null);

/**
 * The widget's own API calls (fetch and XMLHttpRequest) with the headers Chromium sent. A
 * thumbnail's <img> cannot carry headers, and a stored photo reads the same on any version.
 */
function recordApiCalls(page) {
  const pending = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith("/api/") || !["fetch", "xhr"].includes(request.resourceType())) return;
    pending.push(
      request.allHeaders().then((headers) => ({
        call: `${request.method()} ${pathname}`,
        key: headers["cloudflare-workers-version-key"] ?? null,
      })),
    );
  });
  return () => Promise.all(pending);
}

test("every API call of a conversation carries Cloudflare-Workers-Version-Key: <session id>", async () => {
  const { context, page, problems } = await newPage(env.browser, { locale: "es-AR" });
  const calls = recordApiCalls(page);
  await openDemo(page, env.stack.url);
  await page.locator("sti-chat-widget .launcher").click();
  await waitForReplies(page, 1);
  const sessionId = await storedSessionId(page);
  assert.match(sessionId ?? "", /^[0-9a-f]{32}$/);

  await press(page, "Acepto", 2);
  const chooser = page.waitForEvent("filechooser", { timeout: WAIT_MS });
  await page.locator("sti-chat-widget button.attach").click();
  await (await chooser).setFiles({ name: "pantalla.png", mimeType: "image/png", buffer: noisyPng(40, 40) });
  assert.match((await (await waitForReplies(page, 3)).textContent()) ?? "", /Recibí la foto/);
  await say(page, "soy Ana, mi notebook no prende", 4);
  await press(page, "El problema persiste", 5);
  await press(page, "Hablar con un técnico", 6);
  // The hand-off asks for a phone or an email; the rating follows the answer.
  await press(page, "No, gracias", 7);
  await page.locator("sti-chat-widget .rate", { hasText: "Sí, me sirvió" }).click();
  await page.locator("sti-chat-widget .rate-thanks").waitFor({ timeout: WAIT_MS });

  // After a reload the conversation comes back from the history, still under the same key.
  await page.reload();
  await page.locator("sti-chat-widget .launcher").click();
  await waitForReplies(page, 7);

  const recorded = await calls();
  const kinds = new Set(recorded.map(({ call }) => call.replace(/\/api\/history\/.+$/, "/api/history/:id")));
  assert.deepEqual([...kinds].sort(), [
    "GET /api/history/:id",
    "POST /api/chat",
    "POST /api/greeting",
    "POST /api/rating",
    "POST /api/upload",
  ]);
  for (const { call, key } of recorded) assert.equal(key, sessionId, call);
  assert.deepEqual(problems, []);
  await context.close();
});
