// The widget's size budget: everything a visitor's browser downloads for the chat (the entry
// script, the bundle and the stylesheet) is at most 25 KB gzipped. Also: the build is deterministic
// (same sources, same bytes and names). Prints the sizes. Run by `npm run test:e2e`. How long the
// build takes is measured by `npm run bench:widget-build`, not asserted here.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { buildWidget } from "../../scripts/build-widget.mjs";

const BUDGET_BYTES = 25 * 1024;

test("the widget's JS and CSS are at most 25 KB gzipped, from a deterministic build", async () => {
  const first = await buildWidget();
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
  console.log(`total ${(total / 1024).toFixed(1)} KB gzipped of ${BUDGET_BYTES / 1024} KB`);
  assert.ok(total <= BUDGET_BYTES, `${total} B gzipped is over the ${BUDGET_BYTES} B budget`);

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
