// Signing in to the desk in Debian's Chromium against the local stack: with the keyboard only (focus
// visible, landmarks, the account menu), the errors in the person's language (wrong password,
// throttled with the wait, no network), a deep link that opens after signing in, and a session
// ended elsewhere that brings the form back saying so.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addStaff,
  chatTicket,
  deskPage,
  openSignIn,
  signIn,
  useStackAndBrowser,
  WAIT_MS,
} from "./desk-support.mjs";

const env = useStackAndBrowser();

/** Where the keyboard is: the focused element's id (or tag) and whether its focus ring is drawn. */
const focused = (page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const style = element ? getComputedStyle(element) : null;
    return {
      id: element?.id || element?.tagName.toLowerCase() || "",
      text: element?.textContent?.trim() ?? "",
      ring: style ? style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2 : false,
    };
  });

/** Presses `key` until the element with `id` has focus (at most `limit` times); fails otherwise. */
async function tabTo(page, id, { key = "Tab", limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)).id === id) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} never reached #${id}`);
}

test("keyboard only: Tab to the form, type, Enter; the inbox, a ticket and the account menu, focus visible", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Teclado Admin" });
  const ticket = await chatTicket(env.stack.url, { name: "Inés Tapia" });
  const { page, context, problems } = await deskPage(env.browser, { language: "es" });
  const calls = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/desk/"))
      calls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  await openSignIn(page, env.stack.url);
  // Nobody signed in: the desk asked who this is, then tried Cloudflare Access, then showed the form.
  assert.deepEqual(calls, ["GET /api/desk/me", "POST /api/desk/access"]);
  assert.equal((await focused(page)).id, "sign-in-title");

  await page.keyboard.press("Tab");
  const email = await focused(page);
  assert.equal(email.id, "sign-in-email");
  assert.ok(email.ring, "the focused field shows a focus ring");
  await page.keyboard.type(admin.email);
  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).id, "sign-in-password");
  await page.keyboard.type(admin.password);
  await page.keyboard.press("Enter");
  await page.locator("#account-summary").waitFor({ timeout: WAIT_MS });

  // The inbox: its heading has focus; the page has its landmarks.
  assert.equal((await focused(page)).id, "inbox-title");
  assert.equal(await page.getByRole("banner").count(), 1);
  assert.equal(await page.getByRole("main").count(), 1);
  assert.equal(await page.getByRole("navigation", { name: "Secciones" }).count(), 1);
  assert.equal(await page.getByRole("navigation", { name: "Estado" }).count(), 1);
  await page.locator(`#row-${ticket.id}`).waitFor({ timeout: WAIT_MS });
  await tabTo(page, `row-${ticket.id}`);
  assert.ok((await focused(page)).ring, "the ticket link shows a focus ring");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/desk/tickets/${ticket.id}`);
  await page.locator("#action-claim").waitFor({ timeout: WAIT_MS });
  assert.equal((await focused(page)).id, "ticket-title");

  // Claim with the keyboard: the result is said in the claim block's live region.
  await tabTo(page, "action-claim");
  await page.keyboard.press("Enter");
  await page.locator("#result-claim.ok").waitFor({ timeout: WAIT_MS });
  assert.equal(await page.getAttribute("#result-claim", "aria-live"), "polite");

  // The account menu: Enter opens it, Escape closes it and gives focus back; Enter, Tab, Enter signs out.
  await tabTo(page, "account-summary", { key: "Shift+Tab" });
  await page.keyboard.press("Enter");
  await page.locator("#sign-out").waitFor({ timeout: WAIT_MS });
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#sign-out").isVisible(), false);
  assert.equal((await focused(page)).id, "account-summary");
  await page.keyboard.press("Enter");
  await tabTo(page, "sign-out");
  await page.keyboard.press("Enter");
  await page.locator(".notice", { hasText: "Saliste de la mesa de ayuda." }).waitFor({ timeout: WAIT_MS });
  assert.equal(new URL(page.url()).pathname, "/desk");
  // Signed out for real: the next visit is asked to sign in again.
  await page.reload();
  await page.locator("#sign-in-email").waitFor({ timeout: WAIT_MS });

  assert.deepEqual(problems, []);
  await context.close();
});

test("errors in the person's language: wrong password, throttled with the wait, no network", async () => {
  const spanish = await deskPage(env.browser, { language: "es" });
  const ana = await addStaff(env.stack.mf, { name: "Ana Errores" });
  await openSignIn(spanish.page, env.stack.url);
  await spanish.page.click("#sign-in-submit");
  await spanish.page.locator("#sign-in-error", { hasText: "Escribí tu email y tu contraseña." }).waitFor();
  await spanish.page.fill("#sign-in-email", ana.email);
  await spanish.page.fill("#sign-in-password", "not the password at all");
  await spanish.page.click("#sign-in-submit");
  const error = spanish.page.locator("#sign-in-error");
  await error.filter({ hasText: "El email o la contraseña no son correctos." }).waitFor({ timeout: WAIT_MS });
  assert.equal(await error.getAttribute("role"), "alert");
  assert.equal((await focused(spanish.page)).id, "sign-in-password");
  assert.equal(await spanish.page.inputValue("#sign-in-password"), "");

  await spanish.page.route("**/api/desk/sign-in", (route) => route.abort("internetdisconnected"));
  await spanish.page.fill("#sign-in-password", ana.password);
  await spanish.page.click("#sign-in-submit");
  await error
    .filter({ hasText: "No pudimos conectarnos. Revisá la conexión y reintentá." })
    .waitFor({ timeout: WAIT_MS });
  assert.deepEqual(spanish.problems, []);
  await spanish.context.close();

  // Five failures for one account: the sixth try is refused even with the right password, with the wait.
  const english = await deskPage(env.browser, { language: "en", size: "phone" });
  const bob = await addStaff(env.stack.mf, { name: "Bob Throttled", role: "technician" });
  await openSignIn(english.page, env.stack.url);
  const wrong = english.page.locator("#sign-in-error", { hasText: "Wrong email or password." });
  for (let attempt = 0; attempt < 5; attempt++) {
    await english.page.fill("#sign-in-email", bob.email);
    await english.page.fill("#sign-in-password", `wrong password number ${attempt}`);
    await english.page.click("#sign-in-submit");
    await wrong.waitFor({ timeout: WAIT_MS });
    await english.page.locator("#sign-in-submit:not([aria-disabled])").waitFor({ timeout: WAIT_MS });
  }
  await english.page.fill("#sign-in-password", bob.password);
  await english.page.click("#sign-in-submit");
  await english.page
    .locator("#sign-in-error", { hasText: "Too many failed sign-ins. Wait 15 min and try again." })
    .waitFor({ timeout: WAIT_MS });
  assert.deepEqual(english.problems, []);
  await english.context.close();
});

test("a deep link opens after signing in; a session ended elsewhere brings the form back, saying so", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Dora Enlace" });
  const ticket = await chatTicket(env.stack.url, { name: "Lucas Vera", language: "en" });
  const here = await deskPage(env.browser, { language: "en", size: "phone" });
  await openSignIn(here.page, env.stack.url, `/desk/tickets/${ticket.id}`);
  await signIn(here.page, admin);
  await here.page.locator("#ticket-title", { hasText: ticket.id }).waitFor({ timeout: WAIT_MS });
  await here.page.locator("#action-claim").waitFor({ timeout: WAIT_MS });

  // The same person signs out everywhere from another browser.
  const there = await deskPage(env.browser, { language: "en" });
  await openSignIn(there.page, env.stack.url);
  await signIn(there.page, admin);
  await there.page.click("#account-summary");
  await there.page.click("#sign-out-everywhere");
  await there.page.locator(".notice", { hasText: /You signed out everywhere \(2 sessions\)/ }).waitFor();

  // Here, the next action finds the session gone: the form again, saying why, on the same URL.
  await here.page.click("#action-claim");
  await here.page
    .locator(".notice", { hasText: "Your session ended. Sign in again." })
    .waitFor({ timeout: WAIT_MS });
  assert.equal(new URL(here.page.url()).pathname, `/desk/tickets/${ticket.id}`);
  await signIn(here.page, admin);
  await here.page.locator("#action-claim").waitFor({ timeout: WAIT_MS });

  assert.deepEqual(here.problems, []);
  assert.deepEqual(there.problems, []);
  await here.context.close();
  await there.context.close();
});
