// The runbook's rollback criteria, applied to one canary version against the stable one, from a
// `GET /api/metrics` report and two `/api/health` answers. Pure: no I/O, no clock, no environment;
// scripts/canary-check.mjs does the fetching and the printing. See docs/observability.md,
// "Watching a canary".

/**
 * @typedef {{ p50: number | null, p95: number | null, p99: number | null }} Percentiles
 * @typedef {{ requests: number, errors5xx: number, errorRate: number, latencyMs: Percentiles }} Summary
 * @typedef {{ calls: number, failures: number, failureRate: number }} OpenAiCounts
 * @typedef {{ last5m: Summary, sinceStart: Summary,
 *   openai?: { last5m: OpenAiCounts, sinceStart: OpenAiCounts } }} VersionMetrics
 * @typedef {{ generatedAt: string, last5mFrom: string, versions: Record<string, VersionMetrics>,
 *   openai: OpenAiCounts & { last5m: OpenAiCounts },
 *   smartMode?: { enabled: boolean, source: string } }} MetricsReport
 *
 * What one `/api/health` request gave (see `readHealth`).
 * @typedef {{ status: number | null, ok: boolean, versionId: string | null, detail: string }} HealthProbe
 *
 * @typedef {"none" | "hold" | "disable_smart_mode" | "roll_back"} Action
 * @typedef {"promote" | "hold" | "disable_smart_mode" | "roll_back"} Verdict
 * @typedef {{ id: string, inferred: boolean }} Pick
 * @typedef {{ ok: true, canary: Pick | null, stable: Pick | null, notes: string[] }
 *   | { ok: false, reason: string }} Selection
 * @typedef {{ criterion: string, canary: string, stable: string, threshold: string,
 *   result: "pass" | "fail" | "n/a", action: Action, note?: string,
 *   figures: { canary: number | null, stable: number | null, limit: number | null } }} Finding
 * @typedef {{ minRequests: number, minOpenAiCalls: number, p95FloorMs: number }} Options
 */

/** The runbook's thresholds (docs/RUNBOOK.md): strictly above these is a failure. */
export const MAX_ERROR_RATE = 0.005;
export const MAX_P95_RATIO = 2;
export const MAX_OPENAI_FAILURE_RATE = 0.05;

/** @type {Options} */
export const DEFAULT_OPTIONS = Object.freeze({
  /** Fewer canary requests than this in last5m: too little data, hold. */
  minRequests: 100,
  /** Fewer canary OpenAI calls than this in last5m: the failure rate is not judged. */
  minOpenAiCalls: 10,
  /** A canary p95 at or under this is never a regression, whatever the ratio (noise at a few ms). */
  p95FloorMs: 50,
});

/** Exit codes, so the check can gate a pipeline. */
export const EXIT_CODES = Object.freeze({
  promote: 0,
  roll_back: 1,
  disable_smart_mode: 2,
  hold: 3,
  cannot_decide: 4,
  usage: 64,
});

/** @type {Record<Action, number>} */
const SEVERITY = { none: 0, hold: 1, disable_smart_mode: 2, roll_back: 3 };

/**
 * Which version is the canary and which the stable. Named ones are taken as given; otherwise they
 * are inferred from last5m traffic: the stable is the version with more requests. More versions
 * than that, or a tie, cannot be inferred safely.
 * @param {Record<string, VersionMetrics>} versions
 * @param {{ canary?: string | null, stable?: string | null }} named
 * @returns {Selection}
 */
