// `npm run canary:check` (scripts/canary-check.mjs) against the real local stack: the built Worker
// on Miniflare/workerd as the stable version, plus canary versions of the same script in the same
// workerd, all counting into the stable's one Metrics object, with canary traffic made to fail on
// purpose. The script under test only talks HTTP to --base.
//
// How versions are wired (there is no Cloudflare version routing locally):
// - the stable has Miniflare's version-metadata binding (a random id, read from /api/health);
// - each canary is a second Miniflare worker running the same script with a plain JSON `VERSION`
//   binding `{ id, tag, timestamp }`, its METRICS and LOG_STREAM bindings pointing at the stable's
//   classes (`scriptName: "sti-chat-edge"`), and its own ChatSession and CircuitBreaker objects: in
//   production a session's object runs one version's code, and OpenAI calls are counted with the
//   version of the code that made them, so the canary's smart calls must run in canary code;
// - --base is a small router standing in for Cloudflare's edge: it sends a request carrying
//   `Cloudflare-Workers-Version-Overrides: sti-chat-edge-production="<canary id>"` (the Worker
//   wrangler.toml's [env.production] deploys, canary:check's default) to that canary and
//   everything else to the stable, so the check's pinned health probe really reaches the canary.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { workerName } from "../../scripts/canary/fetch-figures.mjs";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";
import { startOpenAiMock } from "../support/openai-mock.mjs";
import {
  canaryWorker,
  runCheck as check,
  get,
  portOf,
  post,
  REQUEST_TIMEOUT_MS,
  startRouter,
} from "./canary-support.mjs";

const SETTLE_DEADLINE_MS = 10_000;
const ADMIN_TOKEN = "canary-admin-token";
const run = Math.random().toString(36).slice(2, 8);
const id = (name) => `${name}-${run}`;
/** Letters only (the OpenAI mock's rule): calls whose body holds it are scripted to fail. */
const FAIL_MARKER = `Zq${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, "")
  .slice(0, 8)}canary`;

const CANARIES = {
  healthy: { name: "canary-healthy", id: id("canary-healthy"), vars: {} },
  quiet: { name: "canary-quiet", id: id("canary-quiet"), vars: {} },
  // A bad var: config parsing fails, so every request answers 503 (and /api/health too).
  broken: { name: "canary-broken", id: id("canary-broken"), vars: { RATE_LIMIT_PER_MINUTE: "abc" } },
  // Its D1 binding names a database without the migrations (a fresh database id, never migrated):
  // /api/health says degraded and the admin listing answers 500.
  unmigrated: {
    name: "canary-unmigrated",
    id: id("canary-unmigrated"),
    vars: {},
    d1: "canary-unmigrated-db",
  },
  // Smart mode on against the OpenAI mock, which answers this canary's requests 503 (the service is
  // down: a 400 for one user's request is not counted as a failure). The breaker is kept from
  // opening so every turn really calls.
  smart: {
    name: "canary-smart",
    id: id("canary-smart"),
    vars: { OPENAI_BREAKER_FAILURES: "1000", OPENAI_BREAKER_MIN_CALLS: "10000" },
  },
  // Not a canary: a production-mode front on the same Metrics object, to check the admin token
  // (with the OpenAI key all versions share in production, so it reports smart mode as on).
  production: {
    name: "production-front",
    id: id("production-front"),
    vars: { ENVIRONMENT: "production", LOG_TOKEN: ADMIN_TOKEN },
  },
};

let mock;
let mf;
let stableUrl;
let stableId;
let router;
let base;
/** name -> direct URL of that worker */
const urls = {};

