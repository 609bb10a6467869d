// The only I/O of `npm run canary:check`: GET /api/metrics and GET /api/health on --base, each
// bounded by its own timeout (the body included), so the check never hangs.
import { readFileSync } from "node:fs";
import { readHealth } from "./verdict.mjs";

/**
 * The name of the Worker `[env.<target>]` deploys, for the version-override header: that table's
 * own `name`, else wrangler's default `<top-level name>-<target>`.
 * @param {string} target
 * @param {string | URL} [tomlPath]
 */
export function workerName(target, tomlPath = new URL("../../wrangler.toml", import.meta.url)) {
  const toml = readFileSync(tomlPath, "utf8");
  const nameIn = (/** @type {string} */ text) => /^\s*name\s*=\s*"([^"]+)"/m.exec(text)?.[1];
  const top = nameIn(toml.split(/^\s*\[/m)[0] ?? "");
  if (!top) throw new Error(`no top-level name in ${tomlPath}`);
  const table = toml.split(new RegExp(`^\\s*\\[env\\.${target}\\]\\s*$`, "m"))[1];
  // Declared by its own table or only by sub-tables such as [env.<target>.vars].
  if (table === undefined && !new RegExp(`^\\s*\\[+env\\.${target}\\.`, "m").test(toml)) {
    throw new Error(`no [env.${target}] in ${tomlPath}`);
  }
  return nameIn((table ?? "").split(/^\s*\[/m)[0] ?? "") ?? `${top}-${target}`;
}

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number, body: string } | { error: string }>}
 */
async function get(url, headers, timeoutMs) {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, { headers: { Accept: "application/json", ...headers }, signal });
    return { status: res.status, body: await res.text() };
  } catch (error) {
    if (signal.aborted) return { error: `no answer within ${timeoutMs} ms` };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}

/** `{ error: { code, message } }`, the Worker's error shape, in a few words; else the body's start. */
function errorSummary(body) {
  try {
    const { code, message } = JSON.parse(body).error;
    if (typeof code === "string") return `${code}: ${message}`;
  } catch {}
  return JSON.stringify(body.slice(0, 120));
}

/**
 * @param {{ base: string, token: string | null, timeoutMs: number }} options
 * @returns {Promise<{ ok: true, report: import("./verdict.mjs").MetricsReport } | { ok: false, reason: string }>}
 */
export async function fetchMetrics({ base, token, timeoutMs }) {
  const url = `${base}/api/metrics`;
  const answer = await get(url, token ? { Authorization: `Bearer ${token}` } : {}, timeoutMs);
  if ("error" in answer) return { ok: false, reason: `metrics unreachable: ${url}: ${answer.error}` };
  if (answer.status === 401 || answer.status === 403) {
    const why = token ? "the token was refused" : "no token given (--token or LOG_TOKEN)";
    return { ok: false, reason: `metrics answered ${answer.status}: ${why} (${errorSummary(answer.body)})` };
  }
  if (answer.status === 404) {
    return { ok: false, reason: `metrics answered 404: no ${url} here (is --base the chat Worker?)` };
  }
  if (answer.status !== 200) {
    return { ok: false, reason: `metrics answered ${answer.status}: ${errorSummary(answer.body)}` };
  }
  let report;
  try {
    report = JSON.parse(answer.body);
  } catch (error) {
    return {
      ok: false,
      reason: `metrics answered bad JSON: ${error instanceof Error ? error.message : error}`,
    };
  }
  if (typeof report?.versions !== "object" || report.versions === null || typeof report.openai !== "object") {
    return {
      ok: false,
      reason: "metrics answered JSON that is not a metrics report (no versions or openai)",
    };
  }
  return { ok: true, report };
}

/**
 * Both health requests at once: one pinned to the canary with `Cloudflare-Workers-Version-Overrides`
 * (honoured by Cloudflare for a version in the current deployment), one as any visitor would send it.
 * With the admin token, each answer names what failed (anonymous callers only get ok or not per
 * check); a token a version does not know only costs that detail, never the verdict.
 * @param {{ base: string, timeoutMs: number, worker: string, canaryId: string | null, token: string | null }} options
 */
export async function fetchHealth({ base, timeoutMs, worker, canaryId, token }) {
  const url = `${base}/api/health`;
  /** @type {Record<string, string>} */
  const auth = token ? { Authorization: `Bearer ${token}` } : {};
  /** @type {Record<string, string>} */
  const override = canaryId ? { "Cloudflare-Workers-Version-Overrides": `${worker}="${canaryId}"` } : {};
  const [canary, plain] = await Promise.all([
    get(url, { ...auth, ...override }, timeoutMs),
    get(url, auth, timeoutMs),
  ]);
  return { canary: readHealth(canary), plain: readHealth(plain) };
}