export function pickVersions(versions, named = {}) {
  const canary = named.canary ?? null;
  const stable = named.stable ?? null;
  if (canary !== null && canary === stable)
    return { ok: false, reason: "--canary and --stable are the same" };
  const active = Object.entries(versions)
    .filter(([, v]) => v.last5m.requests > 0)
    .sort(([a, x], [b, y]) => y.last5m.requests - x.last5m.requests || a.localeCompare(b))
    .map(([id, v]) => ({ id, requests: v.last5m.requests }));
  const list = (items) => items.map((v) => `${v.id} (${v.requests} requests)`).join(", ");

  if (canary !== null && stable !== null) {
    return {
      ok: true,
      canary: { id: canary, inferred: false },
      stable: { id: stable, inferred: false },
      notes: [],
    };
  }
  const given = canary ?? stable;
  if (given !== null) {
    const others = active.filter((v) => v.id !== given);
    const role = canary !== null ? "stable" : "canary";
    if (others.length > 1) {
      return {
        ok: false,
        reason: `${others.length} other versions had traffic in last5m: ${list(others)}; name the ${role} with --${role}`,
      };
    }
    const other = others[0] ? { id: others[0].id, inferred: true } : null;
    const notes = other
      ? [`${role} inferred: the only other version with traffic in last5m`]
      : [`no other version had traffic in last5m: no ${role} to compare with`];
    return canary !== null
      ? { ok: true, canary: { id: canary, inferred: false }, stable: other, notes }
      : { ok: true, canary: other, stable: { id: given, inferred: false }, notes };
  }
  if (active.length > 2) {
    return {
      ok: false,
      reason: `${active.length} versions had traffic in last5m: ${list(active)}; name them with --canary and --stable`,
    };
  }
  const [first, second] = active;
  if (first && second && first.requests === second.requests) {
    return {
      ok: false,
      reason: `two versions had the same traffic in last5m: ${list(active)}; name them with --canary and --stable`,
    };
  }
  if (!first) return { ok: true, canary: null, stable: null, notes: ["no version had traffic in last5m"] };
  if (!second) {
    return {
      ok: true,
      canary: null,
      stable: { id: first.id, inferred: true },
      notes: [`only ${first.id} had traffic in last5m: no canary to judge (is it deployed, with a share?)`],
    };
  }
  return {
    ok: true,
    canary: { id: second.id, inferred: true },
    stable: { id: first.id, inferred: true },
    notes: ["canary and stable inferred from last5m traffic: the stable is the version with more requests"],
  };
}

/**
 * Reads one `/api/health` answer. `error`: the request got no answer (network, timeout).
 * @param {{ status?: number, body?: string, error?: string }} answer
 * @returns {HealthProbe}
 */
export function readHealth({ status, body, error }) {
  if (error !== undefined || status === undefined) {
    return { status: null, ok: false, versionId: null, detail: `no answer: ${error ?? "unknown error"}` };
  }
  let parsed;
  try {
    parsed = JSON.parse(body ?? "");
  } catch {
    return { status, ok: false, versionId: null, detail: `${status}, not JSON` };
  }
  const versionId = typeof parsed?.version?.id === "string" && parsed.version.id ? parsed.version.id : null;
  if (status === 200 && parsed?.status === "ok") return { status, ok: true, versionId, detail: "ok" };
  const failing = Object.entries(parsed?.checks ?? {})
    .filter(([, check]) => check?.ok === false)
    .map(([name, check]) => `${name}: ${check.error ?? "failed"}`);
  const code = typeof parsed?.error?.code === "string" ? ` ${parsed.error.code}` : "";
  const state = typeof parsed?.status === "string" ? ` ${parsed.status}` : "";
  return {
    status,
    ok: false,
    versionId,
    detail: `${status}${state}${code}${failing.length > 0 ? ` (${failing.join("; ")})` : ""}`,
  };
}

const percent = (rate) => `${(rate * 100).toFixed(2)}%`;
const ms = (value) => (value === null ? "n/a" : `${value.toFixed(2)} ms`);
const ratio = (part, whole) => (whole > 0 ? part / whole : 0);
const short = (id) => (id.length > 13 ? `${id.slice(0, 8)}…` : id);

/**
 * Applies every criterion and returns the verdict with each finding behind it. The most severe
 * action wins (roll back > disable smart mode > hold); with no action, promote.
 * @param {{ report: MetricsReport, selection: Selection & { ok: true },
 *   health: { canary: HealthProbe, plain: HealthProbe }, options?: Partial<Options> }} input
 * @returns {{ verdict: Verdict, exitCode: number, findings: Finding[], notes: string[] }}
 */
