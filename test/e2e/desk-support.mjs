// Shared by the desk app's browser tests (test/e2e/desk-*.test.mjs): staff accounts made directly in
// the stack's D1 with the Worker's own password hash, tickets from real chat conversations (and the
// admin API's manual tickets), pages in a language and a size, and screenshots in test-results/.

import assert from "node:assert/strict";
import { workerPasswords } from "../../scripts/staff/password-module.mjs";
import { newPage, noisyPng, RESULTS, WAIT_MS } from "./widget-support.mjs";

export { launchBrowser, useStackAndBrowser, WAIT_MS } from "./widget-support.mjs";

/** scripts/local-stack.mjs's local LOG_TOKEN: the admin API's manual tickets. */
const LOG_TOKEN = "bench-token";

export const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};
export const LOCALES = { es: "es-AR", en: "en-US" };

/** The Worker's own hash (scripts/staff/password-module.mjs), as the sign-in route verifies it. */
const hashPassword = async (/** @type {string} */ password) =>
  (await workerPasswords()).hashPassword(password);

/**
 * An account in the stack's D1, as `npm run staff -- add` makes it.
 * @param {import("miniflare").Miniflare} mf
 * @param {{ name?: string, role?: "admin" | "technician", password?: string }} [options]
 */
export async function addStaff(
  mf,
  { name = "Ana Admin", role = "admin", password = "a long e2e password" } = {},
) {
  // 16 URL-safe characters, like the Worker's own ids (staffIdSchema).
  const id = `e2e${crypto.randomUUID().replaceAll("-", "").slice(0, 13)}`;
  // Readable in screenshots, unique per call.
  const local = name
    .normalize("NFD")
    .replace(/[^A-Za-z ]/g, "")
    .trim()
    .toLowerCase()
    .replace(/ +/g, ".");
  const email = `${local}.${id.slice(3, 7)}@shop.example`;
  const now = Date.now();
  const db = await mf.getD1Database("DB");
  await db
    .prepare(
      "INSERT INTO staff (id, email, name, role, active, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
    )
    .bind(id, email, name, role, await hashPassword(password), now, now)
    .run();
  return { id, email, name, role, password };
}

async function post(url, path, body, headers = {}) {
  const res = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  assert.ok(res.status === 200 || res.status === 201, `${path} answered ${res.status}: ${text}`);
  return JSON.parse(text);
}

/**
 * A ticket from a real conversation that reaches the hand-off (the person asks for a technician):
 * consent, a name, a device and problem in words, a message with line breaks (and a photo, asked);
 * with `contact`, the person then leaves it at the chat's contact question.
 * @param {string} url
 * @param {{ name?: string, language?: "es" | "en", photo?: boolean, contact?: string }} [options]
 */
export async function chatTicket(url, { name = "Rocío", language = "es", photo = false, contact } = {}) {
  const sessionId = `e2e-desk-${crypto.randomUUID()}`;
  const chat = (body) => post(url, "/api/chat", { sessionId, ...body });
  await post(url, "/api/greeting", { sessionId, language });
  await chat({ action: "consent:yes" });
  if (photo) {
    const form = new FormData();
    form.append("sessionId", sessionId);
    form.append("file", new File([noisyPng(320, 240)], "equipo.png", { type: "image/png" }));
    const res = await fetch(`${url}/api/upload`, { method: "POST", body: form });
    assert.equal(res.status, 201, await res.text());
  }
  await chat({ message: language === "es" ? `me llamo ${name}` : `my name is ${name}` });
  await chat({
    message:
      language === "es"
        ? "mi notebook no prende\nni con el cargador"
        : "my laptop won't turn on\nnot even plugged in",
  });
  const handoff = await chat({ action: "technician" });
  assert.match(handoff.ticket?.id ?? "", /^STI-/, JSON.stringify(handoff));
  if (contact) {
    await chat({ action: "contact:yes" });
    await chat({ message: contact });
  }
  return handoff.ticket;
}

/** A manual ticket through the admin API (no chat, no new-session rate limit). */
export async function manualTicket(url, { name, device = "notebook", problem = "no enciende" }) {
  const body = { sessionId: `e2e-manual-${crypto.randomUUID()}`, name, device, problem };
  const { ticket } = await post(url, "/api/ticket/create-manual", body, {
    Authorization: `Bearer ${LOG_TOKEN}`,
  });
  return ticket;
}

/**
 * A fresh browser context (no cookie) in a language and a size, recording script errors, CSP
 * violations and desk assets that failed to load: `problems` must stay empty.
 * @param {import("playwright-core").Browser} browser
 * @param {{ language?: "es" | "en", size?: keyof typeof SIZES }} [options]
 */
export async function deskPage(browser, { language = "es", size = "desktop" } = {}) {
  const opened = await newPage(browser, {
    locale: LOCALES[language],
    viewport: SIZES[size],
    ...(size === "phone" ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  opened.page.on("response", (response) => {
    if (response.url().includes("/desk-assets/") && response.status() >= 400) {
      opened.problems.push(`${response.status()} ${response.url()}`);
    }
  });
  return opened;
}

/** Opens `path` of the desk and waits for the sign-in form (nobody signed in yet). */
export async function openSignIn(page, url, path = "/desk") {
  await page.goto(`${url}${path}`);
  await page.locator("#sign-in-email").waitFor({ timeout: WAIT_MS });
}

/** Signs in with the mouse-free form and waits for the screen behind it. */
export async function signIn(page, account) {
  await page.fill("#sign-in-email", account.email);
  await page.fill("#sign-in-password", account.password);
  await page.click("#sign-in-submit");
  await page.locator("#account-summary").waitFor({ timeout: WAIT_MS });
}

/** The number on a status tab (`all`, `new`, …) once the inbox has loaded. */
export async function tabCount(page, status) {
  const text = await page.locator(`#tab-${status} .count`).textContent({ timeout: WAIT_MS });
  return Number(text);
}

export const screenshot = (page, name) =>
  page.screenshot({ path: `${RESULTS}/desk-${name}.png`, fullPage: true });

/** Whether anything on the page is wider than the viewport (a sideways scroll on a phone). */
export const overflowsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
