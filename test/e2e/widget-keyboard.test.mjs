// Keyboard only, in Debian's Chromium against the local stack: reach the launcher with Tab, hold a
// whole conversation to a ticket without the mouse, focus always visible and kept inside the open
// panel, Escape closing it and giving focus back to the launcher; the ARIA roles and names screen
// readers need. Screenshot: test-results/widget-keyboard.png. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  focusedInWidget,
  newPage,
  openDemo,
  screenshot,
  useStackAndBrowser,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const env = useStackAndBrowser();

/** Presses Tab (or Shift+Tab) until `wanted(focused)` holds; fails after `max` presses. */
async function tabTo(page, wanted, { back = false, max = 30 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const focused = await focusedInWidget(page);
    if (focused && wanted(focused)) return focused;
  }
  assert.fail(`focus never reached the element within ${max} presses`);
}

const chipStarting = (label) => (f) => f.cls === "chip" && f.text.startsWith(label);

test("a whole conversation with the keyboard only, focus visible and kept in the panel", async () => {
  const { context, page, problems } = await newPage(env.browser);
  await openDemo(page, env.stack.url);

  // From the top of the page, Tab reaches the launcher (after the page's own links).
  await tabTo(page, (f) => f.cls === "launcher");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Soporte técnico" });
  await dialog.waitFor({ timeout: WAIT_MS });
  assert.equal(await dialog.getAttribute("aria-modal"), "true");
  assert.equal((await focusedInWidget(page))?.tag, "textarea", "opening focuses the message box");
  await waitForReplies(page, 1);

  // Screen readers: the conversation is a live log, the box and icon buttons have names.
  const log = page.getByRole("log", { name: "Conversación" });
  assert.equal(await log.getAttribute("aria-live"), "polite");
  await page.getByRole("textbox", { name: "Escribí tu mensaje" }).waitFor({ timeout: WAIT_MS });
  for (const name of [
    "Cerrar el chat",
    "Nueva conversación",
    "Adjuntar una foto",
    "Enviar",
    "Switch to English",
  ]) {
    assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
  }
  assert.equal(await page.getByRole("group", { name: "Respuestas sugeridas" }).count(), 1);

  // Suggested answers sit just before the composer: Shift+Tab from the box reaches them.
  await tabTo(page, chipStarting("Acepto"), { back: true });
  const outline = await page.evaluate(() => {
    const active = document.querySelector("sti-chat-widget")?.shadowRoot?.activeElement;
    const style = active ? getComputedStyle(active) : null;
    return style ? { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) } : null;
  });
  assert.ok(
    outline && outline.style !== "none" && outline.width >= 2,
    `visible focus: ${JSON.stringify(outline)}`,
  );
  await page.keyboard.press("Enter");
  await waitForReplies(page, 2);
  assert.equal((await focusedInWidget(page))?.tag, "textarea", "focus does not vanish with the buttons");
  assert.equal(await log.locator(".msg.bot").count(), 2, "answers land in the live log");

  await page.keyboard.type("soy Ana, mi notebook no prende");
  await page.keyboard.press("Enter");
  await waitForReplies(page, 3);
  await tabTo(page, chipStarting("El problema persiste"), { back: true });
  await page.keyboard.press("Enter");
  await waitForReplies(page, 4);
  await tabTo(page, chipStarting("Hablar con un técnico"), { back: true });
  await page.keyboard.press("Space");
  await page.locator("sti-chat-widget .ticket-id").waitFor({ timeout: WAIT_MS });
  // The hand-off asks for a phone or an email: answered from the keyboard, then the rating shows.
  await tabTo(page, chipStarting("No, gracias"), { back: true });
  await page.keyboard.press("Enter");
  await page.locator("sti-chat-widget .rate").first().waitFor({ timeout: WAIT_MS });
  await tabTo(page, (f) => f.cls === "whatsapp", { back: true });
  await screenshot(page, "keyboard");

  // Tab cycles inside the open panel: forty presses never leave it and pass every control.
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focused = await focusedInWidget(page);
    assert.ok(focused && focused.cls !== "launcher", `Tab ${i + 1} left the panel`);
    seen.add(focused.cls || focused.tag);
  }
  for (const control of ["icon", "lang", "textarea", "send", "rate", "whatsapp"]) {
    assert.ok(seen.has(control), `${control} reachable: ${[...seen].join(", ")}`);
  }

  // Escape closes and gives focus back to the launcher.
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden", timeout: WAIT_MS });
  assert.equal((await focusedInWidget(page))?.cls, "launcher");
  const launcher = page.locator("sti-chat-widget .launcher");
  assert.equal(await launcher.getAttribute("aria-expanded"), "false");
  await page.keyboard.press("Enter");
  await dialog.waitFor({ timeout: WAIT_MS });
  assert.equal((await focusedInWidget(page))?.tag, "textarea");
  assert.deepEqual(problems, []);
  await context.close();
});
