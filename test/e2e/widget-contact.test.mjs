// The contact question after a hand-off, in the chat widget on the demo page, in Debian's Chromium
// against the local stack (rule-based mode): Spanish and English, on a desktop (1280 x 800) and on a
// phone (390 x 844, touch), from the ticket to the question, an answer typed (a phone, an email,
// both, a wrong one asked again) and the confirmation; the rating waits for the answer; the ticket
// and the technician's page carry the contact. Screenshots: test-results/widget-contact-*.png.
// Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  bot,
  chip,
  input,
  newPage,
  openDemo,
  screenshot,
  useStackAndBrowser,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const env = useStackAndBrowser();
/** scripts/local-stack.mjs's admin token. */
const ADMIN = { Authorization: "Bearer bench-token" };

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const WORDS = {
  es: {
    locale: "es-AR",
    accept: "Acepto",
    problem: "soy Ana, mi notebook no prende",
    persists: "El problema persiste",
    technician: "Hablar con un técnico",
    leave: "Dejar teléfono o email",
    no: "No, gracias",
    question: /dejanos un teléfono o un email y el técnico te contacta por ahí\. Es opcional/,
    typeIt: /escribí tu teléfono con código de área/,
    again: /Ese número no me cierra/,
    rate: "Sí, me sirvió",
  },
  en: {
    locale: "en-GB",
    accept: "I accept",
    problem: "I'm Ann, my laptop won't turn on",
    persists: "Still not working",
    technician: "Talk to a technician",
    leave: "Leave a phone or email",
    no: "No, thanks",
    question: /leave us a phone number or an email and the technician will reach you there\. It's optional/,
    typeIt: /type your phone number with its area code/,
    again: /That number doesn't look right/,
    rate: "Yes, it helped",
  },
};

const touch = (locator, phone) => (phone ? locator.tap() : locator.click());

/** Runs `act` and returns the answer it brings (one more than the conversation had). */
async function answerTo(page, act) {
  const before = await bot(page).count();
  await act();
  return waitForReplies(page, before + 1);
}

/** Taps on a phone, clicks on a desktop; returns the answer. */
const choose = (page, label, phone) => answerTo(page, () => touch(chip(page, label), phone));

/** Types into the message box key by key (as a phone keyboard sends it) and sends it. */
const type = (page, text, phone) =>
  answerTo(page, async () => {
    await touch(input(page), phone);
    await page.keyboard.type(text);
    await page.keyboard.press("Enter");
  });

/** A conversation to its hand-off (the demo page greets in Spanish); returns its answer and ticket id. */
async function toHandoff(page, words, phone) {
  await openDemo(page, env.stack.url);
  await touch(page.locator("sti-chat-widget .launcher"), phone);
  await waitForReplies(page, 1);
  if (words === WORDS.en) {
    await answerTo(page, () =>
      touch(page.locator("sti-chat-widget button.lang", { hasText: "English" }), phone),
    );
  }
  await choose(page, words.accept, phone);
  await type(page, words.problem, phone);
  await choose(page, words.persists, phone);
  const handoff = await choose(page, words.technician, phone);
  const ticketId = ((await handoff.locator(".ticket-id").textContent()) ?? "").trim();
  assert.match(ticketId, /^STI-\d{8}-[A-Z0-9]{6}$/);
  return { handoff, ticketId };
}

async function ticketJson(id) {
  const res = await fetch(`${env.stack.url}/api/ticket/${id}`, { headers: ADMIN });
  assert.equal(res.status, 200);
  return res.json();
}

/**
 * The question under the ticket, its two answers as chips, no rating yet; then `answer` (the
 * typed and pressed turns), the confirmation, and the rating once the question is answered.
 */
