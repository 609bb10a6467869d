// A ticket in the desk app, beyond the main flow, in Debian's Chromium against the local stack: the
// customer's photo through its signed link (loaded under the CSP, with alt text), an admin assigning
// a technician and the technician letting it go, and the WhatsApp reply. The WhatsApp route and the
// tickets' `contact` field are being built on the server: until then their answers are stubbed in
// the browser, to the contract in src/protocol/desk.ts (a link, or 409 without a phone).
// Screenshots: test-results/desk-ticket-photo-es-desktop.png, desk-ticket-contact-es-phone.png.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addStaff,
  chatTicket,
  deskPage,
  openSignIn,
  screenshot,
  signIn,
  useStackAndBrowser,
  WAIT_MS,
} from "./desk-support.mjs";

const env = useStackAndBrowser();

test("the photo shows; an admin assigns a technician, who lets it go; the timeline says both", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Ana Asigna" });
  const tech = await addStaff(env.stack.mf, { name: "Beto Técnico", role: "technician" });
  const ticket = await chatTicket(env.stack.url, { name: "Clara Foto", photo: true });

  const { page, context, problems } = await deskPage(env.browser, { language: "es" });
  await openSignIn(page, env.stack.url, `/desk/tickets/${ticket.id}`);
  await signIn(page, admin);
  const photo = page.getByRole("img", { name: "Foto 1 que mandó el cliente" });
  await photo.waitFor({ timeout: WAIT_MS });
  await page.waitForFunction(() => {
    const img = document.querySelector(".photos img");
    return img instanceof HTMLImageElement && img.complete && img.naturalWidth === 320;
  });
  await screenshot(page, "ticket-photo-es-desktop");

  await page.selectOption("#action-assign-select", tech.id);
  await page.click("#action-assign");
  await page.locator("#result-assign.ok", { hasText: "Asignación guardada." }).waitFor({ timeout: WAIT_MS });
  assert.equal(await page.locator("#assignee-now").textContent(), "Asignado a: Beto Técnico");
  await page.locator(".timeline .what", { hasText: "Ana Asigna lo asignó a Beto Técnico" }).waitFor();

  const beto = await deskPage(env.browser, { language: "en", size: "phone" });
  await openSignIn(beto.page, env.stack.url, `/desk/tickets/${ticket.id}`);
  await signIn(beto.page, tech);
  // A technician has no assign select: only their own ticket to let go.
  await beto.page.locator("#action-release").waitFor({ timeout: WAIT_MS });
  assert.equal(await beto.page.locator("#action-assign-select").count(), 0);
  await beto.page.click("#action-release");
  await beto.page.locator("#action-claim").waitFor({ timeout: WAIT_MS });
  await beto.page.locator("#result-claim.ok", { hasText: "Assignment saved." }).waitFor();
  await beto.page.locator(".timeline .what", { hasText: "Beto Técnico unassigned it" }).waitFor();

  assert.deepEqual(problems, []);
  assert.deepEqual(beto.problems, []);
  await context.close();
  await beto.context.close();
});

test("reply on WhatsApp: the server's link to the customer's number opens in a new tab and stays on screen; a phone WhatsApp cannot use, the reason", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Ana WhatsApp" });
  // The customer left their phone at the chat's contact question: the real route answers the link.
  const ticket = await chatTicket(env.stack.url, {
    name: "Diego Sosa",
    language: "en",
    contact: "+54 9 341 555-1234",
  });
  const { page, context, problems } = await deskPage(env.browser, { language: "en" });
  // Offline: the new tab's wa.me page is answered here (the only outside address).
  await context.route("https://wa.me/**", (route) => route.fulfill({ status: 200, body: "WhatsApp" }));
  await openSignIn(page, env.stack.url, `/desk/tickets/${ticket.id}`);
  await signIn(page, admin);
  await page.locator("#action-whatsapp").waitFor({ timeout: WAIT_MS });
  const [tab] = await Promise.all([context.waitForEvent("page"), page.click("#action-whatsapp")]);
  await tab.waitForURL(/^https:\/\/wa\.me\/5493415551234\?text=/);
  const link = await page.getAttribute("#whatsapp-link", "href");
  assert.match(link ?? "", /^https:\/\/wa\.me\/5493415551234\?text=.*Diego/);
  assert.ok(decodeURIComponent(link ?? "").includes(ticket.id));
  assert.equal(await page.getAttribute("#whatsapp-link", "rel"), "noopener noreferrer");
  await page
    .locator(".timeline .what", { hasText: "Ana WhatsApp opened a WhatsApp reply" })
    .waitFor({ timeout: WAIT_MS });

  // A local number with no area code: kept on the ticket, but WhatsApp cannot use it (the server's 409).
  const local = await chatTicket(env.stack.url, { name: "Ema Ruiz", language: "en", contact: "4555 1234" });
  await page.goto(`${env.stack.url}/desk/tickets/${local.id}`);
  await page.locator("#action-whatsapp").waitFor({ timeout: WAIT_MS });
  await page.click("#action-whatsapp");
  await page
    .locator("#result-whatsapp.error", {
      hasText: "The customer left no phone number: WhatsApp cannot reach them.",
    })
    .waitFor({ timeout: WAIT_MS });

  assert.deepEqual(problems, []);
  await context.close();
});

test("contact details, when the ticket has them: links to call or write; without a phone, WhatsApp says why", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Ana Contacto" });
  // Left at the chat's contact question, as the customer would.
  const ticket = await chatTicket(env.stack.url, {
    name: "Elena Paz",
    contact: "0341 15 555-1234 o elena@example.com",
  });
  const { page, context, problems } = await deskPage(env.browser, { language: "es", size: "phone" });
  await openSignIn(page, env.stack.url, `/desk/tickets/${ticket.id}`);
  await signIn(page, admin);
  await page.locator("#action-whatsapp").waitFor({ timeout: WAIT_MS });
  assert.equal(await page.getAttribute("a[href^='tel:']", "href"), "tel:+5493415551234");
  assert.equal(await page.getAttribute("a[href^='mailto:']", "href"), "mailto:elena@example.com");
  assert.equal(await page.locator("#no-contact").count(), 0);
  assert.equal(await page.isEnabled("#action-whatsapp"), true);
  await screenshot(page, "ticket-contact-es-phone");

  const emailOnly = await chatTicket(env.stack.url, { name: "Elena Paz", contact: "elena@example.com" });
  await page.goto(`${env.stack.url}/desk/tickets/${emailOnly.id}`);
  await page.locator("#action-whatsapp").waitFor({ timeout: WAIT_MS });
  assert.equal(await page.isDisabled("#action-whatsapp"), true);
  assert.equal(await page.getAttribute("#action-whatsapp", "aria-describedby"), "whatsapp-why");
  assert.equal(
    await page.locator("#whatsapp-why").textContent(),
    "El cliente no dejó teléfono: no se le puede escribir por WhatsApp.",
  );

  assert.deepEqual(problems, []);
  await context.close();
});
