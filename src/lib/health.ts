/** Runs named health probes in parallel, each bounded by a timeout; never throws. */

export const HEALTH_CHECK_TIMEOUT_MS = 2_000;
/** How long an isolate reuses its last health result: probes run at most once per 5 s per isolate. */
export const HEALTH_CACHE_MS = 5_000;

export type CheckResult = { ok: true; ms: number } | { ok: false; ms: number; error: string };

export interface HealthReport {
  status: "ok" | "degraded";
  checks: Record<string, CheckResult>;
  /** When the probes ran (epoch ms). */
  checkedAt: number;
}

export async function runChecks(
  probes: Record<string, () => Promise<unknown>>,
  timeoutMs = HEALTH_CHECK_TIMEOUT_MS,
): Promise<{ status: "ok" | "degraded"; checks: Record<string, CheckResult> }> {
  const entries = await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => [name, await timed(probe, timeoutMs)] as const),
  );
  const checks = Object.fromEntries(entries);
  const status = entries.every(([, r]) => r.ok) ? "ok" : "degraded";
  return { status, checks };
}

async function timed(probe: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    // Only the error's first line: enough for an admin to tell which dependency failed and why.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, ms: Date.now() - started, error: message.split("\n")[0]?.slice(0, 200) ?? "failed" };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** What anyone may see: whether each check passed, no error text and no timings. */
export function publicChecks(checks: Record<string, CheckResult>): Record<string, { ok: boolean }> {
  return Object.fromEntries(Object.entries(checks).map(([name, { ok }]) => [name, { ok }]));
}

/**
 * One isolate's last health report, reused for `ttlMs` from the moment its run started, so an
 * anonymous caller polling the route cannot make the bindings do more than one round per TTL.
 * Concurrent callers share the run in flight (runs never reject: `runChecks` never throws).
 */
export class HealthCache {
  private last: { startedAt: number; report: Promise<HealthReport> } | null = null;

  constructor(private readonly ttlMs = HEALTH_CACHE_MS) {}

  get(now: number, run: () => Promise<HealthReport>): Promise<HealthReport> {
    if (!this.last || now - this.last.startedAt >= this.ttlMs) this.last = { startedAt: now, report: run() };
    return this.last.report;
  }
}