export function decide({ report, selection, health, options = {} }) {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const notes = [...selection.notes];
  const empty = { requests: 0, errors5xx: 0, errorRate: 0, latencyMs: { p50: null, p95: null, p99: null } };
  const canaryId = selection.canary?.id ?? null;
  const stableId = selection.stable?.id ?? null;
  const canary = (canaryId !== null && report.versions[canaryId]) || null;
  const stable = (stableId !== null && report.versions[stableId]) || null;
  const c = canary?.last5m ?? empty;
  const s = stable?.last5m ?? empty;
  if (canaryId !== null && !canary)
    notes.push(`canary ${canaryId} is not in the report (no traffic in 24 h)`);
  if (stableId !== null && !stable)
    notes.push(`stable ${stableId} is not in the report (no traffic in 24 h)`);

  /** @type {Finding[]} */
  const findings = [];
  const enough = canaryId !== null && c.requests >= opts.minRequests;

  findings.push({
    criterion: "traffic",
    canary: canaryId === null ? "no canary" : `${c.requests} requests`,
    stable: stableId === null ? "no stable" : `${s.requests} requests`,
    threshold: `>= ${opts.minRequests} canary requests`,
    result: enough ? "pass" : "fail",
    action: enough ? "none" : "hold",
    ...(enough ? {} : { note: "not enough canary traffic to judge; check again later" }),
    figures: { canary: c.requests, stable: s.requests, limit: opts.minRequests },
  });

  const canaryRate = ratio(c.errors5xx, c.requests);
  const errorsFail = enough && canaryRate > MAX_ERROR_RATE;
  findings.push({
    criterion: "5xx rate",
    canary: `${percent(canaryRate)} (${c.errors5xx}/${c.requests})`,
    stable: `${percent(ratio(s.errors5xx, s.requests))} (${s.errors5xx}/${s.requests})`,
    threshold: `<= ${percent(MAX_ERROR_RATE)}`,
    result: enough ? (errorsFail ? "fail" : "pass") : "n/a",
    action: errorsFail ? "roll_back" : "none",
    figures: { canary: canaryRate, stable: ratio(s.errors5xx, s.requests), limit: MAX_ERROR_RATE },
  });

  findings.push(latencyFinding(c.latencyMs.p95, stable ? s.latencyMs.p95 : null, enough, opts));
  findings.push(openAiFinding(report, canary, stable, canaryId !== null, opts, notes));
  findings.push(...healthFindings(health, canaryId));

  const worst = findings.reduce(
    (max, f) => (SEVERITY[f.action] > SEVERITY[max] ? f.action : max),
    /** @type {Action} */ ("none"),
  );
  /** @type {Verdict} */
  const verdict = worst === "none" ? "promote" : worst;
  return { verdict, exitCode: EXIT_CODES[verdict], findings, notes };
}

/**
 * @param {number | null} canaryP95
 * @param {number | null} stableP95
 * @param {boolean} enough
 * @param {Options} opts
 * @returns {Finding}
 */
function latencyFinding(canaryP95, stableP95, enough, opts) {
  const limit = stableP95 === null ? null : MAX_P95_RATIO * stableP95;
  const base = {
    criterion: "p95 latency",
    canary: ms(canaryP95),
    stable: ms(stableP95),
    threshold: `<= ${MAX_P95_RATIO} x stable${limit === null ? "" : ` = ${ms(limit)}`} (or <= ${opts.p95FloorMs} ms)`,
    figures: { canary: canaryP95, stable: stableP95, limit },
  };
  if (!enough || canaryP95 === null) return { ...base, result: "n/a", action: "none" };
  if (limit === null) {
    return { ...base, result: "n/a", action: "hold", note: "no stable traffic in last5m to compare with" };
  }
  const slow = canaryP95 > limit && canaryP95 > opts.p95FloorMs;
  return { ...base, result: slow ? "fail" : "pass", action: slow ? "roll_back" : "none" };
}

/**
 * @param {MetricsReport} report
 * @param {VersionMetrics | null} canary
 * @param {VersionMetrics | null} stable
 * @param {boolean} hasCanary
 * @param {Options} opts
 * @param {string[]} notes
 * @returns {Finding}
 */
