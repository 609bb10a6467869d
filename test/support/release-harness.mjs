// Shared by the release-script tests: runs scripts/release.mjs against test/support/fake-wrangler.mjs.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createFakeWrangler } from "./fake-wrangler.mjs";
export const ROOT = join(import.meta.dirname, "..", "..");
export const SCRIPT = join(ROOT, "scripts", "release.mjs");
export const NEWEST_TAG =
  [
    ...readFileSync(join(ROOT, "wrangler.toml"), "utf8").matchAll(
      /^\[\[migrations\]\]\s*\n\s*tag\s*=\s*"([^"]+)"/gm,
    ),
  ].at(-1)?.[1] ?? assert.fail("wrangler.toml declares no [[migrations]] tag");

/** A fake in `scenario`, removed when the test ends. */
export function fakeFor(t, scenario, options) {
  const fake = createFakeWrangler(scenario, options);
  t.after(fake.cleanup);
  return fake;
}

/** The `--env` a run asked for (production when none). */
export const targetOf = (args) => {
  const i = args.findIndex((arg) => arg === "--env" || arg === "-e");
  return i >= 0 ? args[i + 1] : "production";
};

export function release(fake, ...args) {
  const before = fake.calls().length;
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...fake.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  // Every wrangler call was printed as `$ wrangler ...` before it ran.
  const printed = result.stdout
    .split("\n")
    .filter((line) => line.startsWith("$ wrangler ") && !line.endsWith("(dry run: not run)"));
  assert.equal(printed.length, fake.calls().length - before, `each call printed:\n${result.stdout}`);
  // Every wrangler call names the environment, last: the top level (development) is never used.
  for (const call of fake.calls().slice(before)) {
    assert.deepEqual(call.slice(-2), ["--env", targetOf(args)], `--env on ${JSON.stringify(call)}`);
  }
  return result;
}

export const isChange = (call) =>
  call[0] === "deploy" ||
  call[0] === "rollback" ||
  (call[0] === "versions" && (call[1] === "upload" || call[1] === "deploy")) ||
  (call[0] === "d1" && call[2] === "apply");

export const ids = (fake) => fake.state().versions.map((version) => version.id);
export const traffic = (fake) =>
  fake.state().deployments[0].versions.map(({ version_id, percentage }) => `${version_id}@${percentage}`);

export function assertRefused(fake, result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, pattern);
  assert.match(result.stderr, /^Refused: [^\n]+\.\n$/, "one sentence");
  assert.deepEqual(fake.calls().filter(isChange), []);
}

export function gitHead() {
  const git = (...args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  return { sha: git("rev-parse", "--short", "HEAD"), subject: git("log", "-1", "--format=%s") };
}
