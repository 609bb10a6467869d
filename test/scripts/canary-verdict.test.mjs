// The decision rules of `npm run canary:check` (scripts/canary/verdict.mjs), on hand-made reports:
// every criterion at, just below and just above its threshold, the severity order, which versions
// are compared when none are named, and a stable without traffic.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decide, EXIT_CODES, pickVersions, readHealth } from "../../scripts/canary/verdict.mjs";

const CANARY = "canary-v2";
const STABLE = "stable-v1";

/** One version's figures in last5m (sinceStart is not read by the rules). */
function version({ requests = 1000, errors = 0, p95 = 100, calls = 0, failures = 0 } = {}) {
  const summary = {
    requests,
    errors5xx: errors,
    errorRate: requests > 0 ? errors / requests : 0,
    latencyMs: requests > 0 ? { p50: p95 / 2, p95, p99: p95 * 1.5 } : { p50: null, p95: null, p99: null },
  };
  const openai = { calls, failures, failureRate: calls > 0 ? failures / calls : 0 };
  return { last5m: summary, sinceStart: summary, openai: { last5m: openai, sinceStart: openai } };
}

function report(versions, { smartMode = { enabled: true, source: "var" } } = {}) {
  return {
    generatedAt: "2026-11-20T12:30:20.000Z",
    last5mFrom: "2026-11-20T12:26:00.000Z",
    versions,
    openai: { calls: 0, failures: 0, failureRate: 0, last5m: { calls: 0, failures: 0, failureRate: 0 } },
    smartMode,
  };
}

/** @returns {HealthProbe} */
const healthy = (versionId) => ({ status: 200, ok: true, versionId, detail: "ok" });
const HEALTHY = { canary: healthy(CANARY), plain: healthy(STABLE) };

/**
 * @typedef {import("../../scripts/canary/verdict.mjs").HealthProbe} HealthProbe
 * @typedef {import("../../scripts/canary/verdict.mjs").VersionMetrics} VersionMetrics
 */

/**
 * The verdict for a canary and a stable (both named), with healthy answers unless told.
 * @param {VersionMetrics} canary
 * @param {VersionMetrics} [stable]
 * @param {{ health?: { canary: HealthProbe, plain: HealthProbe },
 *   options?: Partial<import("../../scripts/canary/verdict.mjs").Options>,
 *   smartMode?: { enabled: boolean, source: string } }} [given]
 */
function verdictFor(canary, stable = version(), { health = HEALTHY, options, smartMode } = {}) {
  const metrics = report({ [CANARY]: canary, [STABLE]: stable }, smartMode ? { smartMode } : {});
  const selection = pickVersions(metrics.versions, { canary: CANARY, stable: STABLE });
  assert.equal(selection.ok, true);
  return decide({ report: metrics, selection, health, ...(options ? { options } : {}) });
}

const finding = (result, criterion) => {
  const found = result.findings.find((f) => f.criterion === criterion);
  assert.ok(found, `no finding ${criterion}`);
  return found;
};

describe("5xx rate: roll back above 0.5% of the canary's requests", () => {
  test("at 0.5% (5 of 1000) it passes", () => {
    const result = verdictFor(version({ errors: 5 }));
    assert.equal(finding(result, "5xx rate").result, "pass");
    assert.equal(result.verdict, "promote");
    assert.equal(result.exitCode, 0);
  });
  test("just below (4 of 1000) it passes", () => {
    assert.equal(verdictFor(version({ errors: 4 })).verdict, "promote");
  });
  test("just above (6 of 1000) it fails: roll back, exit 1", () => {
    const result = verdictFor(version({ errors: 6 }));
    assert.deepEqual(
      { result: finding(result, "5xx rate").result, verdict: result.verdict, exit: result.exitCode },
      { result: "fail", verdict: "roll_back", exit: 1 },
    );
    assert.equal(finding(result, "5xx rate").canary, "0.60% (6/1000)");
  });
  test("the stable's own 5xx rate does not excuse the canary's", () => {
    assert.equal(verdictFor(version({ errors: 6 }), version({ errors: 50 })).verdict, "roll_back");
  });
});

