// Smart mode in the chat widget: an answer streams in word by word (Server-Sent Events read from the
// POST's body), then the whole answer replaces it. Debian's Chromium against the local stack, whose
// OpenAI calls go to the local OpenAI-compatible mock (test/support/openai-mock.mjs), slowed down so
// the stream is observable. Screenshot: test-results/widget-streaming.png. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startOpenAiMock } from "../support/openai-mock.mjs";
import {
  launchBrowser,
  newPage,
  openDemo,
  press,
  say,
  screenshot,
  startStack,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const ANSWER =
  "Probemos algo más: dejá la notebook sin cargador ni batería un minuto, después enchufá solo el " +
  "cargador y fijate si se enciende alguna luz del teclado o del botón de encendido.";
let mock;
let stack;
let browser;

before(async () => {
  mock = await startOpenAiMock();
  stack = await startStack({ OPENAI_API_KEY: "e2e-key", OPENAI_BASE_URL: mock.baseURL });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stack?.mf.dispose();
  await mock?.close();
});

test("in smart mode an answer arrives word by word, then the whole answer replaces it", async () => {
  const { context, page, problems } = await newPage(browser);
  await openDemo(page, stack.url);
  await page.locator("sti-chat-widget .launcher").click();
  await waitForReplies(page, 1);
  await press(page, "Acepto", 2);
  await say(page, "soy Ana, mi notebook no prende", 3);

  // Only the call for this message (it carries the marker) is slow: one word every 60 ms.
  const marker = `Ref${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")}`.slice(0, 12);
  const scripted = await fetch(`${mock.url}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      marker,
      steps: [{ kind: "ok", content: ANSWER, firstTokenDelayMs: 50, chunkDelayMs: 60 }],
    }),
  });
  assert.equal(scripted.status, 200);
  await page
    .locator("sti-chat-widget textarea")
    .fill(`ya probé eso y sigue sin prender, ¿qué más hago? ${marker}`);
  await page.locator("sti-chat-widget textarea").press("Enter");
  const streaming = page.locator("sti-chat-widget .msg.streaming");
  await streaming.waitFor({ timeout: WAIT_MS });
  // Part of the answer is on screen while the rest is still on its way.
  const partial = await page.waitForFunction(
    (full) => {
      const text = document
        .querySelector("sti-chat-widget")
        ?.shadowRoot?.querySelector(".streaming")?.textContent;
      return text && text.length > 10 && text.length < full.length ? text : null;
    },
    ANSWER,
    { timeout: WAIT_MS, polling: 20 },
  );
  const shown = String(await partial.jsonValue());
  assert.ok(ANSWER.startsWith(shown.trim()), `a prefix of the answer: ${shown}`);
  assert.equal(
    await streaming.getAttribute("aria-hidden"),
    "true",
    "screen readers get the whole answer once",
  );
  await screenshot(page, "streaming");

  const final = await waitForReplies(page, 4);
  assert.match((await final.textContent()) ?? "", /Probemos algo más/);
  await streaming.waitFor({ state: "detached", timeout: WAIT_MS });
  assert.deepEqual(problems, []);
  await context.close();
});
