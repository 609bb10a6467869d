// Sizes of the reliability suite: small in `npm test` (test/e2e/reliability-*.test.mjs), full in
// `npm run bench:reliability`; any of them can be set from the environment (docs/reliability.md).
import { parseSeed } from "./prng.mjs";

/**
 * @typedef {{ sessions: number, turns: number, faultSessions: number, faultTurns: number,
 *   fuzzRequests: number, sweep: "full" | "boundary", concurrency: number, timeoutMs: number,
 *   firstTokenTimeoutMs: number, totalTimeoutMs: number }} Sizes
 */

/** @type {Sizes} */
export const FULL = {
  sessions: 50,
  turns: 20,
  faultSessions: 5,
  faultTurns: 4,
  fuzzRequests: 5_000,
  sweep: "full",
  concurrency: 8,
  timeoutMs: 15_000,
  firstTokenTimeoutMs: 1_000,
  totalTimeoutMs: 5_000,
};

/** @type {Sizes} */
export const SMALL = {
  ...FULL,
  sessions: 5,
  turns: 5,
  faultSessions: 1,
  faultTurns: 2,
  fuzzRequests: 700,
  sweep: "boundary",
};

const VARIABLES = /** @type {const} */ ({
  sessions: "RELIABILITY_SESSIONS",
  turns: "RELIABILITY_TURNS",
  faultSessions: "RELIABILITY_FAULT_SESSIONS",
  faultTurns: "RELIABILITY_FAULT_TURNS",
  fuzzRequests: "RELIABILITY_FUZZ_REQUESTS",
  concurrency: "RELIABILITY_FUZZ_CONCURRENCY",
  timeoutMs: "RELIABILITY_TIMEOUT_MS",
  firstTokenTimeoutMs: "RELIABILITY_FIRST_TOKEN_TIMEOUT_MS",
  totalTimeoutMs: "RELIABILITY_TOTAL_TIMEOUT_MS",
});

/**
 * `base` with whatever the environment sets; a bad value fails naming its variable.
 * @param {Record<string, string | undefined>} env
 * @param {Sizes} base
 * @returns {Sizes}
 */
export function sizesFrom(env, base) {
  const sizes = { ...base };
  for (const [key, name] of Object.entries(VARIABLES)) {
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer: ${raw}`);
    sizes[/** @type {keyof typeof VARIABLES} */ (key)] = value;
  }
  const sweep = env.RELIABILITY_SWEEP;
  if (sweep !== undefined && sweep !== "") {
    if (sweep !== "full" && sweep !== "boundary")
      throw new Error(`RELIABILITY_SWEEP must be full or boundary: ${sweep}`);
    sizes.sweep = sweep;
  }
  return sizes;
}

/**
 * The fuzz's seed (`RELIABILITY_SEED`, else `fallback`, else random) and the cases to replay
 * alone (`RELIABILITY_FUZZ_CASES=12,57`).
 * @param {Record<string, string | undefined>} env
 * @param {number} [fallback]
 */
export function fuzzSelection(env, fallback) {
  const seed = parseSeed(env.RELIABILITY_SEED || (fallback === undefined ? undefined : String(fallback)));
  const only = env.RELIABILITY_FUZZ_CASES
    ? env.RELIABILITY_FUZZ_CASES.split(",").map((n) => {
        const index = Number(n);
        if (!Number.isInteger(index) || index < 0)
          throw new Error(`RELIABILITY_FUZZ_CASES: not a case index: ${n}`);
        return index;
      })
    : undefined;
  return { seed, only };
}