describe("p95: roll back above 2x the stable's p95 (and above the floor)", () => {
  test("at exactly 2x it passes", () => {
    const result = verdictFor(version({ p95: 200 }), version({ p95: 100 }));
    assert.equal(finding(result, "p95 latency").result, "pass");
    assert.equal(result.verdict, "promote");
  });
  test("just below 2x it passes", () => {
    assert.equal(verdictFor(version({ p95: 199.99 }), version({ p95: 100 })).verdict, "promote");
  });
  test("just above 2x it fails: roll back", () => {
    const result = verdictFor(version({ p95: 200.01 }), version({ p95: 100 }));
    assert.equal(finding(result, "p95 latency").result, "fail");
    assert.equal(result.verdict, "roll_back");
    assert.equal(finding(result, "p95 latency").figures.limit, 200);
  });
  test("a p95 at the 50 ms floor never fails, whatever the ratio; just above it does", () => {
    assert.equal(verdictFor(version({ p95: 50 }), version({ p95: 4 })).verdict, "promote");
    assert.equal(verdictFor(version({ p95: 50.01 }), version({ p95: 4 })).verdict, "roll_back");
  });
  test("the floor is an option: 0 judges the ratio alone", () => {
    const result = verdictFor(version({ p95: 8.01 }), version({ p95: 4 }), { options: { p95FloorMs: 0 } });
    assert.equal(result.verdict, "roll_back");
  });
});

describe("OpenAI failures: disable smart mode above 5% of the canary's calls", () => {
  test("at 5% (5 of 100) it passes", () => {
    const result = verdictFor(version({ calls: 100, failures: 5 }));
    assert.equal(finding(result, "OpenAI failures").result, "pass");
    assert.equal(result.verdict, "promote");
  });
  test("just below (4 of 100) it passes", () => {
    assert.equal(verdictFor(version({ calls: 100, failures: 4 })).verdict, "promote");
  });
  test("just above (6 of 100) it fails: disable smart mode, exit 2", () => {
    const result = verdictFor(version({ calls: 100, failures: 6 }));
    assert.equal(finding(result, "OpenAI failures").result, "fail");
    assert.equal(result.verdict, "disable_smart_mode");
    assert.equal(result.exitCode, 2);
    assert.match(finding(result, "OpenAI failures").note ?? "", /roll back if errors persist/);
  });
  test("judged from 10 calls: 9 failed calls of 9 are not judged, 1 failure in 10 is", () => {
    const nine = verdictFor(version({ calls: 9, failures: 9 }));
    assert.equal(finding(nine, "OpenAI failures").result, "n/a");
    assert.equal(nine.verdict, "promote");
    assert.equal(verdictFor(version({ calls: 10, failures: 1 })).verdict, "disable_smart_mode");
  });
  test("the minimum number of calls is an option", () => {
    const result = verdictFor(version({ calls: 3, failures: 3 }), version(), {
      options: { minOpenAiCalls: 3 },
    });
    assert.equal(result.verdict, "disable_smart_mode");
  });
  test("with smart mode already off, failures in the window mean hold, not disable again", () => {
    const result = verdictFor(version({ calls: 100, failures: 50 }), version(), {
      smartMode: { enabled: false, source: "kv" },
    });
    assert.equal(result.verdict, "hold");
    assert.match(finding(result, "OpenAI failures").note ?? "", /already off/);
  });
  test("when the stable fails as much, the note points at OpenAI itself", () => {
    const result = verdictFor(version({ calls: 100, failures: 40 }), version({ calls: 900, failures: 400 }));
    assert.equal(result.verdict, "disable_smart_mode");
    assert.match(finding(result, "OpenAI failures").note ?? "", /OpenAI itself/);
  });
  test("a report without per-version OpenAI counts falls back to the whole deployment's, and says so", () => {
    const { openai: _canary, ...canary } = version();
    const { openai: _stable, ...stable } = version();
    const metrics = report({ [CANARY]: canary, [STABLE]: stable });
    metrics.openai.last5m = { calls: 20, failures: 10, failureRate: 0.5 };
    const selection = pickVersions(metrics.versions, { canary: CANARY, stable: STABLE });
    assert.equal(selection.ok, true);
    const result = decide({ report: metrics, selection, health: HEALTHY });
    assert.equal(result.verdict, "disable_smart_mode");
    assert.ok(result.notes.some((n) => /no per-version OpenAI counts/.test(n)));
  });
});

test("a canary missing from a report that has per-version counts reads zero calls, not everyone's", () => {
  const metrics = report({ [STABLE]: version({ calls: 100, failures: 50 }) });
  metrics.openai.last5m = { calls: 100, failures: 50, failureRate: 0.5 };
  const selection = pickVersions(metrics.versions, { canary: CANARY, stable: STABLE });
  assert.ok(selection.ok);
  const result = decide({ report: metrics, selection, health: HEALTHY });
  assert.equal(finding(result, "OpenAI failures").canary, "0.00% (0/0 calls)");
  assert.equal(result.verdict, "hold");
});

