// scripts/release.mjs (npm run deploy, npm run release:*) against test/support/fake-wrangler.mjs:
// each command's wrangler calls, in order, on its happy path; each refusal exits 2 with its
// sentence and changes nothing; --dry-run prints without changing. No network, no Cloudflare.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { checkTarget } from "../../scripts/release/commands.mjs";
import { Refusal } from "../../scripts/release/run.mjs";
import { createFakeWrangler } from "../support/fake-wrangler.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "release.mjs");
const NEWEST_TAG =
  [
    ...readFileSync(join(ROOT, "wrangler.toml"), "utf8").matchAll(
      /^\[\[migrations\]\]\s*\n\s*tag\s*=\s*"([^"]+)"/gm,
    ),
  ].at(-1)?.[1] ?? assert.fail("wrangler.toml declares no [[migrations]] tag");

/** A fake in `scenario`, removed when the test ends. */
function fakeFor(t, scenario, options) {
  const fake = createFakeWrangler(scenario, options);
  t.after(fake.cleanup);
  return fake;
}

/** The `--env` a run asked for (production when none). */
const targetOf = (args) => {
  const i = args.findIndex((arg) => arg === "--env" || arg === "-e");
  return i >= 0 ? args[i + 1] : "production";
};

function release(fake, ...args) {
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

const isChange = (call) =>
  call[0] === "deploy" ||
  call[0] === "rollback" ||
  (call[0] === "versions" && (call[1] === "upload" || call[1] === "deploy")) ||
  (call[0] === "d1" && call[2] === "apply");

const ids = (fake) => fake.state().versions.map((version) => version.id);
const traffic = (fake) =>
  fake.state().deployments[0].versions.map(({ version_id, percentage }) => `${version_id}@${percentage}`);

function assertRefused(fake, result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, pattern);
  assert.match(result.stderr, /^Refused: [^\n]+\.\n$/, "one sentence");
  assert.deepEqual(fake.calls().filter(isChange), []);
}

