// Failures the chat widget must survive, in Debian's Chromium against the local stack: offline, a
// 429 with Retry-After, a 500, and a stream cut after the server took the turn. Each shows a clear
// message and a retry; typed text is never lost and a turn is never sent twice. Failures are made
// with Playwright's request interception (the network edge), the rest is the real stack.
// Screenshots: test-results/widget-offline.png, widget-rate-limited.png. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  alert,
  chip,
  input,
  newPage,
  openDemo,
  press,
  screenshot,
  user,
  useStackAndBrowser,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const env = useStackAndBrowser();

/** The demo page with the notice accepted: two answers on screen. */
async function readyChat() {
  const opened = await newPage(env.browser);
  await openDemo(opened.page, env.stack.url);
  await opened.page.locator("sti-chat-widget .launcher").click();
  await waitForReplies(opened.page, 1);
  await press(opened.page, "Acepto", 2);
  return opened;
}

const retry = (page) => page.locator("sti-chat-widget .alert button.retry");
const TEXT = "soy Ana, mi notebook no prende";

test("offline: a clear message, the text stays in the box, retry sends it once back online", async () => {
  const { context, page, problems } = await readyChat();
  await context.setOffline(true);
  await input(page).fill(TEXT);
  await input(page).press("Enter");
  await alert(page).waitFor({ timeout: WAIT_MS });
  assert.match((await alert(page).textContent()) ?? "", /sin conexión.*no se perdió/);
  assert.equal(await input(page).inputValue(), TEXT);
  assert.equal(await user(page).count(), 1, "the unsent message is not shown as sent");
  await chip(page, "Prefiero no decirlo").waitFor({ timeout: WAIT_MS });
  await screenshot(page, "offline");

  await context.setOffline(false);
  await retry(page).click();
  await waitForReplies(page, 3);
  await alert(page).waitFor({ state: "hidden", timeout: WAIT_MS });
  assert.equal(await input(page).inputValue(), "");
  assert.equal(await user(page).count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a 429 says how long to wait, a 500 offers a retry; the text survives both", async () => {
  const { context, page, problems } = await readyChat();
  /** @type {{ status: number, headers: Record<string, string>, code: string }[]} */
  const failures = [
    { status: 429, headers: { "Retry-After": "7" }, code: "rate_limited" },
    { status: 500, headers: {}, code: "internal" },
  ];
  await page.route("**/api/chat", async (route) => {
    const failure = failures.shift();
    if (!failure) return route.continue();
    await route.fulfill({
      status: failure.status,
      headers: { "Content-Type": "application/json", ...failure.headers },
      body: JSON.stringify({ error: { code: failure.code, message: "refused by the test" } }),
    });
  });

  await input(page).fill(TEXT);
  await input(page).press("Enter");
  await alert(page).getByText("Esperá 7 segundos").waitFor({ timeout: WAIT_MS });
  assert.equal(await input(page).inputValue(), TEXT);
  await screenshot(page, "rate-limited");

  await retry(page).click();
  await alert(page).getByText("Algo falló de nuestro lado").waitFor({ timeout: WAIT_MS });
  assert.equal(await input(page).inputValue(), TEXT);

  await retry(page).click();
  assert.match((await (await waitForReplies(page, 3)).textContent()) ?? "", /Notebook/);
  assert.equal(await user(page).count(), 2);
  assert.equal(await input(page).inputValue(), "");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a suggested answer that failed comes back, and retry presses it again", async () => {
  const { context, page, problems } = await readyChat();
  let failed = false;
  await page.route("**/api/chat", async (route) => {
    if (failed) return route.continue();
    failed = true;
    await route.fulfill({ status: 503, contentType: "application/json", body: "{}" });
  });
  await chip(page, "Prefiero no decirlo").click();
  await alert(page).getByText("Algo falló").waitFor({ timeout: WAIT_MS });
  await chip(page, "Prefiero no decirlo").waitFor({ timeout: WAIT_MS });
  assert.equal(await user(page).count(), 1);
  await retry(page).click();
  await waitForReplies(page, 3);
  assert.equal(await user(page).last().textContent(), "Vos: Prefiero no decirlo");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a stream cut after the server took the turn: the answer comes from the history, sent once", async () => {
  const { context, page, problems } = await readyChat();
  let cut = false;
  await page.route("**/api/chat", async (route) => {
    if (cut) return route.continue();
    cut = true;
    // The real turn runs and is stored; the browser only gets the stream up to before `done`.
    const response = await route.fetch();
    const body = (await response.text()).split("event: done")[0];
    await route.fulfill({ response, body });
  });
  await input(page).fill(TEXT);
  await input(page).press("Enter");
  await alert(page).getByText("Se cortó la conexión").waitFor({ timeout: WAIT_MS });
  await retry(page).click();
  assert.match((await (await waitForReplies(page, 3)).textContent()) ?? "", /Notebook/);
  assert.deepEqual(await user(page).allTextContents(), ["Vos: Acepto ✅", `Vos: ${TEXT}`]);
  assert.deepEqual(problems, []);
  await context.close();
});