async function contactFlow({ language, device, name, answer, confirmation, contact }) {
  const words = WORDS[language];
  const phone = device === PHONE;
  const { context, page, problems } = await newPage(env.browser, { locale: words.locale, ...device });
  const { handoff, ticketId } = await toHandoff(page, words, phone);

  assert.match((await handoff.textContent()) ?? "", words.question);
  // The ticket's card sits between the paragraph naming it and the question, next to its answers.
  assert.match((await handoff.locator(".ticket + .text").textContent()) ?? "", words.question);
  assert.equal(await handoff.locator("a.whatsapp").count(), 1, "the ticket's WhatsApp link stays");
  for (const label of [words.leave, words.no]) await chip(page, label).waitFor({ timeout: WAIT_MS });
  assert.equal(await page.locator("sti-chat-widget .rating").count(), 0, "no rating while asking");
  // The message box takes any text: a phone's default keyboard has digits, + and @.
  assert.equal(await input(page).getAttribute("inputmode"), null);
  await screenshot(page, `contact-question-${language}-${name}`);

  const confirmed = await answer(page, words, phone);
  assert.match((await confirmed.textContent()) ?? "", confirmation);
  await page.locator("sti-chat-widget .rate", { hasText: words.rate }).waitFor({ timeout: WAIT_MS });
  assert.equal(await chip(page, words.leave).count(), 0);
  await screenshot(page, `contact-confirmation-${language}-${name}`);

  const ticket = await ticketJson(ticketId);
  assert.deepEqual(ticket.contact, contact);
  assert.deepEqual(problems, []);
  await context.close();
  return ticket;
}

test("Spanish, desktop: 'Dejar teléfono o email', then a phone; the technician's page replies on WhatsApp", async () => {
  const ticket = await contactFlow({
    language: "es",
    device: DESKTOP,
    name: "desktop",
    answer: async (page, words, phone) => {
      assert.match((await (await choose(page, words.leave, phone)).textContent()) ?? "", words.typeIt);
      return type(page, "mi cel es 0341 15 555-1234", phone);
    },
    confirmation: /¡Gracias! 🙌 Guardé tu teléfono terminado en 1234 en tu ticket/,
    contact: { phone: "+5493415551234" },
  });

  // The technician's page: the phone to call, and WhatsApp with the customer, not the shop.
  const { context, page, problems } = await newPage(env.browser, DESKTOP);
  const response = await page.goto(ticket.url);
  assert.equal(response?.status(), 200);
  assert.equal(await page.locator('a[href="tel:+5493415551234"]').count(), 1);
  const reply = page.locator("a.wa");
  assert.equal((await reply.textContent())?.trim(), "Responder por WhatsApp");
  assert.match((await reply.getAttribute("href")) ?? "", /^https:\/\/wa\.me\/5493415551234\?text=/);
  await page.screenshot({ path: "test-results/widget-contact-ticket-page.png", fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("Spanish, phone: a wrong number is asked again, then the right one is taken", async () => {
  await contactFlow({
    language: "es",
    device: PHONE,
    name: "phone",
    answer: async (page, words, phone) => {
      const again = await type(page, "555 12", phone);
      assert.match((await again.textContent()) ?? "", words.again);
      await chip(page, words.no).waitFor({ timeout: WAIT_MS });
      return type(page, "0341 15 555-1234", phone);
    },
    confirmation: /Guardé tu teléfono terminado en 1234 en tu ticket/,
    contact: { phone: "+5493415551234" },
  });
});

test("English, desktop: an email typed straight away", async () => {
  await contactFlow({
    language: "en",
    device: DESKTOP,
    name: "desktop",
    answer: (page, _words, phone) => type(page, "ann.lee@example.com", phone),
    confirmation: /Thanks! 🙌 I saved your email a•••@e•••\.com on your ticket/,
    contact: { email: "ann.lee@example.com" },
  });
});

test("English, phone: 'Leave a phone or email', then both at once", async () => {
  await contactFlow({
    language: "en",
    device: PHONE,
    name: "phone",
    answer: async (page, words, phone) => {
      assert.match((await (await choose(page, words.leave, phone)).textContent()) ?? "", words.typeIt);
      return type(page, "+44 20 7946 0958 or ann.lee@example.com", phone);
    },
    confirmation: /I saved your phone number ending in 0958 and your email a•••@e•••\.com/,
    contact: { phone: "+442079460958", email: "ann.lee@example.com" },
  });
});

test("'No, gracias' goes on without a contact, and the rating follows", async () => {
  const { context, page, problems } = await newPage(env.browser, { locale: "es-AR", ...DESKTOP });
  const { ticketId } = await toHandoff(page, WORDS.es, false);
  const skipped = await choose(page, WORDS.es.no, false);
  assert.match((await skipped.textContent()) ?? "", /sin problema/);
  await page.locator("sti-chat-widget .rate").first().waitFor({ timeout: WAIT_MS });
  assert.equal((await ticketJson(ticketId)).contact, null);
  assert.deepEqual(problems, []);
  await context.close();
});
