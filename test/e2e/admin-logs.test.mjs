// Browser test of /admin/logs in Debian's Chromium against the local stack (workerd via Miniflare,
// loopback only). Run by `npm run test:e2e` (part of `npm test`). Screenshots go to test-results/.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before, test } from "node:test";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";
import { launchBrowser } from "./widget-support.mjs";

const TOKEN = "e2e-admin-token";
const WAIT_MS = 15_000;
let stack;
let browser;

before(async () => {
  mkdirSync("test-results", { recursive: true });
  stack = await startWorker(buildWorker(), { LOG_TOKEN: TOKEN });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stack?.mf.dispose();
});

/** A request whose log line carries `marker` in its path. */
const touch = (marker) => fetch(`${stack.url}/api/gdpr/my-data/${marker}`).then((r) => r.arrayBuffer());

test("the logs page follows the stream live, filters, pauses and resumes", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // The bundled script and stylesheet (src/admin/logs/) load under the page's strict CSP.
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.url().includes("/admin-assets/") && r.status() !== 200) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${stack.url}/admin/logs`);

  await page.fill("#token", TOKEN);
  await page.click("#connect button[type=submit]");
  await page.locator("#status", { hasText: "Live" }).waitFor({ timeout: WAIT_MS });

  await touch("e2e-first");
  await page.locator("#lines li", { hasText: "e2e-first" }).first().waitFor({ timeout: WAIT_MS });

  // Filter on text: only matching lines are shown from now on.
  await page.fill("#q", "e2e-keep");
  await page.click("#filters button[type=submit]");
  await page.locator("#status", { hasText: "Live" }).waitFor({ timeout: WAIT_MS });
  await touch("e2e-drop");
  await touch("e2e-keep-1");
  await page.locator("#lines li", { hasText: "e2e-keep-1" }).first().waitFor({ timeout: WAIT_MS });
  assert.equal(await page.locator("#lines li", { hasText: "e2e-drop" }).count(), 0);

  // Pause: new lines are received and held, not shown; resume shows them.
  await page.click("#pause");
  const shown = await page.locator("#lines li").count();
  await touch("e2e-keep-2");
  await page.locator("#status", { hasText: "1 new" }).waitFor({ timeout: WAIT_MS });
  assert.equal(await page.locator("#lines li").count(), shown);
  await page.click("#pause");
  await page.locator("#lines li", { hasText: "e2e-keep-2" }).first().waitFor({ timeout: WAIT_MS });

  await page.screenshot({ path: "test-results/admin-logs.png", fullPage: true });
  assert.deepEqual(errors, []);
  // The token is never left in the page's URL or its DOM.
  assert.ok(!page.url().includes(TOKEN));
  assert.ok(!(await page.content()).includes(TOKEN));
});

test("the logs page refuses a wrong token without showing any line", async () => {
  const page = await browser.newPage();
  await page.goto(`${stack.url}/admin/logs`);
  await page.fill("#token", "wrong-token");
  await page.click("#connect button[type=submit]");
  await page.locator("#status", { hasText: "check the token" }).waitFor({ timeout: WAIT_MS });
  await touch("e2e-secret");
  assert.equal(await page.locator("#lines li").count(), 0);
  await page.screenshot({ path: "test-results/admin-logs-wrong-token.png" });
});
