// `npm run staff`: against a real local D1 (wrangler's own, in a temporary state directory, with the
// production migrations applied), the account it adds signs in with the Worker's own password check.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { workerPasswords } from "../../scripts/staff/password-module.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const WRANGLER = join(ROOT, "node_modules", ".bin", "wrangler");
const state = mkdtempSync(join(tmpdir(), "staff-script-"));

const staff = (args, input) =>
  spawnSync(process.execPath, [join(ROOT, "scripts", "staff.mjs"), ...args, "--persist-to", state], {
    cwd: ROOT,
    encoding: "utf8",
    input,
  });

function stored(email) {
  const run = spawnSync(
    WRANGLER,
    [
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      state,
      "--json",
      "--command",
      `SELECT * FROM staff WHERE email = '${email}'`,
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout)[0].results[0];
}

before(() => {
  const run = spawnSync(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
});
after(() => rmSync(state, { recursive: true, force: true }));

test("add: the first admin, password from stdin; printed command without the hash; the hash verifies", async () => {
  const password = "the first admin's long password";
  const run = staff(
    ["add", "--email", "Ana@Shop.example", "--name", "Ana O'Brien", "--role", "admin", "--password-stdin"],
    `${password}\n`,
  );
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /^\$ wrangler d1 execute DB --local --persist-to \S+ --command 'INSERT INTO staff/m,
  );
  assert.match(run.stdout, /<pbkdf2-sha256 hash>/);
  assert.doesNotMatch(run.stdout, /pbkdf2-sha256\$/);
  assert.doesNotMatch(run.stdout, new RegExp(password));
  assert.match(run.stdout, /^added admin Ana O'Brien <ana@shop\.example> \(id [A-Za-z0-9_-]{16}\)$/m);

  const row = stored("ana@shop.example");
  assert.equal(row.name, "Ana O'Brien");
  assert.equal(row.role, "admin");
  assert.equal(row.active, 1);
  const { verifyPassword } = await workerPasswords();
  assert.equal(await verifyPassword(password, row.password_hash), true);
  assert.equal(await verifyPassword("another password", row.password_hash), false);
});

test("add without a password prints a generated one once; --no-password makes an Access-only account", async () => {
  const run = staff(["add", "--email", "tech@shop.example", "--name", "Tech", "--role", "technician"]);
  assert.equal(run.status, 0, run.stderr);
  const generated = run.stdout.match(/^password \(shown once.*\): (\S+)$/m)?.[1];
  assert.ok(generated && generated.length >= 20, run.stdout);
  const { verifyPassword } = await workerPasswords();
  assert.equal(await verifyPassword(generated, stored("tech@shop.example").password_hash), true);

  const access = staff([
    "add",
    "--email",
    "sso@shop.example",
    "--name",
    "SSO",
    "--role",
    "technician",
    "--no-password",
  ]);
  assert.equal(access.status, 0, access.stderr);
  assert.equal(stored("sso@shop.example").password_hash, null);

  const list = staff(["list"]);
  assert.equal(list.status, 0, list.stderr);
  assert.match(list.stdout, /admin +active +password +Ana O'Brien <ana@shop\.example>/);
  assert.match(list.stdout, /technician active +access +SSO <sso@shop\.example>/);
});

test("usage errors exit 2 and change nothing: a taken email, bad values, --remote without --env", () => {
  /** @type {[string[], RegExp][]} */
  const cases = [
    [
      ["add", "--email", "ana@shop.example", "--name", "Again", "--role", "admin"],
      /already an account for ana@shop\.example/,
    ],
    [
      ["add", "--email", "not-an-email", "--name", "X", "--role", "admin"],
      /--email must be an email address/,
    ],
    [
      ["add", "--email", "x@shop.example", "--name", "X", "--role", "owner"],
      /--role must be admin or technician/,
    ],
    [
      ["add", "--email", "x@shop.example", "--name", "X", "--role", "admin", "--remote"],
      /--remote needs --env/,
    ],
    [
      ["add", "--email", "x@shop.example", "--name", "X", "--role", "admin", "--password-stdin"],
      /must be 12 to 256 characters/,
    ],
    [["remove"], /unknown command remove/],
    [["add", "--bogus"], /usage: npm run staff/],
  ];
  for (const [args, message] of cases) {
    const run = staff(args, "short\n");
    assert.equal(run.status, 2, `${args.join(" ")}: ${run.stdout}${run.stderr}`);
    assert.match(run.stderr, message);
  }
  assert.equal(stored("x@shop.example"), undefined);
});
