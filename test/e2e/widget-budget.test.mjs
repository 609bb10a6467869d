// The widget's size budget: everything a visitor's browser downloads for the chat (the entry
// script, the bundle and the stylesheet) is at most 25 KB gzipped. Also: the build is fast and
// deterministic (same sources, same bytes and names). Prints the sizes. Run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { buildWidget } from "../../scripts/build-widget.mjs";

const BUDGET_BYTES = 25 * 1024;
const BUILD_MS = 2_000;

test("the widget's JS and CSS are at most 25 KB gzipped, from a fast, deterministic build", async () => {
  const started = performance.now();
  const first = await buildWidget();
  const elapsed = performance.now() - started;
  const files = [first.loader, first.js, first.css];
  const sizes = files.map((file) => {
    const bytes = readFileSync(join(first.dir, file));
    // zlib's default level, like a CDN's on-the-fly gzip; Brotli would be smaller still.
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  for (const { file, raw, gzip } of sizes) {
    console.log(`${file.padEnd(24)} ${String(raw).padStart(7)} B raw ${String(gzip).padStart(7)} B gzip`);
  }
  console.log(
    `total ${(total / 1024).toFixed(1)} KB gzipped of ${BUDGET_BYTES / 1024} KB; build ${Math.round(elapsed)} ms`,
  );
  assert.ok(total <= BUDGET_BYTES, `${total} B gzipped is over the ${BUDGET_BYTES} B budget`);
  assert.ok(elapsed < BUILD_MS, `the build took ${Math.round(elapsed)} ms`);

  const second = await buildWidget();
  assert.deepEqual([second.loader, second.js, second.css], files, "same sources, same names");
  assert.ok(
    Buffer.compare(second.bytes.js, first.bytes.js) === 0 &&
      Buffer.compare(second.bytes.css, first.bytes.css) === 0,
  );
  // The stable entry names the current bundle; the bundle names the current stylesheet.
  assert.ok(second.bytes.loader.toString().includes(second.js));
  assert.ok(second.bytes.js.toString().includes(second.css));
});
