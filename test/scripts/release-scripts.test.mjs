// scripts/release.mjs (npm run deploy, npm run release:*) against test/support/fake-wrangler.mjs:
// each command's wrangler calls, in order, on its happy path; each refusal exits 2 with its
// sentence and changes nothing; --dry-run prints without changing. No network, no Cloudflare.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import {
  assertRefused,
  fakeFor,
  gitHead,
  ids,
  isChange,
  NEWEST_TAG,
  release,
  traffic,
} from "../support/release-harness.mjs";

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
