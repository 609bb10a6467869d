// How the edge serves the desk app (no browser): every /desk path, deep links included, reaches the
// Worker (wrangler.toml's run_worker_first) and answers the same shell page under a strict CSP,
// never cached, with no inline script or style; its script and stylesheet are static assets
// revalidated on each load.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";

const DESK_CSP =
  "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
let stack;

before(async () => {
  stack = await startWorker(buildWorker(), {}, { quiet: true });
});
after(async () => {
  await stack?.mf.dispose();
});

test("/desk and its deep links answer the shell: strict CSP, no-store, nothing inline, no cookie", async () => {
  const paths = [
    "/desk",
    "/desk/",
    "/desk/tickets/STI-20261128-K7M2QX",
    "/desk/staff",
    "/desk/no/such/screen",
  ];
  const bodies = new Set();
  for (const path of paths) {
    const res = await fetch(`${stack.url}${path}`);
    const body = await res.text();
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get("Content-Type") ?? "", /^text\/html/, path);
    assert.equal(res.headers.get("Content-Security-Policy"), DESK_CSP, path);
    assert.equal(res.headers.get("Cache-Control"), "no-store", path);
    assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff", path);
    assert.ok(res.headers.get("X-Request-Id"), `${path} did not reach the Worker`);
    assert.equal(res.headers.get("Set-Cookie"), null, path);
    assert.match(body, /<script src="\/desk-assets\/desk\.js" defer><\/script>/);
    assert.match(body, /<link rel="stylesheet" href="\/desk-assets\/desk\.css">/);
    assert.doesNotMatch(body, /<script(?![^>]*\bsrc=)[^>]*>/i);
    assert.doesNotMatch(body, /<style\b|\sstyle=|\son[a-z]+=/i);
    bodies.add(body);
  }
  assert.equal(bodies.size, 1, "every desk path answers the same shell");
});

test("the app's script and stylesheet are static assets, revalidated on every load", async () => {
  /** @type {[string, RegExp][]} */
  const assets = [
    ["/desk-assets/desk.js", /javascript/],
    ["/desk-assets/desk.css", /text\/css/],
  ];
  for (const [path, type] of assets) {
    const res = await fetch(`${stack.url}${path}`);
    await res.arrayBuffer();
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get("Content-Type") ?? "", type, path);
    assert.equal(res.headers.get("Cache-Control"), "no-cache", path);
    assert.equal(res.headers.get("X-Request-Id"), null, `${path} should not need the Worker`);
  }
  const missing = await fetch(`${stack.url}/desk-assets/nothing.js`);
  assert.equal(missing.status, 404);
  assert.match(missing.headers.get("Content-Type") ?? "", /application\/json/);
});
