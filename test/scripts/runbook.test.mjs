// `npm run runbook:check` (scripts/runbook-check.mjs): every bash block of docs/RUNBOOK.md is
// classified and verified (run against the local stack, run against the fake wrangler, or checked
// against wrangler's own help and package.json), the troubleshooting searches find the events they
// promise, and a runbook that breaks any of the rules fails.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "runbook-check.mjs");
const scratch = mkdtempSync(join(tmpdir(), "runbook-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function check(args, timeoutMs) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${join(ROOT, "node_modules", ".bin")}:${process.env.PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`runbook:check still running after ${timeoutMs} ms\n${output}`));
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

test("docs/RUNBOOK.md: every bash block is classified and passes its check", {
  timeout: 150_000,
}, async () => {
  const { code, output } = await check([], 140_000);
  assert.equal(code, 0, output);
  assert.match(output, /\blocal\s+\d+: \d+ passed, 0 failed/);
  assert.match(output, /\bstatic\s+\d+: \d+ passed, 0 failed/);
  assert.match(output, /\bfake-wrangler\s+\d+: \d+ passed, 0 failed/);
  assert.doesNotMatch(output, /skipped|unclassified/);
  // The log searches of the troubleshooting sections, each after its event was caused.
  for (const event of ["openai_call_failed", "circuit_state_changed", "purge_summary"])
    assert.match(output, new RegExp(`^PASS .*local .*q=${event}`, "m"), event);
  assert.match(output, /^OK$/m);
});

test("a runbook that breaks the rules fails, naming each problem", { timeout: 120_000 }, async () => {
  const file = join(scratch, "bad-runbook.md");
  writeFileSync(
    file,
    [
      "<!-- check: static -->",
      "```bash",
      "npx wrangler versions bogus",
      "npx wrangler tail --bogus-flag",
      'npx wrangler d1 execute DB --command "SELECT 1"',
      "npx wrangler r2 bucket info sti-chat-edge extra",
      "npm run no-such-script",
      "npm run smart-mode -- off --frobnicate",
      "kubectl rollout undo deployment/sti-chat",
      "```",
      "",
      "```bash",
      "echo nobody said how to check me",
      "```",
      "",
      "```sh",
      "echo escapes the check",
      "```",
      "",
      "<!-- check: local -->",
      "```bash",
      'curl -fsS "$BASE/api/no-such-route"',
      "```",
      "",
      "<!-- check: local finds=openai_call_failed -->",
      "```bash",
      'curl -fsS "$BASE/api/logs?mode=once&q=openai_call_fail3d" -H "Authorization: Bearer $LOG_TOKEN"',
      "```",
      "",
      "<!-- check: local finds=session_expired -->",
      "```bash",
      'curl -fsS "$BASE/api/logs?mode=once&q=session_expired" -H "Authorization: Bearer $LOG_TOKEN"',
      "```",
      "",
      "<!-- check: local finds=Not-An-Event -->",
      "```bash",
      "true",
      "```",
      "",
      "<!-- check: local -->",
      "Text instead of a block.",
      "",
      "<!-- check: env -->",
      "```bash",
      "export BASE=https://chat.example.com",
      "```",
      "",
    ].join("\n"),
  );
  const { code, output } = await check(["--file", file, "--only", "static,env,local"], 110_000);
  assert.equal(code, 1, output);
  for (const expected of [
    /"wrangler versions" is a group; "bogus" is none of its commands/,
    /wrangler tail: unknown flag --bogus-flag/,
    /wrangler d1 execute: say --remote/,
    /wrangler r2 bucket info: extra argument\(s\) extra/,
    /npm run no-such-script: no such script in package.json/,
    /npm run smart-mode: flag --frobnicate is not in the script's source/,
    /static blocks hold wrangler and npm run commands only/,
    /no <!-- check: ... --> comment right above it/,
    /a `sh` block escapes the check/,
    /check comment not followed by a bash block/,
    /exit 22 \(expected 0\)/, // curl -f on the 404
    // Caused by the check and stored, but this search does not match it.
    /:\d+ +local +curl .*q=openai_call_fail3d.*\n +the search printed no openai_call_failed line/,
    // Nothing above causes it (the local stack cannot run a session's 48-hour alarm).
    /no session_expired line reached \/api\/logs within 15 s \(caused by no block above\)/,
    /finds=Not-An-Event: use log events like finds=openai_call_failed/,
    /exports BASE; local blocks get exactly BASE,LOG_TOKEN,SID/,
  ]) {
    assert.match(output, expected);
  }
  assert.match(output, /^FAILED: \d+ problem\(s\)$/m);
});
