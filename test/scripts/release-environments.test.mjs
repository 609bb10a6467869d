// scripts/release.mjs and its deployed environments (--env production|staging, [env.*] in
// wrangler.toml) against test/support/fake-wrangler.mjs. No network, no Cloudflare.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { checkTarget } from "../../scripts/release/commands.mjs";
import { Refusal } from "../../scripts/release/run.mjs";
import { fakeFor, release } from "../support/release-harness.mjs";

test("--env staging: every wrangler call of every command carries it", (t) => {
  const fake = fakeFor(t, "uploaded");
  for (const args of [
    ["status"],
    ["canary", "5"],
    ["promote"],
    ["rollback"],
    ["upload", "--skip-build", "--message", "m", "--tag", "abc1234"],
    ["deploy", "--skip-build", "--dry-run", "--message", "m", "--tag", "abc1234"],
  ]) {
    const result = release(fake, ...args, "--env", "staging");
    assert.equal(result.status, 0, `${args.join(" ")}: ${result.stderr}`);
  }
  assert.ok(fake.calls().length >= 12);
  assert.ok(fake.calls().every((call) => call.slice(-2).join(" ") === "--env staging"));
});

test("an --env other than production or staging is refused before any wrangler call", (t) => {
  const fake = fakeFor(t, "stable");
  for (const env of ["development", "prod", ""]) {
    const result = release(fake, "status", "--env", env);
    assert.equal(result.status, 2, result.stdout);
    assert.match(result.stderr, /Unknown --env ".*": use production or staging/);
  }
  assert.deepEqual(fake.calls(), []);
});

test("a target whose [env.*] is missing, or does not say its own ENVIRONMENT, is refused", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "release-toml-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const toml = (name, text) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const top = 'name = "x"\n[vars]\nENVIRONMENT = "development"\n';
  const refusal = (file) => {
    try {
      checkTarget("production", file);
    } catch (error) {
      assert.ok(error instanceof Refusal);
      return error.message;
    }
    return null;
  };
  assert.match(
    refusal(toml("none.toml", top)) ?? "",
    /no \[env\.production\] section, so wrangler would deploy its top level/,
  );
  assert.match(
    refusal(
      toml(
        "dev.toml",
        `${top}[env.production]\nname = "x-p"\n[env.production.vars]\nENVIRONMENT = "development"\n`,
      ),
    ) ?? "",
    /\[env\.production\.vars\] sets ENVIRONMENT = "development", not "production"/,
  );
  assert.match(
    refusal(toml("unset.toml", `${top}[[env.production.r2_buckets]]\nbinding = "B"\n`)) ?? "",
    /sets ENVIRONMENT = "\(not set\)"/,
  );
  assert.equal(refusal(toml("ok.toml", `${top}[env.production.vars]\nENVIRONMENT = "production"\n`)), null);
  // The committed wrangler.toml passes for both targets.
  checkTarget("production");
  checkTarget("staging");
});