function gitHead() {
  const git = (...args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  return { sha: git("rev-parse", "--short", "HEAD"), subject: git("log", "-1", "--format=%s") };
}

test("deploy: D1 migrations applied, then wrangler deploy recording the Durable Object migration tag", (t) => {
  const fake = fakeFor(t, "fresh", { pendingD1Migrations: ["0001_sessions.sql", "0002_tickets.sql"] });
  const result = release(fake, "deploy", "--skip-build");
  assert.equal(result.status, 0, result.stderr);
  const { sha, subject } = gitHead();
  const calls = fake.calls();
  assert.deepEqual(calls.slice(0, 2), [
    ["deployments", "status", "--json", "--env", "production"],
    ["d1", "migrations", "apply", "DB", "--remote", "--env", "production"],
  ]);
  assert.equal(calls.length, 3);
  const [command, messageFlag, message, tagFlag, tag] = calls[2];
  assert.deepEqual([command, messageFlag, tagFlag, tag], ["deploy", "--message", "--tag", sha]);
  assert.ok(message.endsWith(` [do-migrations=${NEWEST_TAG}]`), message);
  assert.ok(message.length <= 100, message);
  assert.ok(
    `deploy ${sha}: ${subject}`.startsWith(message.split(" [do-migrations=")[0].replace(/\.\.\.$/, "")),
  );
  assert.deepEqual(fake.state().d1.pending, []);
  assert.deepEqual(traffic(fake), [`${ids(fake)[0]}@100`]);
});

test("deploy builds the widget first (shown by --dry-run, which changes nothing)", (t) => {
  const fake = fakeFor(t, "fresh");
  const result = release(fake, "deploy", "--dry-run", "--message", "first", "--tag", "abc1234");
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split("\n").filter((line) => line.startsWith("$ "));
  assert.deepEqual(lines, [
    "$ wrangler deployments status --json --env production",
    "$ node scripts/build-widget.mjs   (dry run: not run)",
    "$ wrangler d1 migrations apply DB --remote --env production   (dry run: not run)",
    `$ wrangler deploy --message 'first [do-migrations=${NEWEST_TAG}]' --tag abc1234 --env production   (dry run: not run)`,
  ]);
  assert.match(result.stdout, /Dry run: nothing was changed\./);
  assert.deepEqual(fake.calls().filter(isChange), []);
  // [env.production] says ENVIRONMENT = "production": nothing to warn about or refuse.
  assert.doesNotMatch(result.stdout + result.stderr, /Warning|Refused/);
});

test("deploy is refused during a canary", (t) => {
  const fake = fakeFor(t, "split");
  assertRefused(fake, release(fake, "deploy", "--skip-build"), /A canary is in progress .*release:promote/);
});

test("upload: wrangler versions upload with the message stamped and the tag", (t) => {
  const fake = fakeFor(t, "stable");
  const [stable] = ids(fake);
  const result = release(fake, "upload", "--skip-build", "--message", "Fix the greeting", "--tag", "5d6e7f8");
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(fake.calls(), [
    ["deployments", "status", "--json", "--env", "production"],
    ["versions", "view", stable, "--json", "--env", "production"],
    ["d1", "migrations", "list", "DB", "--remote", "--env", "production"],
    [
      "versions",
      "upload",
      "--message",
      `Fix the greeting [do-migrations=${NEWEST_TAG}]`,
      "--tag",
      "5d6e7f8",
      "--env",
      "production",
    ],
  ]);
  assert.equal(fake.state().versions.length, 2);
  assert.deepEqual(traffic(fake), [`${stable}@100`], "an upload serves no traffic");
});

test("upload refuses when D1 migrations are pending remotely", (t) => {
  const fake = fakeFor(t, "stable", { pendingD1Migrations: ["0003_purge_state.sql"] });
  assertRefused(
    fake,
    release(fake, "upload", "--skip-build"),
    /D1 migrations are pending remotely \(0003_purge_state\.sql\) .*run `npm run deploy`/,
  );
});

test("upload refuses when wrangler.toml has a Durable Object migration the deployed version lacks", (t) => {
  const fake = fakeFor(t, "stable", { deployedMigrationTag: "v1" });
  assertRefused(
    fake,
    release(fake, "upload", "--skip-build"),
    new RegExp(
      `newest Durable Object migration is ${NEWEST_TAG} but the deployed version records v1: .*run \`npm run deploy\``,
    ),
  );
});

test("upload refuses when nothing is deployed, and during a canary", (t) => {
  const fresh = fakeFor(t, "fresh");
  assertRefused(
    fresh,
    release(fresh, "upload", "--skip-build"),
    /Nothing is deployed yet: .*`npm run deploy`/,
  );
  const split = fakeFor(t, "split");
  assertRefused(split, release(split, "upload", "--skip-build"), /A canary is in progress/);
});

test("canary 5 from an upload, then 25 from the resulting split", (t) => {
  const fake = fakeFor(t, "uploaded");
  const [stable, next] = ids(fake);
  assert.equal(release(fake, "canary", "5").status, 0);
  const afterFive = fake.calls().length;
  assert.deepEqual(fake.calls(), [
    ["deployments", "status", "--json", "--env", "production"],
    ["versions", "view", stable, "--json", "--env", "production"],
    ["versions", "list", "--json", "--env", "production"],
    [
      "versions",
      "deploy",
      `${next}@5`,
      `${stable}@95`,
      "--yes",
      "--message",
      "canary 5d6e7f8 at 5%",
      "--env",
      "production",
    ],
  ]);
  assert.deepEqual(traffic(fake), [`${next}@5`, `${stable}@95`]);

  const result = release(fake, "canary", "25");
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(fake.calls().slice(afterFive), [
    ["deployments", "status", "--json", "--env", "production"],
    ["versions", "view", next, "--json", "--env", "production"],
    ["versions", "view", stable, "--json", "--env", "production"],
    ["versions", "list", "--json", "--env", "production"],
    [
      "versions",
      "deploy",
      `${next}@25`,
      `${stable}@75`,
      "--yes",
      "--message",
      "canary 5d6e7f8 at 25%",
      "--env",
      "production",
    ],
  ]);
  assert.deepEqual(traffic(fake), [`${next}@25`, `${stable}@75`]);
});

test("canary refuses a percentage that is not a whole number from 1 to 99, before calling wrangler", (t) => {
  for (const pct of ["0", "100", "150", "abc", "5.5", undefined]) {
    const fake = fakeFor(t, "uploaded");
    const result = release(fake, ...(pct === undefined ? ["canary"] : ["canary", pct]));
    assertRefused(fake, result, /The canary percentage must be a whole number from 1 to 99/);
    assert.deepEqual(fake.calls(), []);
  }
});

test("canary refuses when no version was uploaded after the stable one, or nothing is deployed", (t) => {
  const stable = fakeFor(t, "stable");
  assertRefused(
    stable,
    release(stable, "canary", "5"),
    /No version was uploaded after the stable one .*run `npm run release:upload` first/,
  );
  const fresh = fakeFor(t, "fresh");
  assertRefused(fresh, release(fresh, "canary", "5"), /Nothing is deployed yet/);
});

test("canary refuses while the deployment is split with a version that is not the newest upload", (t) => {
  const fake = fakeFor(t, "split");
  // A third version uploaded during the canary (through the fake, as wrangler would).
  const upload = spawnSync(
    process.execPath,
    [fake.env.WRANGLER_BIN, "versions", "upload", "--message", "another", "--tag", "9a9a9a9"],
    { env: { ...process.env, ...fake.env }, encoding: "utf8" },
  );
  assert.equal(upload.status, 0, upload.stderr);
  const before = fake.calls().length;
  const result = release(fake, "canary", "25");
  assert.equal(result.status, 2);
  assert.match(
    result.stderr,
    /The deployment is split with 00000002 \(5d6e7f8\), which is not the newest upload/,
  );
  assert.deepEqual(fake.calls().slice(before).filter(isChange), []);
});

test("promote: the canary to 100%; refused when there is no canary", (t) => {
  const fake = fakeFor(t, "split");
  const [stable, next] = ids(fake);
  assert.equal(release(fake, "promote").status, 0);
  assert.deepEqual(fake.calls(), [
    ["deployments", "status", "--json", "--env", "production"],
    ["versions", "view", next, "--json", "--env", "production"],
    ["versions", "view", stable, "--json", "--env", "production"],
    ["versions", "deploy", `${next}@100`, "--yes", "--message", "promote 5d6e7f8", "--env", "production"],
  ]);
  assert.deepEqual(traffic(fake), [`${next}@100`]);

  const calm = fakeFor(t, "stable");
  assertRefused(calm, release(calm, "promote"), /There is no canary to promote/);
});

test("rollback from a split: the stable version back to 100%", (t) => {
  const fake = fakeFor(t, "split");
  const [stable, next] = ids(fake);
  assert.equal(release(fake, "rollback").status, 0);
  assert.deepEqual(fake.calls(), [
    ["deployments", "status", "--json", "--env", "production"],
    ["versions", "view", next, "--json", "--env", "production"],
    ["versions", "view", stable, "--json", "--env", "production"],
    [
      "versions",
      "deploy",
      `${stable}@100`,
      "--yes",
      "--message",
      "rollback: canary 00000002 (5d6e7f8) withdrawn",
      "--env",
      "production",
    ],
  ]);
  assert.deepEqual(traffic(fake), [`${stable}@100`]);
});

test("rollback from 100%: wrangler rollback to the previous version, or to --to", (t) => {
  const fake = fakeFor(t, "split");
  const [stable, next] = ids(fake);
  assert.equal(release(fake, "promote").status, 0);
  const before = fake.calls().length;
  const result = release(fake, "rollback");
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(fake.calls().slice(before), [
    ["deployments", "status", "--json", "--env", "production"],
    ["versions", "view", next, "--json", "--env", "production"],
    ["rollback", "--message", "rollback to the previous version", "-y", "--env", "production"],
  ]);
  assert.deepEqual(traffic(fake), [`${stable}@100`]);

  const again = fake.calls().length;
  assert.equal(release(fake, "rollback", "--to", next, "--message", "the fix was fine").status, 0);
  assert.deepEqual(fake.calls().at(-1), [
    "rollback",
    next,
    "--message",
    "the fix was fine",
    "-y",
    "--env",
    "production",
  ]);
  assert.equal(fake.calls().length - again, 3);
  assert.deepEqual(traffic(fake), [`${next}@100`]);
});

test("--dry-run on canary, promote and rollback prints the change and makes none", (t) => {
  const uploaded = fakeFor(t, "uploaded");
  const [stable, next] = ids(uploaded);
  const result = release(uploaded, "canary", "5", "--dry-run");
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    new RegExp(
      `\\$ wrangler versions deploy ${next}@5 ${stable}@95 --yes --message 'canary 5d6e7f8 at 5%' --env production {3}\\(dry run: not run\\)`,
    ),
  );
  assert.deepEqual(uploaded.calls().filter(isChange), []);
  for (const command of ["promote", "rollback"]) {
    const split = fakeFor(t, "split");
    const dry = release(split, command, "--dry-run");
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(
      dry.stdout,
      /\$ wrangler versions deploy \S+@100 --yes .* --env production {3}\(dry run: not run\)/,
    );
    assert.deepEqual(split.calls().filter(isChange), []);
    assert.deepEqual(traffic(split), [`${next}@5`, `${stable}@95`]);
  }
});

test("status prints the deployment as a table", (t) => {
  const fake = fakeFor(t, "split");
  const [stable, next] = ids(fake);
  const result = release(fake, "status");
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Traffic\s+Role\s+Version\s+Created\s+Tag\s+Message/);
  assert.match(result.stdout, new RegExp(`5%\\s+canary\\s+${next}\\s+\\S+\\s+5d6e7f8\\s+Fix the greeting`));
  assert.match(result.stdout, new RegExp(`95%\\s+stable\\s+${stable}\\s+\\S+\\s+1a2b3c4\\s+deploy 1a2b3c4`));
  assert.match(result.stdout, /Canary in progress/);
  assert.deepEqual(fake.calls().filter(isChange), []);

  const fresh = fakeFor(t, "fresh");
  const none = release(fresh, "status");
  assert.equal(none.status, 0);
  assert.match(none.stdout, /Nothing is deployed yet\./);
});

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
