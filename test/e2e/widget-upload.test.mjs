// Photos in the chat widget, in Debian's Chromium against the local stack: the camera button opens
// the file chooser (image/*: phones offer the camera), the upload shows a progress bar (the upload
// is throttled through the DevTools protocol so progress is observable) and a thumbnail, which
// comes back from the history after a reload; files the server would refuse are explained in the
// panel. Screenshots: test-results/widget-upload-*.png. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  alert,
  newPage,
  noisyPng,
  openDemo,
  press,
  screenshot,
  useStackAndBrowser,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const env = useStackAndBrowser();

/** Chooses `file` through the widget's camera button, as a person would. */
async function attach(page, file) {
  const chooser = page.waitForEvent("filechooser", { timeout: WAIT_MS });
  await page.locator("sti-chat-widget button.attach").click();
  await (await chooser).setFiles(file);
}

const thumbnail = (page) => page.locator("sti-chat-widget .msg.user img.thumb").last();

/** Waits until the last thumbnail shows a loaded image from `prefix`. */
const loadedFrom = (page, prefix) =>
  page.waitForFunction(
    (start) => {
      const images = /** @type {NodeListOf<HTMLImageElement> | undefined} */ (
        document.querySelector("sti-chat-widget")?.shadowRoot?.querySelectorAll("img.thumb")
      );
      const image = images?.[images.length - 1];
      return Boolean(image?.src.startsWith(start) && image.complete && image.naturalWidth > 0);
    },
    prefix,
    { timeout: WAIT_MS },
  );

test("a photo goes up with a progress bar and a thumbnail, and comes back after a reload", async () => {
  const { context, page, problems } = await newPage(env.browser);
  await openDemo(page, env.stack.url);
  await page.locator("sti-chat-widget .launcher").click();
  await waitForReplies(page, 1);
  await press(page, "Acepto", 2);
  assert.equal(await page.locator("sti-chat-widget input[type=file]").getAttribute("accept"), "image/*");

  // About 430 KB at 150 KB/s: three seconds of visible progress, caught between 25% and 100%.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 150 * 1024,
  });
  await attach(page, { name: "pantalla.png", mimeType: "image/png", buffer: noisyPng(400, 400) });
  const progress = page.getByRole("progressbar", { name: "Subiendo la foto" });
  await progress.waitFor({ timeout: WAIT_MS });
  await page.waitForFunction(
    () => {
      const bar = document.querySelector("sti-chat-widget")?.shadowRoot?.querySelector("progress");
      return bar && bar.value >= 25 && bar.value < 100;
    },
    null,
    { timeout: WAIT_MS, polling: 50 },
  );
  assert.match((await thumbnail(page).getAttribute("src")) ?? "", /^blob:/, "the preview shows at once");
  await screenshot(page, "upload-progress");

  assert.match((await (await waitForReplies(page, 3)).textContent()) ?? "", /Recibí la foto/);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  assert.equal(await progress.count(), 0, "the bar goes when the photo is in");
  assert.equal(await thumbnail(page).getAttribute("alt"), "Foto adjunta");
  await loadedFrom(page, `${env.stack.url}/api/upload/`);
  await screenshot(page, "upload-done");

  await page.reload();
  await page.locator("sti-chat-widget .launcher").click();
  await waitForReplies(page, 3);
  await loadedFrom(page, `${env.stack.url}/api/upload/`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("files the server would refuse are explained in the panel, nothing is sent", async () => {
  const { context, page, problems } = await newPage(env.browser);
  await openDemo(page, env.stack.url);
  await page.locator("sti-chat-widget .launcher").click();
  await waitForReplies(page, 1);

  // Before the privacy notice is accepted, the server takes no photo (409): the panel says why.
  await attach(page, { name: "foto.png", mimeType: "image/png", buffer: noisyPng(20, 20) });
  await alert(page).waitFor({ timeout: WAIT_MS });
  assert.match((await alert(page).textContent()) ?? "", /aceptá el aviso de privacidad/);
  assert.equal(await page.locator("sti-chat-widget .msg.user").count(), 0, "the refused photo is not shown");
  assert.equal(await page.locator("sti-chat-widget .alert button.retry").isVisible(), false);

  await press(page, "Acepto", 2);
  const uploads = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/upload")) uploads.push(request.url());
  });
  await attach(page, { name: "notas.txt", mimeType: "text/plain", buffer: Buffer.from("no soy una foto") });
  await alert(page).getByText("no es una foto").waitFor({ timeout: WAIT_MS });
  assert.deepEqual(uploads, [], "checked before sending");
  assert.deepEqual(problems, []);
  await context.close();
});
