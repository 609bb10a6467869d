// A shop page on another origin whose CSS attacks everything (`* { all: unset !important }`, huge
// fonts, hidden elements, rules aimed at the widget's own tag and class names): the widget, loaded
// cross-origin from the stack like a real embed, looks and works as on the demo page, and its CSS
// does not leak into the page. Also: the shop's data- attributes (position, accent, title) and the
// language taken from the browser. Debian's Chromium against the local stack; the shop's origin is
// in WIDGET_ORIGINS. Screenshot: test-results/widget-hostile-host.png. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, test } from "node:test";
import {
  launchBrowser,
  newPage,
  press,
  say,
  screenshot,
  startStack,
  WAIT_MS,
  waitForReplies,
} from "./widget-support.mjs";

const HOSTILE_CSS = `
html { font-size: 64px !important; }
* { all: unset !important; font-size: 48px !important; line-height: 3 !important; color: #f0f !important;
    font-family: "Comic Sans MS", cursive !important; letter-spacing: 6px !important; }
div, section, button, p, span, img, textarea, header, form { display: inline !important; position: static !important;
    width: 10px !important; visibility: hidden !important; opacity: 0.2 !important; transform: rotate(3deg) !important; }
sti-chat-widget { display: none !important; position: absolute !important; width: 1px !important; }
.launcher, .panel, .msg, .chip, .w, [hidden] { display: block !important; font-size: 90px !important; }
`;

let shop;
let stack;
let browser;

function shopPage(widgetUrl) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile shop</title>
<style>${HOSTILE_CSS}</style>
<script src="${widgetUrl}" defer data-position="left" data-accent="#ffd60a" data-title="Ayuda TecnoFix"></script>
</head><body><h1>Hostile shop</h1>
<p class="chip probe">A paragraph named like the widget's buttons</p>
<div class="msg panel probe">A div named like the widget's messages</div>
</body></html>`;
}

before(async () => {
  // Its origin (http://localhost:<port>) is not the stack's (http://127.0.0.1:<port>): cross-origin.
  shop = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(shopPage(`${stack.url}/widget.js`));
  });
  await new Promise((resolve) => shop.listen(0, "127.0.0.1", resolve));
  stack = await startStack({ WIDGET_ORIGINS: `http://localhost:${shop.address().port}` });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stack?.mf.dispose();
  shop?.close();
});

/** Computed styles of the page's own elements: the widget's CSS must not change them. */
const probeStyles = (page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll(".probe"), (element) => {
      const style = getComputedStyle(element);
      return [style.display, style.fontSize, style.color, style.background, style.padding, style.border].join(
        "|",
      );
    }),
  );

const style = (locator, ...properties) =>
  locator.evaluate(
    (element, names) => Object.fromEntries(names.map((name) => [name, getComputedStyle(element)[name]])),
    properties,
  );

test("a page with hostile CSS on another origin leaves the widget intact and untouched by it", async () => {
  const { context, page, problems } = await newPage(browser, {
    locale: "en-US",
    viewport: { width: 1280, height: 800 },
  });
  await page.goto(`http://localhost:${shop.address().port}/`);
  const before = await probeStyles(page);
  const launcher = page.locator("sti-chat-widget .launcher");
  await launcher.waitFor({ state: "visible", timeout: WAIT_MS });

  // Bottom-left, as data-position asked, at its own size.
  const box = await launcher.boundingBox();
  assert.ok(box, "the launcher is drawn");
  assert.deepEqual([Math.round(box.width), Math.round(box.height)], [60, 60]);
  assert.equal(Math.round(box.x), 20);
  assert.equal(Math.round(box.y + box.height), 800 - 20);

  await launcher.click();
  // English from the browser, the shop's title, its accent with readable text on it.
  const greeting = await waitForReplies(page, 1);
  assert.match((await greeting.textContent()) ?? "", /Privacy notice/);
  assert.equal(await page.locator("sti-chat-widget h2").textContent(), "Ayuda TecnoFix");
  const header = await style(page.locator("sti-chat-widget header"), "backgroundColor", "color");
  assert.deepEqual(header, { backgroundColor: "rgb(255, 214, 10)", color: "rgb(0, 0, 0)" });

  const panel = page.locator("sti-chat-widget .panel");
  const panelBox = await panel.boundingBox();
  assert.ok(
    panelBox && Math.round(panelBox.width) === 380 && panelBox.height > 400,
    JSON.stringify(panelBox),
  );
  const text = await style(greeting, "fontSize", "color", "letterSpacing", "visibility", "display");
  assert.deepEqual(text, {
    fontSize: "15px",
    color: "rgb(31, 35, 40)",
    letterSpacing: "normal",
    visibility: "visible",
    display: "block",
  });
  assert.doesNotMatch(
    (await style(greeting, "fontFamily")).fontFamily,
    /Comic/,
    "the page's font does not reach the widget",
  );
  assert.equal((await style(page.locator("sti-chat-widget textarea"), "fontSize")).fontSize, "16px");

  // It works, cross-origin, all the way through.
  await press(page, "I accept", 2);
  await say(page, "I'm John, my router has no internet", 3);
  await screenshot(page, "hostile-host");

  assert.deepEqual(await probeStyles(page), before, "the widget's CSS does not leak into the page");
  assert.deepEqual(problems, []);
  await context.close();
});
