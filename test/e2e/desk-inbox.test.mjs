// The desk's inbox and the app's resilience in Debian's Chromium against the local stack: search,
// filters and status tabs kept in the URL (Back undoes them), "load more" through nextCursor, ids
// shown as readable labels, the language switch, and bad or failed answers shown in words (never
// a blank page): a malformed body, a 500, a ticket that does not exist, a screen that does not.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addStaff,
  deskPage,
  manualTicket,
  openSignIn,
  signIn,
  useStackAndBrowser,
  WAIT_MS,
} from "./desk-support.mjs";

const env = useStackAndBrowser();

const rows = (page) => page.locator("table.tickets tbody tr");
const said = (page, text) => page.locator("#inbox-results", { hasText: text }).waitFor({ timeout: WAIT_MS });

test("search, filters and tabs live in the URL, Back undoes them, load more pages on", async () => {
  const tag = crypto.randomUUID().slice(0, 8);
  const printers = [];
  for (let i = 0; i < 3; i++) {
    printers.push(
      await manualTicket(env.stack.url, {
        name: `Impresora ${tag} ${i}`,
        device: "impresora",
        problem: "no imprime",
      }),
    );
  }
  for (let i = 0; i < 27; i++) await manualTicket(env.stack.url, { name: `Paginado ${tag} ${i}` });
  const admin = await addStaff(env.stack.mf, { name: "Filtro Admin" });
  const { page, context, problems } = await deskPage(env.browser, { language: "es" });
  await openSignIn(page, env.stack.url);
  await signIn(page, admin);

  await page.fill("#filter-q", tag);
  await page.press("#filter-q", "Enter");
  await page.waitForURL(`**/desk?q=${tag}`);
  await said(page, "25 tickets");
  // Newest first: the last manual ticket made is the first row.
  assert.match((await rows(page).first().textContent()) ?? "", new RegExp(`Paginado ${tag} 26`));
  await page.click("#load-more");
  await said(page, "30 tickets");
  assert.equal(await page.locator("#load-more").count(), 0);
  // The keyboard lands on the first row that arrived.
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ""), /^row-STI-/);
  assert.equal(await rows(page).count(), 30);

  // A device filter: ids are shown as labels, the URL says what is filtered.
  await page.selectOption("#filter-device", "printer");
  await page.click("#filter-apply");
  await page.waitForURL(/device=printer/);
  await said(page, "3 tickets");
  for (const text of await rows(page).allTextContents()) {
    assert.match(text, /Impresora.*No imprime o imprime mal.*Nuevo.*Sin asignar/);
  }
  assert.equal(await page.locator("#more-filters summary").textContent(), "Filtros activos: 1");

  // A status tab keeps the other filters.
  await page.click("#tab-resolved");
  await page.waitForURL(/status=resolved/);
  await said(page, "No hay tickets con estos filtros.");
  assert.equal(await page.getAttribute("#tab-resolved", "aria-current"), "page");
  assert.equal(new URL(page.url()).searchParams.get("device"), "printer");

  // Back, twice: the printers, then the search alone (its first page again).
  await page.goBack();
  await said(page, "3 tickets");
  assert.equal(await page.inputValue("#filter-device"), "printer");
  await page.goBack();
  await said(page, "25 tickets");
  assert.equal(await page.inputValue("#filter-device"), "");
  assert.equal(await page.inputValue("#filter-q"), tag);

  // Assigned to me: none yet. Clear: everything again.
  await page.selectOption("#filter-assignee", "me");
  await page.click("#filter-apply");
  await said(page, "No hay tickets con estos filtros.");
  await page.click("#filter-clear");
  await page.waitForURL(/\/desk$/);
  await said(page, "25 tickets");

  assert.deepEqual(problems, []);
  await context.close();
});

test("the language switch redraws in place, keeps focus on itself, and is remembered; the account menu closes on a tap elsewhere", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Idioma Admin" });
  await manualTicket(env.stack.url, { name: "Cambio de idioma" });
  const { page, context, problems } = await deskPage(env.browser, { language: "es", size: "phone" });
  await openSignIn(page, env.stack.url);
  await signIn(page, admin);
  await page.locator("#tab-new").waitFor({ timeout: WAIT_MS });
  assert.equal(await page.locator("#tab-new span").first().textContent(), "Nuevo");

  await page.focus("#language-switch");
  await page.keyboard.press("Enter");
  await page.locator("#tab-new span", { hasText: "New" }).waitFor({ timeout: WAIT_MS });
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "language-switch");
  assert.equal(await page.locator("#language-switch").textContent(), "Español");
  assert.match(await page.title(), /Tickets · STI Help desk/);

  await page.reload();
  await page.locator("#tab-new span", { hasText: "New" }).waitFor({ timeout: WAIT_MS });
  assert.equal(await page.getAttribute("html", "lang"), "en");

  // The account menu closes when a tap lands elsewhere.
  await page.click("#account-summary");
  await page.locator("#sign-out").waitFor({ timeout: WAIT_MS });
  await page.click("#inbox-title");
  assert.equal(await page.locator("#sign-out").isVisible(), false);

  assert.deepEqual(problems, []);
  await context.close();
});

test("bad answers are said in words with a way back, never a blank page", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Fallas Admin" });
  const { page, context, problems } = await deskPage(env.browser, { language: "en" });
  await openSignIn(page, env.stack.url);

  // The inbox's answer is a proxy's HTML page: said, with Try again, which then works.
  await page.route("**/api/desk/tickets?*", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<html><body>gateway</body></html>" }),
  );
  await signIn(page, admin);
  const failure = page.locator("#main .failure");
  await failure
    .filter({ hasText: "The server sent an answer that cannot be shown." })
    .waitFor({ timeout: WAIT_MS });
  await page.unroute("**/api/desk/tickets?*");
  await page.click("#retry");
  await page.locator("#inbox-results").waitFor({ timeout: WAIT_MS });

  // A 500 in the one error shape: said, with the request id to report.
  await page.route("**/api/desk/tickets?*", (route) =>
    route.fulfill({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({
        error: { code: "internal", message: "Internal error", requestId: "req-e2e-42" },
      }),
    }),
  );
  await page.click("#inbox-refresh");
  await failure
    .filter({ hasText: "Something went wrong on our side. Try again in a moment. Reference: req-e2e-42" })
    .waitFor({ timeout: WAIT_MS });
  await page.unroute("**/api/desk/tickets?*");

  // A ticket that does not exist, and a screen that does not.
  await page.goto(`${env.stack.url}/desk/tickets/STI-20200101-AAAAAA`);
  await failure.filter({ hasText: "We could not find that." }).waitFor({ timeout: WAIT_MS });
  assert.equal(await page.locator("#back").count(), 1);
  await page.goto(`${env.stack.url}/desk/no-such-screen`);
  await page
    .locator("h1", { hasText: "This page of the desk does not exist." })
    .waitFor({ timeout: WAIT_MS });
  await page.click("text=Go to the tickets");
  await page.waitForURL(/\/desk$/);
  await page.locator("#inbox-results").waitFor({ timeout: WAIT_MS });

  assert.deepEqual(problems, []);
  await context.close();
});
