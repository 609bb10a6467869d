// The chat widget on the demo page, in Debian's Chromium against the local stack (rule-based mode):
// whole conversations to a ticket in Spanish and in English, the rating, the typing indicator and
// the unread dot, and a conversation that survives reloads and navigation. Screenshots go to
// test-results/widget-*.png. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  bot,
  chip,
  input,
  newPage,
  openDemo,
  press,
  say,
  screenshot,
  user,
  useStackAndBrowser,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const env = useStackAndBrowser();

const launcher = (page) => page.locator("sti-chat-widget .launcher");
const storedSessionId = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("sti-chat") ?? "{}").sessionId ?? null);

test("Spanish: greeting, buttons and free text to a ticket with a WhatsApp button, then a rating", async () => {
  const { context, page, problems } = await newPage(env.browser, { locale: "es-AR" });
  await openDemo(page, env.stack.url);
  assert.equal(await launcher(page).getAttribute("aria-expanded"), "false");
  assert.equal(await launcher(page).getAttribute("aria-label"), "Abrir el chat de soporte");

  await launcher(page).click();
  assert.equal(await launcher(page).getAttribute("aria-expanded"), "true");
  assert.match(await (await waitForReplies(page, 1)).textContent(), /Soy Tecnos/);
  await press(page, "Acepto", 2);
  assert.match(await (await say(page, "soy Ana, mi notebook no prende", 3)).textContent(), /Notebook/);
  assert.equal(await user(page).nth(1).textContent(), "Vos: soy Ana, mi notebook no prende");
  await press(page, "El problema persiste", 4);
  const ticketReply = await press(page, "Hablar con un técnico", 5);

  const ticketId = (await ticketReply.locator(".ticket-id").textContent()) ?? "";
  assert.match(ticketId, /^STI-\d{8}-[A-Z0-9]{6}$/);
  const whatsapp = ticketReply.locator("a.whatsapp");
  assert.equal((await whatsapp.textContent())?.trim(), "Escribir por WhatsApp");
  assert.match(
    (await whatsapp.getAttribute("href")) ?? "",
    new RegExp(`^https://wa\\.me/\\d+\\?text=.*${ticketId}`),
  );
  assert.equal(await whatsapp.getAttribute("target"), "_blank");
  assert.match((await whatsapp.getAttribute("rel")) ?? "", /noopener/);

  // The hand-off asks for a phone or an email (widget-contact.test.mjs); the rating waits for the answer.
  assert.match((await ticketReply.textContent()) ?? "", /dejanos un teléfono o un email/);
  assert.equal(await page.locator("sti-chat-widget .rating").count(), 0);
  await press(page, "No, gracias", 6);

  // The rating, once: stored with the session on the server.
  await page.locator("sti-chat-widget .rate", { hasText: "Sí, me sirvió" }).click();
  await page.locator("sti-chat-widget .rate-thanks").waitFor({ timeout: WAIT_MS });
  const sessionId = await storedSessionId(page);
  assert.match(sessionId ?? "", /^[0-9a-f]{32}$/);
  const history = await (await fetch(`${env.stack.url}/api/history/${sessionId}`)).json();
  assert.equal(history.rating?.rating, "up");

  await screenshot(page, "conversation-es");
  assert.deepEqual(await context.cookies(), [], "the widget sets no cookie");
  assert.deepEqual(problems, []);
  await context.close();
});

test("English: switched in the panel, the whole conversation to a ticket", async () => {
  const { context, page, problems } = await newPage(env.browser, { locale: "es-AR" });
  await openDemo(page, env.stack.url);
  await launcher(page).click();
  await waitForReplies(page, 1);

  await page.locator("sti-chat-widget button.lang", { hasText: "English" }).click();
  assert.match(await (await waitForReplies(page, 2)).textContent(), /Privacy notice/);
  assert.equal(await input(page).getAttribute("placeholder"), "Type your message");
  assert.equal(await page.locator("sti-chat-widget h2").textContent(), "Tech support");
  await press(page, "I accept", 3);
  await say(page, "I'm John, my printer won't print", 4);
  await press(page, "Still not working", 5);
  const ticketReply = await press(page, "Talk to a technician", 6);
  assert.match((await ticketReply.locator(".ticket-id").textContent()) ?? "", /^STI-/);
  assert.equal((await ticketReply.locator("a.whatsapp").textContent())?.trim(), "Message us on WhatsApp");
  await press(page, "No, thanks", 7);
  await page.locator("sti-chat-widget .rate", { hasText: "No, it didn't" }).waitFor({ timeout: WAIT_MS });

  await screenshot(page, "conversation-en");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the typing indicator shows while waiting; a reply that lands while closed lights the unread dot", async () => {
  const { context, page, problems } = await newPage(env.browser);
  await openDemo(page, env.stack.url);
  await launcher(page).click();
  await waitForReplies(page, 1);

  // Hold the next turn until the panel is closed.
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route("**/api/chat", async (route) => {
    await released;
    await route.continue();
  });
  await input(page).fill("hola, mi celular no carga");
  await input(page).press("Enter");
  const typing = page.locator("sti-chat-widget .typing .dots");
  await typing.waitFor({ timeout: WAIT_MS });
  assert.equal(await page.locator("sti-chat-widget .typing .sr").textContent(), "Tecnos está escribiendo…");
  await screenshot(page, "typing");

  await input(page).press("Escape");
  const dot = page.locator("sti-chat-widget .dot");
  assert.equal(await dot.isVisible(), false);
  release();
  await dot.waitFor({ state: "visible", timeout: WAIT_MS });
  assert.match((await launcher(page).getAttribute("aria-label")) ?? "", /respuestas nuevas/);
  await screenshot(page, "unread");

  await launcher(page).click();
  await dot.waitFor({ state: "hidden", timeout: WAIT_MS });
  await waitForReplies(page, 2);
  assert.equal(await typing.count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the conversation survives a reload and a navigation; 'new conversation' starts over", async () => {
  const { context, page, problems } = await newPage(env.browser);
  await openDemo(page, env.stack.url);
  await launcher(page).click();
  await waitForReplies(page, 1);
  await press(page, "Acepto", 2);
  await say(page, "me llamo Ana y la impresora no imprime", 3);
  const sessionId = await storedSessionId(page);
  const before = await page.locator("sti-chat-widget .msg").allTextContents();

  for (const url of [`${env.stack.url}/`, `${env.stack.url}/?pagina=servicios`]) {
    await page.goto(url);
    await launcher(page).click();
    await waitForReplies(page, 3);
    assert.deepEqual(await page.locator("sti-chat-widget .msg").allTextContents(), before);
    assert.equal(await storedSessionId(page), sessionId);
    // The last answer's suggestions come back too.
    await chip(page, "El problema persiste").waitFor({ timeout: WAIT_MS });
  }
  await screenshot(page, "restored");

  await page.locator("sti-chat-widget button[aria-label='Nueva conversación']").click();
  await page.locator("sti-chat-widget .msg").first().waitFor({ timeout: WAIT_MS });
  assert.equal(await bot(page).count(), 1);
  assert.match((await bot(page).first().textContent()) ?? "", /Soy Tecnos/);
  assert.equal(await user(page).count(), 0);
  const fresh = await storedSessionId(page);
  assert.match(fresh ?? "", /^[0-9a-f]{32}$/);
  assert.notEqual(fresh, sessionId);
  assert.deepEqual(problems, []);
  await context.close();
});