describe("traffic: hold below the minimum number of canary requests", () => {
  test("99 requests: hold, exit 3, and the request criteria are not judged", () => {
    const result = verdictFor(version({ requests: 99, errors: 50, p95: 5000 }));
    assert.equal(result.verdict, "hold");
    assert.equal(result.exitCode, 3);
    assert.equal(finding(result, "traffic").result, "fail");
    assert.equal(finding(result, "5xx rate").result, "n/a");
    assert.equal(finding(result, "p95 latency").result, "n/a");
  });
  test("exactly 100 requests: judged, promote", () => {
    assert.equal(verdictFor(version({ requests: 100 })).verdict, "promote");
  });
  test("the minimum is an option", () => {
    assert.equal(
      verdictFor(version({ requests: 20 }), version(), { options: { minRequests: 20 } }).verdict,
      "promote",
    );
  });
});

describe("health", () => {
  test("the canary's own health not ok: roll back", () => {
    const health = {
      canary: readHealth({ status: 503, body: '{"error":{"code":"service_unavailable","message":"x"}}' }),
      plain: healthy(STABLE),
    };
    const result = verdictFor(version(), version(), { health });
    assert.equal(finding(result, "health (canary)").result, "fail");
    assert.equal(finding(result, "health (canary)").canary, "503 service_unavailable");
    assert.equal(result.verdict, "roll_back");
  });
  test("a degraded canary (200, status degraded) is not ok, and the failing checks are named", () => {
    const body = JSON.stringify({
      status: "degraded",
      version: { id: CANARY },
      checks: { kv: { ok: true }, d1: { ok: false, error: "no such table: sessions" } },
    });
    const health = { canary: readHealth({ status: 200, body }), plain: healthy(STABLE) };
    const result = verdictFor(version(), version(), { health });
    assert.equal(result.verdict, "roll_back");
    assert.match(finding(result, "health (canary)").canary, /degraded \(d1: no such table: sessions\)/);
  });
  test("an override that was not honoured is reported, not judged", () => {
    const result = verdictFor(version(), version(), {
      health: { canary: healthy(STABLE), plain: healthy(STABLE) },
    });
    assert.equal(finding(result, "health (canary)").result, "n/a");
    assert.equal(result.verdict, "promote");
  });
  test("no answer from the canary: roll back", () => {
    const health = { canary: readHealth({ error: "no answer within 10 ms" }), plain: healthy(STABLE) };
    assert.equal(verdictFor(version(), version(), { health }).verdict, "roll_back");
  });
  test("the split answered by an unhealthy stable: hold (rolling back would not help)", () => {
    const plain = readHealth({
      status: 200,
      body: JSON.stringify({ status: "degraded", version: { id: STABLE } }),
    });
    const result = verdictFor(version(), version(), { health: { canary: healthy(CANARY), plain } });
    assert.equal(result.verdict, "hold");
    assert.match(finding(result, "health (split)").note ?? "", /would not fix/);
  });
  test("the split answered by an unhealthy canary: roll back", () => {
    const plain = readHealth({
      status: 200,
      body: JSON.stringify({ status: "degraded", version: { id: CANARY } }),
    });
    const result = verdictFor(version(), version(), { health: { canary: healthy(CANARY), plain } });
    assert.equal(result.verdict, "roll_back");
  });
});

describe("severity: roll back > disable smart mode > hold > promote, every finding kept", () => {
  test("5xx and OpenAI failures together: roll back, both findings failing", () => {
    const result = verdictFor(version({ errors: 100, calls: 100, failures: 100 }));
    assert.equal(result.verdict, "roll_back");
    assert.equal(finding(result, "5xx rate").result, "fail");
    assert.equal(finding(result, "OpenAI failures").result, "fail");
    assert.equal(result.findings.length, 6);
  });
  test("OpenAI failures with too little request traffic: disable smart mode beats hold", () => {
    const result = verdictFor(version({ requests: 10, calls: 50, failures: 50 }));
    assert.equal(result.verdict, "disable_smart_mode");
    assert.equal(finding(result, "traffic").action, "hold");
  });
  test("hold beats promote", () => {
    assert.equal(verdictFor(version({ requests: 1 })).verdict, "hold");
  });
  test("exit codes", () => {
    assert.deepEqual(EXIT_CODES, {
      promote: 0,
      roll_back: 1,
      disable_smart_mode: 2,
      hold: 3,
      cannot_decide: 4,
      usage: 64,
    });
  });
});

