// The chat widget on a phone (390 x 844, touch, mobile viewport) in Debian's Chromium against the
// local stack: the panel takes the whole screen, nothing overflows sideways, touch targets are big
// enough, the message box is at least 16 px (phones zoom into smaller inputs), and a conversation
// works with taps. Screenshot: test-results/widget-phone.png. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  chip,
  input,
  newPage,
  openDemo,
  screenshot,
  useStackAndBrowser,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const PHONE = { width: 390, height: 844 };
const env = useStackAndBrowser();

test("on a phone the panel is full-screen, readable without zoom and usable with taps", async () => {
  const { context, page, problems } = await newPage(env.browser, {
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await openDemo(page, env.stack.url);
  const launcher = page.locator("sti-chat-widget .launcher");
  const launcherBox = await launcher.boundingBox();
  assert.ok(launcherBox && launcherBox.width >= 44 && launcherBox.height >= 44, JSON.stringify(launcherBox));
  await launcher.tap();
  await waitForReplies(page, 1);

  const panel = page.locator("sti-chat-widget .panel");
  // Measured once its opening animation (160 ms) has ended.
  await panel.evaluate((element) =>
    Promise.all(element.getAnimations().map((animation) => animation.finished)),
  );
  const box = await panel.boundingBox();
  assert.deepEqual(box && [box.x, box.y, box.width, box.height].map(Math.round), [
    0,
    0,
    PHONE.width,
    PHONE.height,
  ]);
  assert.equal(await launcher.isVisible(), false, "the launcher hides under the full-screen panel");
  const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
  assert.equal(overflow, 0, "nothing overflows sideways");
  const fontSize = await input(page).evaluate((element) =>
    Number.parseFloat(getComputedStyle(element).fontSize),
  );
  assert.ok(fontSize >= 16, `message box font ${fontSize}px`);

  await chip(page, "Acepto").tap();
  await waitForReplies(page, 2);
  await input(page).tap();
  await input(page).fill("soy Ana, se me rompió la pantalla del celular");
  await page.locator("sti-chat-widget button.send").tap();
  await waitForReplies(page, 3);
  for (const target of await page.locator("sti-chat-widget .chip, sti-chat-widget header button").all()) {
    const size = await target.boundingBox();
    if (!size) continue; // scrolled out of the suggestions area
    assert.ok(size.height >= 40 && size.width >= 40, `touch target ${JSON.stringify(size)}`);
  }
  await screenshot(page, "phone");

  await page.getByRole("button", { name: "Cerrar el chat" }).tap();
  await panel.waitFor({ state: "hidden", timeout: WAIT_MS });
  assert.equal(await launcher.isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});
