// The desk's staff screen in Debian's Chromium against the local stack: an admin adds a technician,
// changes the role, deactivates and reactivates the account and sets a new password, which the
// technician then signs in with; a technician sees no staff screen. Screenshots of the screen in
// Spanish and English, desktop and phone: test-results/desk-staff-<language>-<size>.png.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addStaff,
  deskPage,
  openSignIn,
  overflowsSideways,
  screenshot,
  signIn,
  useStackAndBrowser,
  WAIT_MS,
} from "./desk-support.mjs";

const env = useStackAndBrowser();

const saidHere = (page, id, text) => page.locator(`#${id}`, { hasText: text }).waitFor({ timeout: WAIT_MS });

test("an admin adds a technician, changes the role, deactivates, reactivates and resets the password", async () => {
  const admin = await addStaff(env.stack.mf, { name: "Ana Personal" });
  const { page, context, problems } = await deskPage(env.browser, { language: "es" });
  await openSignIn(page, env.stack.url);
  await signIn(page, admin);
  await page.click("#nav-staff");
  await page.waitForURL("**/desk/staff");
  await page.locator("#staff-create").waitFor({ timeout: WAIT_MS });
  // Your own account keeps its role and stays active here (no way to lock yourself out).
  assert.equal(await page.locator(`#role-${admin.id}, #toggle-${admin.id}`).count(), 0);

  const email = `carlos.${crypto.randomUUID().slice(0, 6)}@shop.example`;
  await page.fill("#staff-name", "Carlos Núñez");
  await page.fill("#staff-email", email);
  await page.fill("#staff-password", "short");
  await page.click("#staff-create");
  await saidHere(page, "staff-created.error", "Mínimo 12 caracteres");
  await page.fill("#staff-password", "the first long password");
  await page.click("#staff-create");
  await saidHere(page, "staff-created.ok", "Se agregó a Carlos Núñez.");
  const row = page.locator("tr", { hasText: email });
  await row.waitFor({ timeout: WAIT_MS });
  assert.match((await row.textContent()) ?? "", /Carlos Núñez.*Activa/);
  assert.equal(await page.inputValue("#staff-name"), "");

  // The same email again: the server's 409, in words.
  await page.fill("#staff-name", "Otro Carlos");
  await page.fill("#staff-email", email.toUpperCase());
  await page.click("#staff-create");
  await saidHere(page, "staff-created.error", "Ya hay una cuenta con ese email.");

  const id = (await row.locator("select").getAttribute("id"))?.replace(/^role-/, "");
  assert.ok(id);
  await page.selectOption(`#role-${id}`, "admin");
  await page.click(`#save-role-${id}`);
  await saidHere(page, "staff-changed.ok", "Cambios guardados para Carlos Núñez.");
  assert.equal(await page.inputValue(`#role-${id}`), "admin");
  await page.selectOption(`#role-${id}`, "technician");
  await page.click(`#save-role-${id}`);
  // Redrawn from the server's answer: the option it says is selected.
  await page.locator(`#role-${id} option[value="technician"][selected]`).waitFor({ state: "attached" });

  await page.click(`#toggle-${id}`);
  await row.locator(".state.off", { hasText: "Desactivada" }).waitFor({ timeout: WAIT_MS });
  const carlos = await deskPage(env.browser, { language: "en", size: "phone" });
  await openSignIn(carlos.page, env.stack.url);
  await carlos.page.fill("#sign-in-email", email);
  await carlos.page.fill("#sign-in-password", "the first long password");
  await carlos.page.click("#sign-in-submit");
  await saidHere(carlos.page, "sign-in-error", "Wrong email or password.");

  await page.click(`#toggle-${id}`);
  await row.locator(".state.on", { hasText: "Activa" }).waitFor({ timeout: WAIT_MS });

  // A new password: the form opens with focus in its field; Enter saves.
  await page.click(`#reset-${id}`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), `password-${id}`);
  assert.equal(await page.getAttribute(`#reset-${id}`, "aria-expanded"), "true");
  await page.keyboard.type("the second long password");
  await page.keyboard.press("Enter");
  await saidHere(page, "staff-changed.ok", "Cambios guardados para Carlos Núñez.");
  assert.equal(await page.locator(`#password-${id}`).count(), 0);

  // The technician signs in with it, and has no staff screen.
  await carlos.page.fill("#sign-in-password", "the second long password");
  await carlos.page.click("#sign-in-submit");
  await carlos.page.locator("#account-summary").waitFor({ timeout: WAIT_MS });
  assert.equal(await carlos.page.locator("#nav-staff").count(), 0);
  await carlos.page.goto(`${env.stack.url}/desk/staff`);
  await saidHere(carlos.page, "main", "You are not allowed to do this.");

  assert.deepEqual(problems, []);
  assert.deepEqual(carlos.problems, []);
  await context.close();
  await carlos.context.close();
});

for (const language of /** @type {const} */ (["es", "en"])) {
  for (const size of /** @type {const} */ (["desktop", "phone"])) {
    test(`the staff screen in ${language} on a ${size}: the list and the form fit, no CSP violation`, async () => {
      const admin = await addStaff(env.stack.mf, {
        name: language === "es" ? "Sofía Admin" : "Sophie Admin",
      });
      await addStaff(env.stack.mf, { name: "Tomás Técnico", role: "technician" });
      const { page, context, problems } = await deskPage(env.browser, { language, size });
      await openSignIn(page, env.stack.url, "/desk/staff");
      await signIn(page, admin);
      await page.locator("#staff-create").waitFor({ timeout: WAIT_MS });
      await page.locator("tr", { hasText: "Tomás Técnico" }).first().waitFor({ timeout: WAIT_MS });
      assert.equal(await page.locator("h1").textContent(), language === "es" ? "Personal" : "Staff");
      assert.equal(await overflowsSideways(page), false, "the staff screen scrolls sideways");
      await screenshot(page, `staff-${language}-${size}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
