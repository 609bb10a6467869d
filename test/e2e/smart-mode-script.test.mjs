// `npm run smart-mode` (scripts/smart-mode.mjs) against wrangler's real local KV storage, in a
// temporary --persist-to directory (wrangler kv --local works offline). About 2 s per wrangler call.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const SCRIPT = join(import.meta.dirname, "..", "..", "scripts", "smart-mode.mjs");
const persistTo = mkdtempSync(join(tmpdir(), "smart-mode-"));

after(() => rmSync(persistTo, { recursive: true, force: true }));

function run(...args) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const status = () => run("status", "--persist-to", persistTo);

test("status, off, on: the flag goes through local KV and the wrangler command is printed", () => {
  const initial = status();
  assert.equal(initial.code, 0, initial.stderr);
  assert.match(
    initial.stdout,
    /\$ wrangler kv key get --binding FLAGS SMART_MODE_ENABLED --local --persist-to \S+/,
  );
  assert.match(initial.stdout, /not set \(the SMART_MODE_ENABLED var decides\)/);

  const off = run("off", "--persist-to", persistTo);
  assert.equal(off.code, 0, off.stderr);
  assert.match(
    off.stdout,
    /\$ wrangler kv key put --binding FLAGS SMART_MODE_ENABLED false --local --persist-to/,
  );
  assert.match(status().stdout, /SMART_MODE_ENABLED in KV \(local\): false$/m);

  const on = run("on", "--persist-to", persistTo);
  assert.equal(on.code, 0, on.stderr);
  assert.match(on.stdout, /SMART_MODE_ENABLED true --local/);
  assert.match(status().stdout, /SMART_MODE_ENABLED in KV \(local\): true$/m);
});

test("unknown or missing arguments: usage on stderr and exit code 2, wrangler never runs", () => {
  for (const args of [
    ["maybe"],
    [],
    ["off", "--force"],
    ["status", "--persist-to"],
    ["on", "--remote", "--persist-to", "x"],
    // --env picks a deployed namespace: only with --remote, only production or staging.
    ["status", "--env", "staging"],
    ["on", "--remote", "--env", "development"],
    ["on", "--remote", "--env"],
  ]) {
    const result = run(...args);
    assert.equal(result.code, 2, `args ${JSON.stringify(args)}`);
    assert.match(result.stderr, /Usage: npm run smart-mode -- off\|on\|status/);
    assert.equal(result.stdout, "");
  }
});