before(async () => {
  mock = await startOpenAiMock();
  await fetch(`${mock.url}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      marker: FAIL_MARKER,
      steps: Array.from({ length: 200 }, () => ({
        kind: "error",
        status: 503,
        message: "The server is overloaded",
      })),
    }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const smartVars = { OPENAI_API_KEY: "test-openai-key", OPENAI_BASE_URL: mock.baseURL };
  const script = buildWorker();
  const extraWorkers = Object.entries(CANARIES).map(([key, canary]) =>
    canaryWorker(script, canary, key === "smart" || key === "production" ? smartVars : {}),
  );
  ({ mf, url: stableUrl } = await startWorker(
    script,
    { ...smartVars, RATE_LIMIT_PER_MINUTE: "10000" },
    { quiet: true, extraWorkers },
  ));
  for (const canary of Object.values(CANARIES)) {
    urls[canary.name] = (await mf.unsafeGetDirectURL(canary.name)).toString().replace(/\/$/, "");
  }
  const health = await (await get(stableUrl, "/api/health")).json();
  stableId = health.version.id;
  const byVersion = new Map(Object.values(CANARIES).map((c) => [c.id, c.name]));
  router = await startRouter((pinned) => (pinned && urls[byVersion.get(pinned)]) || stableUrl);
  base = `http://127.0.0.1:${portOf(router)}`;
});

after(async () => {
  router?.close();
  await mf?.dispose();
  await mock?.close();
});

/** One conversation to the steps stage, then `turns` typed messages, each a smart answer. */
async function conversation(target, turns, extra = "") {
  const sessionId = `canary-${run}-${Math.random().toString(36).slice(2)}`;
  const statuses = [
    await post(target, "/api/greeting", { sessionId }),
    await post(target, "/api/chat", { sessionId, action: "consent:yes" }),
    await post(target, "/api/chat", { sessionId, message: "me llamo Ana" }),
    await post(target, "/api/chat", { sessionId, message: "mi notebook no prende" }),
  ];
  for (let i = 0; i < turns; i++) {
    statuses.push(
      await post(target, "/api/chat", { sessionId, message: `sigue sin prender ${extra}`.trim() }),
    );
  }
  return statuses;
}

/**
 * The same mix of traffic to the stable and to a canary, interleaved so both see the same machine:
 * `health` health checks and `chats` conversations (4 + 2 requests each) per side. Returns the
 * request count per side and every status the canary answered.
 */
async function traffic(canaryUrl, { health, chats, stableShare = 2, canaryMarker = "" }) {
  const canaryStatuses = [];
  let stableRequests = 0;
  for (let i = 0; i < health; i++) {
    for (let s = 0; s < stableShare; s++) {
      assert.equal((await get(stableUrl, "/api/health")).status, 200);
      stableRequests++;
    }
    const res = await get(canaryUrl, "/api/health");
    await res.arrayBuffer();
    canaryStatuses.push(res.status);
  }
  for (let i = 0; i < chats; i++) {
    const stable = await conversation(stableUrl, 2);
    assert.deepEqual(new Set(stable), new Set([200]));
    stableRequests += stable.length;
    canaryStatuses.push(...(await conversation(canaryUrl, 2, canaryMarker)));
  }
  return { stableRequests, canaryRequests: canaryStatuses.length, canaryStatuses };
}

/** Polls the report (not counted itself) until `done(report)`; bounded by a deadline. */
async function settled(done) {
  const deadline = Date.now() + SETTLE_DEADLINE_MS;
  let report;
  while (Date.now() < deadline) {
    report = await (await get(stableUrl, "/api/metrics")).json();
    if (done(report)) return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`metrics never settled: ${JSON.stringify(report?.versions)}`);
}

const last5m = (report, versionId) => report.versions[versionId]?.last5m.requests ?? 0;

test("a healthy canary with enough traffic: promote, exit 0, versions inferred", async () => {
  const canary = CANARIES.healthy;
  const sent = await traffic(urls[canary.name], { health: 100, chats: 3 });
  assert.deepEqual(new Set(sent.canaryStatuses), new Set([200]));
  await settled(
    (r) => last5m(r, canary.id) >= sent.canaryRequests && last5m(r, stableId) >= sent.stableRequests,
  );

  const result = await check(["--base", base]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /^PROMOTE: /);
  assert.match(result.stdout, new RegExp(`canary +${canary.id} \\(inferred\\)`));
  assert.match(result.stdout, new RegExp(`stable +${stableId} \\(inferred\\)`));
  assert.match(result.stdout, /^traffic +\d+ requests +\d+ requests +>= 100 canary requests +pass$/m);
  assert.match(result.stdout, /^5xx rate +0\.00% \(0\/\d+\) .* pass$/m);
  assert.match(result.stdout, /^health \(canary\) +ok \(canary-h…\) .* pass$/m);

  const json = await check(["--base", base, "--canary", canary.id, "--stable", stableId, "--json"]);
  assert.equal(json.code, 0, json.stdout);
  const parsed = JSON.parse(json.stdout);
  assert.equal(parsed.verdict, "promote");
  assert.deepEqual(parsed.canary, { id: canary.id, inferred: false });
  assert.equal(parsed.findings.length, 6);
  // Every criterion passes, except OpenAI failures: not judged, this canary has no smart traffic.
  assert.ok(
    parsed.findings.every(
      (f) => f.action === "none" && (f.result === "pass" || f.criterion === "OpenAI failures"),
    ),
    json.stdout,
  );
});

test("too little canary traffic: hold, exit 3; three active versions cannot be inferred: exit 4", async () => {
  const canary = CANARIES.quiet;
  for (let i = 0; i < 20; i++) assert.equal((await get(urls[canary.name], "/api/health")).status, 200);
  await settled((r) => last5m(r, canary.id) >= 20);

  const result = await check(["--base", base, "--canary", canary.id, "--stable", stableId]);
  assert.equal(result.code, 3, result.stdout + result.stderr);
  assert.match(result.stdout, /^HOLD: /);
  assert.match(result.stdout, /^traffic +2\d requests .* FAIL: hold$/m);
  assert.match(result.stdout, /^5xx rate .* n\/a$/m);

  const inferred = await check(["--base", base]);
  assert.equal(inferred.code, 4, inferred.stdout);
  assert.match(inferred.stdout, /^CANNOT DECIDE: 3 versions had traffic in last5m: .*--canary and --stable/);
});

test("a canary with a bad config var (every answer a 503): roll back, exit 1", async () => {
  const canary = CANARIES.broken;
  const sent = await traffic(urls[canary.name], { health: 110, chats: 0, stableShare: 1 });
  assert.deepEqual(new Set(sent.canaryStatuses), new Set([503]));
  await settled((r) => last5m(r, canary.id) >= sent.canaryStatuses.length);

  const result = await check(["--base", base, "--canary", canary.id, "--stable", stableId]);
  assert.equal(result.code, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /^ROLL BACK: /);
  // The pinned probe went through the router to the canary itself.
  assert.match(result.stdout, /^health \(canary\) +503 service_unavailable .* FAIL: roll back$/m);
  assert.match(result.stdout, /^health \(split\) .* pass$/m);
  // The 503s are counted too (a bad config keeps logging and counting on), so the 5xx row fails.
  assert.match(result.stdout, /^5xx rate .* FAIL: roll back$/m);
});

test("a canary whose database lacks the migrations (real, counted 500s): roll back, exit 1", async () => {
  const canary = CANARIES.unmigrated;
  const target = urls[canary.name];
  const statuses = [];
  for (let i = 0; i < 100; i++) statuses.push((await get(target, "/api/health")).status);
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${target}/api/sessions`, {
      headers: { Authorization: "Bearer bench-token" },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  assert.deepEqual(statuses.filter((s) => s === 500).length, 10);
  await settled((r) => last5m(r, canary.id) >= statuses.length);

  // With the admin token (the canaries' own), health names what failed; without it, only which check.
  const result = await check([
    "--base",
    base,
    "--canary",
    canary.id,
    "--stable",
    stableId,
    "--token",
    "bench-token",
  ]);
  assert.equal(result.code, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /^5xx rate +9\.\d\d% \(10\/11\d\) .* <= 0\.50% +FAIL: roll back$/m);
  assert.match(result.stdout, /^health \(canary\) +200 degraded \(d1: .* FAIL: roll back$/m);
  assert.match(result.stdout, /^- health \(canary\): .*no such table: sessions/m);
  const anonymous = await check(["--base", base, "--canary", canary.id, "--stable", stableId]);
  assert.equal(anonymous.code, 1, anonymous.stdout + anonymous.stderr);
  assert.match(anonymous.stdout, /^- health \(canary\): .*200 degraded \(d1: failed\)$/m);
  assert.doesNotMatch(anonymous.stdout, /no such table/);
});

test("a canary whose OpenAI calls fail: disable smart mode, exit 2", async () => {
  const canary = CANARIES.smart;
  const sent = await traffic(urls[canary.name], {
    health: 100,
    chats: 6,
    stableShare: 1,
    canaryMarker: FAIL_MARKER,
  });
  assert.deepEqual(new Set(sent.canaryStatuses), new Set([200]), "the rules answer when the model fails");
  const report = await settled(
    (r) =>
      last5m(r, canary.id) >= sent.canaryRequests &&
      (r.versions[canary.id]?.openai?.last5m.failures ?? 0) >= 12,
  );
  // The stable's conversations reached the same mock and succeeded.
  assert.ok(report.versions[stableId].openai.last5m.calls > 0);
  assert.equal(report.versions[stableId].openai.last5m.failures, 0);

  const result = await check(["--base", base, "--canary", canary.id, "--stable", stableId]);
  assert.equal(result.code, 2, result.stdout + result.stderr);
  assert.match(result.stdout, /^DISABLE SMART MODE: npm run smart-mode -- off --remote/);
  assert.match(
    result.stdout,
    /^OpenAI failures +\d+\.\d\d% \(\d+\/\d+ calls\) +0\.00% \(0\/\d+ calls\) .* FAIL: disable smart mode$/m,
  );
  assert.match(result.stdout, /^5xx rate .* pass$/m);
});

test("production mode: a wrong or missing token cannot decide (exit 4), the right one decides", async () => {
  const front = urls[CANARIES.production.name];
  const args = ["--base", front, "--canary", CANARIES.smart.id, "--stable", stableId];

  const wrong = await check([...args, "--token", "not-the-token"]);
  assert.equal(wrong.code, 4, wrong.stdout + wrong.stderr);
  assert.match(wrong.stdout, /^CANNOT DECIDE: metrics answered 401: the token was refused/);

  const missing = await check(args);
  assert.equal(missing.code, 4, missing.stdout);
  assert.match(missing.stdout, /401: no token given \(--token or LOG_TOKEN\)/);

  const right = await check(args, { LOG_TOKEN: ADMIN_TOKEN });
  assert.equal(right.code, 2, right.stdout + right.stderr);
});

test("metrics unreachable, and usage errors", async () => {
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, "127.0.0.1", () => resolve(undefined)));
  const port = portOf(closed);
  await new Promise((resolve) => closed.close(resolve));
  const unreachable = await check(["--base", `http://127.0.0.1:${port}`, "--timeout-ms", "2000"]);
  assert.equal(unreachable.code, 4);
  assert.match(unreachable.stdout, /^CANNOT DECIDE: metrics unreachable: /);

  // A login or error page in front of the Worker answers 200 with HTML.
  const page = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>"));
  await new Promise((resolve) => page.listen(0, "127.0.0.1", () => resolve(undefined)));
  try {
    const notJson = await check(["--base", `http://127.0.0.1:${portOf(page)}`, "--timeout-ms", "2000"]);
    assert.equal(notJson.code, 4, notJson.stdout);
    assert.match(notJson.stdout, /^CANNOT DECIDE: metrics answered bad JSON: /);
  } finally {
    page.closeAllConnections();
    page.close();
  }

  for (const args of [
    [],
    ["--base"],
    ["--base", "ftp://x"],
    ["--base", base, "--min-requests", "many"],
    ["--base", base, "--env", "development"],
    ["--bogus"],
  ]) {
    const usage = await check(args);
    assert.equal(usage.code, 64, `${JSON.stringify(args)}: ${usage.stdout}`);
    assert.match(usage.stderr, /Usage: npm run canary:check -- --base <url>/);
  }
});

test("the version-override header names the Worker of the --env checked: [env.<env>]'s name, else <name>-<env>", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "canary-toml-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "wrangler.toml");
  writeFileSync(
    file,
    'name = "shop"\n[vars]\nX = "1"\n[env.production]\nname = "shop-live"\n[env.staging.vars]\nX = "2"\n',
  );
  assert.equal(workerName("production", file), "shop-live");
  assert.equal(workerName("staging", file), "shop-staging");
  assert.throws(() => workerName("qa", file), /no \[env\.qa\]/);
  // The committed file: the canary of production is pinned on the production Worker, not the top level's.
  assert.equal(workerName("production"), "sti-chat-edge-production");
  assert.equal(workerName("staging"), "sti-chat-edge-staging");
});
