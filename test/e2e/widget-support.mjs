// Shared by the widget's browser tests (test/e2e/widget-*.test.mjs): the local stack with the
// built widget, Debian's Chromium, the demo page, and small helpers to drive the chat.

import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before } from "node:test";
import { crc32, deflateSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";

/** Upper bound for any wait on the page; waits end as soon as their condition holds. */
export const WAIT_MS = 15_000;
export const RESULTS = "test-results";

/** The stack serving the API and the widget's static site (built by `buildWorker`). */
/** @param {Record<string, string>} [vars] */
export async function startStack(vars = {}) {
  mkdirSync(RESULTS, { recursive: true });
  return startWorker(buildWorker(), vars, { quiet: true });
}

/** @typedef {Awaited<ReturnType<typeof startWorker>>} Stack */

/**
 * Starts the stack and Chromium before a file's tests and stops them after:
 * `const env = useStackAndBrowser(); ... env.stack.url, env.browser`. Both exist from the file's
 * `before` hook on; reading one earlier (outside a test) throws.
 * @param {Record<string, string>} [vars]
 * @returns {{ readonly stack: Stack, readonly browser: import("playwright-core").Browser }}
 */
export function useStackAndBrowser(vars = {}) {
  /** @type {Stack | undefined} */
  let stack;
  /** @type {import("playwright-core").Browser | undefined} */
  let browser;
  before(async () => {
    stack = await startStack(vars);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await stack?.mf.dispose();
  });
  const started = (/** @type {string} */ name) =>
    new Error(`env.${name} is set in before(): read it in a test`);
  return {
    get stack() {
      if (!stack) throw started("stack");
      return stack;
    },
    get browser() {
      if (!browser) throw started("browser");
      return browser;
    },
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A new page (in its own context: fresh localStorage) that records what must never happen:
 * script errors and Content-Security-Policy violations.
 */
/**
 * @param {import("playwright-core").Browser} browser
 * @param {import("playwright-core").BrowserContextOptions} [contextOptions]
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ locale: "es-AR", ...contextOptions });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error}`));
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  return { context, page, problems };
}

/** The demo page with the widget's launcher drawn (its stylesheet loaded). */
export async function openDemo(page, url) {
  const response = await page.goto(`${url}/`);
  assert.equal(response?.status(), 200);
  await page.locator("sti-chat-widget .launcher").waitFor({ state: "visible", timeout: WAIT_MS });
}

/** Playwright's CSS locators pierce the widget's (open) shadow root. */
/** Tecnos's finished answers (an answer still streaming in is `.msg.bot.streaming`). */
export const bot = (page) => page.locator("sti-chat-widget .msg.bot:not(.streaming)");
export const user = (page) => page.locator("sti-chat-widget .msg.user");
/** A suggested answer whose label starts with `label` ("Acepto" is not "No acepto"). */
export const chip = (page, label) =>
  page.locator("sti-chat-widget .chip", {
    hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  });
export const input = (page) => page.locator("sti-chat-widget textarea");
export const alert = (page) => page.locator("sti-chat-widget .alert");

/** Waits until the conversation shows `count` answers from Tecnos; returns the last one. */
export async function waitForReplies(page, count) {
  const last = bot(page).nth(count - 1);
  await last.waitFor({ timeout: WAIT_MS });
  return last;
}

/** Types a message and sends it with Enter, then waits for answer number `replies`. */
export async function say(page, text, replies) {
  await input(page).fill(text);
  await input(page).press("Enter");
  return waitForReplies(page, replies);
}

export async function press(page, label, replies) {
  await chip(page, label).click();
  return waitForReplies(page, replies);
}

export const screenshot = (page, name) =>
  page.screenshot({ path: `${RESULTS}/widget-${name}.png`, fullPage: false });

/** Which element of the widget has focus (its class or tag), or null when focus is outside it. */
export function focusedInWidget(page) {
  return page.evaluate(() => {
    const host = document.querySelector("sti-chat-widget");
    const active = host?.shadowRoot?.activeElement;
    if (document.activeElement !== host || !active) return null;
    return {
      tag: active.tagName.toLowerCase(),
      cls: active.className,
      text: active.textContent?.trim() ?? "",
    };
  });
}

/**
 * A real PNG (so the thumbnail renders) of random pixels: it does not compress, so its size on
 * the wire is about width * height * 3 bytes.
 */
export function noisyPng(width, height) {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * row + 1 + x * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = Math.floor(Math.random() * 256);
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 1 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
