// The desk app's main flow in Debian's Chromium against the local stack, in Spanish and English, on
// a desktop (1280×800) and a phone (390×844): sign in, the inbox's counts and unclaimed badge, open
// a ticket a real chat handed over, claim it, add a note, resolve it; the timeline shows all three
// and, back in the inbox, the counts moved. No CSP violation or script error on the way.
// Screenshots: test-results/desk-{sign-in,inbox,ticket,ticket-done}-<language>-<size>.png.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addStaff,
  chatTicket,
  deskPage,
  openSignIn,
  overflowsSideways,
  screenshot,
  signIn,
  tabCount,
  useStackAndBrowser,
  WAIT_MS,
} from "./desk-support.mjs";

const env = useStackAndBrowser();
/** The shop's admin, made in the stack's D1 by the first test that needs them. */
let admin;
const theAdmin = async () => {
  admin ??= await addStaff(env.stack.mf, { name: "Ana Gómez" });
  return admin;
};

const WORDS = {
  es: {
    signIn: "Ingresar a la mesa de ayuda",
    device: "Notebook",
    new: "Nuevo",
    inProgress: "En curso",
    resolved: "Resuelto",
    nobody: "Sin asignar",
    said: "mi notebook no prende\nni con el cargador",
    claimed: "Tomaste el ticket.",
    noted: "Nota agregada.",
    statusDone: "Estado cambiado a «Resuelto».",
    evClaimed: "Ana Gómez tomó el ticket y pasó a «En curso»",
    evNote: "Ana Gómez agregó una nota",
    evStatus: "Ana Gómez cambió el estado de «En curso» a «Resuelto»",
  },
  en: {
    signIn: "Sign in to the help desk",
    device: "Laptop",
    new: "New",
    inProgress: "In progress",
    resolved: "Resolved",
    nobody: "Unassigned",
    said: "my laptop won't turn on\nnot even plugged in",
    claimed: "You claimed the ticket.",
    noted: "Note added.",
    statusDone: "Status changed to “Resolved”.",
    evClaimed: "Ana Gómez claimed the ticket, now “In progress”",
    evNote: "Ana Gómez added a note",
    evStatus: "Ana Gómez changed the status from “In progress” to “Resolved”",
  },
};

/** One customer per run, as the chat writes names (capitalised). */
const NAMES = {
  "es-desktop": "Rocío Lagos",
  "es-phone": "Marta Ruiz",
  "en-desktop": "Julia Moss",
  "en-phone": "Laura Moss",
};

const unclaimedCount = async (page) =>
  Number((await page.locator("#unclaimed").textContent({ timeout: WAIT_MS }))?.match(/\d+/)?.[0]);

for (const language of /** @type {const} */ (["es", "en"])) {
  for (const size of /** @type {const} */ (["desktop", "phone"])) {
    test(`${language}, ${size}: sign in, inbox, claim, note, resolve; timeline and counts follow`, async () => {
      const words = WORDS[language];
      const name = NAMES[`${language}-${size}`];
      const ticket = await chatTicket(env.stack.url, { name, language });
      const { page, context, problems } = await deskPage(env.browser, { language, size });

      // The language comes from the browser; the form comes after /me (401) and /access (refused).
      await openSignIn(page, env.stack.url);
      assert.equal(await page.getAttribute("html", "lang"), language);
      assert.equal(await page.locator("h1").textContent(), words.signIn);
      await screenshot(page, `sign-in-${language}-${size}`);

      await signIn(page, await theAdmin());
      const row = page.locator("tr", { has: page.locator(`#row-${ticket.id}`) });
      await row.waitFor({ timeout: WAIT_MS });
      const before = {
        new: await tabCount(page, "new"),
        resolved: await tabCount(page, "resolved"),
        all: await tabCount(page, "all"),
        unclaimed: await unclaimedCount(page),
      };
      assert.ok(before.new >= 1 && before.unclaimed >= 1, JSON.stringify(before));
      // Ids become readable labels; a new ticket is nobody's yet.
      assert.match(
        (await row.textContent()) ?? "",
        new RegExp(`${name}.*${words.device}.*${words.new}.*${words.nobody}`),
      );
      assert.equal(await overflowsSideways(page), false, "the inbox scrolls sideways");
      await screenshot(page, `inbox-${language}-${size}`);

      await page.click(`#row-${ticket.id}`);
      await page.waitForURL(`**/desk/tickets/${ticket.id}`);
      await page.locator("#action-claim").waitFor({ timeout: WAIT_MS });
      // The customer's words keep their line breaks, as text.
      const said = page.locator(".from-customer .text", { hasText: words.said.split("\n")[0] });
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (pre-wrap)
      assert.equal(await said.innerText(), words.said);
      assert.equal(await said.evaluate((el) => getComputedStyle(el).whiteSpace), "pre-wrap");
      assert.equal(await overflowsSideways(page), false, "the ticket scrolls sideways");
      await screenshot(page, `ticket-${language}-${size}`);

      await page.click("#action-claim");
      await page.locator("#result-claim.ok", { hasText: words.claimed }).waitFor({ timeout: WAIT_MS });
      assert.equal(await page.locator("#ticket-status").textContent(), words.inProgress);

      const note = `Llamé a ${name}.\n<b>Trae</b> el cargador.`;
      await page.fill("#action-note-text", note);
      await page.click("#action-note");
      await page.locator("#result-note.ok", { hasText: words.noted }).waitFor({ timeout: WAIT_MS });
      assert.equal(await page.inputValue("#action-note-text"), "");

      await page.selectOption("#action-status-select", "resolved");
      await page.click("#action-status");
      await page.locator("#result-status.ok", { hasText: words.statusDone }).waitFor({ timeout: WAIT_MS });
      assert.equal(await page.locator("#ticket-status").textContent(), words.resolved);

      // The timeline: created, then the three actions, in order, the note as typed (never as HTML).
      const events = page.locator(".timeline .event .what");
      assert.deepEqual((await events.allTextContents()).slice(1), [
        words.evClaimed,
        words.evNote,
        words.evStatus,
      ]);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (pre-wrap)
      assert.equal(await page.locator(".timeline .note-text").innerText(), note);
      assert.equal(await page.locator(".timeline b").count(), 0);
      await screenshot(page, `ticket-done-${language}-${size}`);

      // Back (the browser's own button) to the inbox, which reads the counts again.
      await page.goBack();
      await page.waitForURL(/\/desk$/);
      await row.locator(".status-resolved").waitFor({ timeout: WAIT_MS });
      assert.equal(await tabCount(page, "new"), before.new - 1);
      assert.equal(await tabCount(page, "resolved"), before.resolved + 1);
      assert.equal(await tabCount(page, "all"), before.all);
      assert.equal(await unclaimedCount(page), before.unclaimed - 1);
      assert.match((await row.textContent()) ?? "", /Ana Gómez/);

      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