describe("which versions are compared", () => {
  test("none named: of two versions with traffic, the stable has more requests; both inferred", () => {
    const selection = pickVersions({ a: version({ requests: 100 }), b: version({ requests: 900 }) });
    assert.deepEqual(selection, {
      ok: true,
      canary: { id: "a", inferred: true },
      stable: { id: "b", inferred: true },
      notes: ["canary and stable inferred from last5m traffic: the stable is the version with more requests"],
    });
  });
  test("versions without traffic in last5m are left out", () => {
    const selection = pickVersions({
      old: version({ requests: 0 }),
      a: version({ requests: 100 }),
      b: version({ requests: 900 }),
    });
    assert.equal(selection.ok && selection.canary?.id, "a");
  });
  test("only the canary named: the stable is the only other version with traffic", () => {
    const selection = pickVersions(
      { a: version({ requests: 900 }), b: version({ requests: 100 }) },
      { canary: "a" },
    );
    assert.equal(selection.ok, true);
    assert.deepEqual(selection.ok && [selection.canary, selection.stable], [
      { id: "a", inferred: false },
      { id: "b", inferred: true },
    ]);
  });
  test("only the stable named: the canary is the only other version with traffic", () => {
    const selection = pickVersions(
      { a: version({ requests: 900 }), b: version({ requests: 100 }) },
      { stable: "b" },
    );
    assert.deepEqual(selection.ok && [selection.canary, selection.stable], [
      { id: "a", inferred: true },
      { id: "b", inferred: false },
    ]);
  });
  test("one version with traffic: no canary, hold", () => {
    const versions = { only: version({ requests: 500 }) };
    const selection = pickVersions(versions);
    assert.ok(selection.ok);
    assert.equal(selection.canary, null);
    assert.deepEqual(selection.stable, { id: "only", inferred: true });
    const result = decide({
      report: report(versions),
      selection,
      health: { canary: healthy("only"), plain: healthy("only") },
    });
    assert.equal(result.verdict, "hold");
    assert.equal(finding(result, "traffic").canary, "no canary");
  });
  test("no traffic at all: hold", () => {
    const selection = pickVersions({});
    assert.ok(selection.ok);
    const result = decide({ report: report({}), selection, health: HEALTHY });
    assert.equal(result.verdict, "hold");
  });
  test("three versions, or a tie, cannot be inferred", () => {
    const three = pickVersions({
      a: version({ requests: 1 }),
      b: version({ requests: 2 }),
      c: version({ requests: 3 }),
    });
    assert.equal(three.ok, false);
    assert.match(three.ok ? "" : three.reason, /3 versions had traffic.*--canary and --stable/);
    assert.equal(pickVersions({ a: version({ requests: 5 }), b: version({ requests: 5 }) }).ok, false);
    const named = pickVersions({ a: version(), b: version(), c: version() }, { canary: "a" });
    assert.equal(named.ok, false);
  });
  test("the same version named twice is refused", () => {
    assert.equal(pickVersions({}, { canary: "a", stable: "a" }).ok, false);
  });
});

describe("a stable without traffic", () => {
  test("named but silent: the p95 cannot be compared, so hold", () => {
    const metrics = report({ [CANARY]: version() });
    const selection = pickVersions(metrics.versions, { canary: CANARY, stable: STABLE });
    assert.ok(selection.ok);
    const result = decide({ report: metrics, selection, health: HEALTHY });
    assert.equal(result.verdict, "hold");
    assert.equal(finding(result, "p95 latency").action, "hold");
    assert.ok(result.notes.some((n) => n.includes(`stable ${STABLE} is not in the report`)));
  });
  test("with zero requests in last5m, the canary's 5xx rate still rolls back", () => {
    const result = verdictFor(version({ errors: 100 }), version({ requests: 0 }));
    assert.equal(result.verdict, "roll_back");
    assert.equal(finding(result, "p95 latency").result, "n/a");
  });
  test("only the canary has traffic and it is named: nothing to compare with, hold", () => {
    const selection = pickVersions({ [CANARY]: version() }, { canary: CANARY });
    assert.ok(selection.ok);
    assert.equal(selection.stable, null);
    const result = decide({ report: report({ [CANARY]: version() }), selection, health: HEALTHY });
    assert.equal(result.verdict, "hold");
  });
});

describe("readHealth", () => {
  test("reads ok, the answering version and failures", () => {
    assert.deepEqual(readHealth({ status: 200, body: '{"status":"ok","version":{"id":"v"}}' }), {
      status: 200,
      ok: true,
      versionId: "v",
      detail: "ok",
    });
    assert.deepEqual(readHealth({ status: 502, body: "<html>" }), {
      status: 502,
      ok: false,
      versionId: null,
      detail: "502, not JSON",
    });
    assert.equal(readHealth({ error: "no answer within 5 ms" }).detail, "no answer: no answer within 5 ms");
  });
});
