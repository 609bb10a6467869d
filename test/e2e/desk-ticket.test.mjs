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

test("reply on WhatsApp: the link opens in a new tab and stays on screen; without a phone, the reason", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Ana WhatsApp" });
  const ticket = await chatTicket(env.stack.url, { name: "Diego Sosa", language: "en" });
  const { page, context, problems } = await deskPage(env.browser, { language: "en" });
  const link = "https://wa.me/5493415550000?text=Hola%20Diego";
  // Offline: the new tab's wa.me page is answered here.
  await context.route("https://wa.me/**", (route) => route.fulfill({ status: 200, body: "WhatsApp" }));
  const whatsapp = `**/api/desk/tickets/${ticket.id}/whatsapp`;
  await page.route(whatsapp, (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ link }) }),
  );
  await openSignIn(page, env.stack.url, `/desk/tickets/${ticket.id}`);
  await signIn(page, admin);
  await page.locator("#action-whatsapp").waitFor({ timeout: WAIT_MS });
  const [tab] = await Promise.all([context.waitForEvent("page"), page.click("#action-whatsapp")]);
  await tab.waitForURL(link);
  assert.equal(await page.getAttribute("#whatsapp-link", "href"), link);
  assert.equal(await page.getAttribute("#whatsapp-link", "rel"), "noopener noreferrer");

  await page.unroute(whatsapp);
  await page.route(whatsapp, (route) =>
    route.fulfill({
      status: 409,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "conflict", message: "No phone", requestId: "r1" } }),
    }),
  );
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
  const ticket = await chatTicket(env.stack.url, { name: "Elena Paz" });
  const { page, context, problems } = await deskPage(env.browser, { language: "es", size: "phone" });
  /** @type {{ phone?: string, email?: string }} */
  let contact = { phone: "+54 9 341 555-1234", email: "elena@example.com" };
  await page.route(`**/api/desk/tickets/${ticket.id}`, async (route) => {
    const response = await route.fetch();
    const view = await response.json();
    await route.fulfill({ response, json: { ...view, ticket: { ...view.ticket, contact } } });
  });
  await openSignIn(page, env.stack.url, `/desk/tickets/${ticket.id}`);
  await signIn(page, admin);
  await page.locator("#action-whatsapp").waitFor({ timeout: WAIT_MS });
  assert.equal(await page.getAttribute("a[href^='tel:']", "href"), `tel:${contact.phone}`);
  assert.equal(await page.getAttribute("a[href^='mailto:']", "href"), `mailto:${contact.email}`);
  assert.equal(await page.locator("#no-contact").count(), 0);
  assert.equal(await page.isEnabled("#action-whatsapp"), true);
  await screenshot(page, "ticket-contact-es-phone");

  contact = { email: "elena@example.com" };
  await page.reload();
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
