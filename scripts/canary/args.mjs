// The command line of `npm run canary:check`. Pure: the environment's token is passed in.
import { parseArgs } from "node:util";
import { DEFAULT_OPTIONS } from "./verdict.mjs";

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The wrangler.toml environments a canary can run in. */
const ENVIRONMENTS = ["production", "staging"];
const MAX_TIMEOUT_MS = 120_000;

export const USAGE = `Usage: npm run canary:check -- --base <url> [options]

Applies the runbook's rollback criteria to the canary version against the stable one, from
GET <base>/api/metrics (last 5 minutes) and GET <base>/api/health.

  --base <url>            the deployment, e.g. https://chat.example.com (required)
  --token <t>             admin token for /api/metrics (default: the LOG_TOKEN environment variable)
  --canary <versionId>    the canary; default: of the two versions with traffic, the one with fewer requests
  --stable <versionId>    the stable; default: the one with more requests
  --min-requests <n>      canary requests in last5m needed to judge (default ${DEFAULT_OPTIONS.minRequests}; fewer: hold)
  --min-openai-calls <n>  canary OpenAI calls needed to judge their failure rate (default ${DEFAULT_OPTIONS.minOpenAiCalls})
  --p95-floor-ms <ms>     a canary p95 at or under this never fails the latency criterion (default ${DEFAULT_OPTIONS.p95FloorMs})
  --env <name>            production (default) or staging: the wrangler.toml environment deployed
  --worker <name>         worker name for the version-override header (default: [env.<env>]'s name)
  --timeout-ms <ms>       limit for each HTTP request (default ${DEFAULT_TIMEOUT_MS})
  --json                  print one JSON object instead of the table

Exit codes: 0 promote, 1 roll back, 2 disable smart mode, 3 hold, 4 cannot decide, 64 usage error.`;

/**
 * @typedef {{ base: string, token: string | null, canary: string | null, stable: string | null,
 *   minRequests: number, minOpenAiCalls: number, p95FloorMs: number, env: string,
 *   worker: string | null, timeoutMs: number, json: boolean }} CheckOptions
 */

/**
 * @param {string[]} argv arguments after the script's name
 * @param {{ LOG_TOKEN?: string }} env
 * @returns {{ help: true } | { error: string } | { options: CheckOptions }}
 */
export function parseCommandLine(argv, env = {}) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        base: { type: "string" },
        token: { type: "string" },
        canary: { type: "string" },
        stable: { type: "string" },
        "min-requests": { type: "string" },
        "min-openai-calls": { type: "string" },
        "p95-floor-ms": { type: "string" },
        env: { type: "string", default: "production" },
        worker: { type: "string" },
        "timeout-ms": { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { help: true };
  if (!values.base) return { error: "--base <url> is required" };
  let base;
  try {
    base = new URL(values.base);
  } catch {
    return { error: `--base: "${values.base}" is not a URL` };
  }
  if (base.protocol !== "https:" && base.protocol !== "http:") return { error: "--base must be http(s)" };
  if (!ENVIRONMENTS.includes(values.env)) {
    return { error: `--env must be ${ENVIRONMENTS.join(" or ")} (got "${values.env}")` };
  }
  if (values.canary !== undefined && values.canary === values.stable) {
    return { error: "--canary and --stable must be different versions" };
  }
  for (const name of ["canary", "stable", "worker", "token"]) {
    if (values[name] === "") return { error: `--${name} is empty` };
  }

  /** @type {Record<string, number>} */
  const numbers = {};
  /** @type {[name: string, fallback: number, max: number][]} */
  const limits = [
    ["min-requests", DEFAULT_OPTIONS.minRequests, 1e9],
    ["min-openai-calls", DEFAULT_OPTIONS.minOpenAiCalls, 1e9],
    ["p95-floor-ms", DEFAULT_OPTIONS.p95FloorMs, MAX_TIMEOUT_MS],
    ["timeout-ms", DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS],
  ];
  for (const [name, fallback, max] of limits) {
    const raw = values[name];
    const value = raw === undefined ? fallback : Number(raw);
    const least = name === "timeout-ms" ? 1 : 0;
    if (!/^\d+$/.test(raw ?? "0") || !Number.isSafeInteger(value) || value < least || value > max) {
      return { error: `--${name} must be a whole number from ${least} to ${max}` };
    }
    numbers[name] = value;
  }

  return {
    options: {
      base: base.toString().replace(/\/+$/, ""),
      token: values.token ?? (env.LOG_TOKEN?.trim() || null),
      canary: values.canary ?? null,
      stable: values.stable ?? null,
      minRequests: numbers["min-requests"],
      minOpenAiCalls: numbers["min-openai-calls"],
      p95FloorMs: numbers["p95-floor-ms"],
      env: values.env,
      worker: values.worker ?? null,
      timeoutMs: numbers["timeout-ms"],
      json: values.json,
    },
  };
}