function openAiFinding(report, canary, stable, hasCanary, opts, notes) {
  const none = { calls: 0, failures: 0, failureRate: 0 };
  // Reports made before per-version OpenAI counts existed only have the whole deployment's.
  const entries = Object.values(report.versions);
  const perVersion = !hasCanary || entries.length === 0 || entries.some((v) => v.openai !== undefined);
  if (!perVersion)
    notes.push("this report has no per-version OpenAI counts: the whole deployment's are used");
  const c = canary?.openai?.last5m ?? (perVersion ? none : report.openai.last5m);
  const s = stable?.openai?.last5m ?? none;
  const canaryRate = ratio(c.failures, c.calls);
  const stableRate = ratio(s.failures, s.calls);
  const judged = hasCanary && c.calls >= opts.minOpenAiCalls;
  const failing = judged && canaryRate > MAX_OPENAI_FAILURE_RATE;
  /** @type {Finding} */
  const finding = {
    criterion: "OpenAI failures",
    canary: `${percent(canaryRate)} (${c.failures}/${c.calls} calls)${perVersion ? "" : " (all versions)"}`,
    stable: `${percent(stableRate)} (${s.failures}/${s.calls} calls)`,
    threshold: `<= ${percent(MAX_OPENAI_FAILURE_RATE)}, judged from ${opts.minOpenAiCalls} calls`,
    result: judged ? (failing ? "fail" : "pass") : "n/a",
    action: failing ? "disable_smart_mode" : "none",
    figures: { canary: canaryRate, stable: stableRate, limit: MAX_OPENAI_FAILURE_RATE },
  };
  if (!failing) return finding;
  const stableFailsToo = s.calls >= opts.minOpenAiCalls && stableRate > MAX_OPENAI_FAILURE_RATE;
  const likely = stableFailsToo ? "; the stable fails too, so OpenAI itself is the likely cause" : "";
  if (report.smartMode?.enabled === false) {
    return {
      ...finding,
      action: "hold",
      note:
        `smart mode is already off (source: ${report.smartMode.source}): these calls may predate the switch; ` +
        `check again once last5m starts 2 minutes after it, and roll back if errors persist${likely}`,
    };
  }
  return { ...finding, note: `disable smart mode first; roll back if errors persist${likely}` };
}

/**
 * `canary`: asked with the version-override header, so on Cloudflare it is the canary's own health;
 * `plain`: asked like any visitor, answered by whichever version the split picks.
 * @param {{ canary: HealthProbe, plain: HealthProbe }} health
 * @param {string | null} canaryId
 * @returns {Finding[]}
 */
function healthFindings(health, canaryId) {
  /** The probe's detail goes in the column of the version that answered it. */
  const row = (criterion, column, detail, result, action, note) => ({
    criterion,
    canary: column === "canary" ? detail : "",
    stable: column === "canary" ? "" : detail,
    threshold: '200 and status "ok"',
    result,
    action,
    ...(note ? { note } : {}),
    figures: { canary: null, stable: null, limit: null },
  });
  const answeredBy = (probe) => (probe.versionId === null ? "" : ` (${short(probe.versionId)})`);
  /** @type {Finding[]} */
  const findings = [];

  const overridden = health.canary;
  const overriddenDetail = `${overridden.detail}${answeredBy(overridden)}`;
  if (canaryId === null) {
    findings.push(row("health (canary)", "canary", "no canary", "n/a", "none"));
  } else if (overridden.versionId !== null && overridden.versionId !== canaryId) {
    findings.push(
      row(
        "health (canary)",
        "stable",
        overriddenDetail,
        "n/a",
        "none",
        "the version-override header was not honoured (not on Cloudflare, or the canary is not in the deployment)",
      ),
    );
  } else {
    // No version id (e.g. a 503 error body): the header asked for the canary, so it is the canary's.
    const note = overridden.ok ? undefined : `the canary's own /api/health is not ok: ${overridden.detail}`;
    const result = overridden.ok ? "pass" : "fail";
    findings.push(
      row("health (canary)", "canary", overriddenDetail, result, overridden.ok ? "none" : "roll_back", note),
    );
  }

  const plain = health.plain;
  const plainDetail = `${plain.detail}${answeredBy(plain)}`;
  const byCanary = canaryId !== null && plain.versionId === canaryId;
  const column = byCanary ? "canary" : "stable";
  if (plain.ok) findings.push(row("health (split)", column, plainDetail, "pass", "none"));
  else if (byCanary) findings.push(row("health (split)", column, plainDetail, "fail", "roll_back"));
  else {
    const note =
      plain.status === null
        ? "no answer: investigate before promoting"
        : plain.versionId === null
          ? "answered by an unknown version: investigate before promoting"
          : "a version other than the canary is unhealthy: rolling back would not fix it";
    findings.push(row("health (split)", column, plainDetail, "fail", "hold", note));
  }
  return findings;
}
