/** Runs named health probes in parallel, each bounded by a timeout; never throws. */

export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

export type CheckResult = { ok: true; ms: number } | { ok: false; ms: number; error: string };

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
    // Only the error's first line: enough to tell which dependency failed, nothing internal.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, ms: Date.now() - started, error: message.split("\n")[0]?.slice(0, 200) ?? "failed" };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
