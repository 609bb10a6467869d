import type { PurgeTarget } from "./policy";

/** Keys (or row ids) listed per target in a summary, so an admin can see what a dry run found. */
export const SAMPLE_SIZE = 10;

/**
 * How a target ended in this run:
 * - `done`: its pass finished (nothing past retention was left, or every delete was attempted);
 * - `interrupted`: the run's budget ran out in it; the next run resumes where it stopped;
 * - `failed`: a listing or query failed; the next run resumes where it stopped;
 * - `pending`: not reached, the budget ran out before it;
 * - `skipped`: already done earlier in the current pass (a previous run was interrupted later on).
 */
export type TargetStatus = "done" | "interrupted" | "failed" | "pending" | "skipped";

/** How a sweep of one target ended. */
export type SweepOutcome = Extract<TargetStatus, "done" | "interrupted" | "failed">;

export interface TargetCounts {
  /** Objects (or rows) looked at. */
  scanned: number;
  /** Past retention: deleted, failed to delete, or (dry run) would be deleted. */
  expired: number;
  deleted: number;
  kept: number;
  /** Failed calls (a listing or query) and objects that could not be deleted. */
  errors: number;
  status: TargetStatus;
  /** The first expired keys (R2) or ids (D1) this run found. */
  sample: string[];
}

export interface PurgeSummary {
  dryRun: boolean;
  /** The pass finished in this run: every target is done (a resumed pass counts earlier runs). */
  complete: boolean;
  trigger: "cron" | "admin" | "test";
  now: string;
  /** ISO time per target: anything at or before it is past its retention. */
  cutoffs: Record<PurgeTarget, string>;
  targets: Record<PurgeTarget, TargetCounts>;
  budget: { deletes: number; operations: number; maxDeletes: number; maxOperations: number };
  durationMs: number;
}

export const emptyCounts = (): TargetCounts => ({
  scanned: 0,
  expired: 0,
  deleted: 0,
  kept: 0,
  errors: 0,
  status: "pending",
  sample: [],
});

export function addSample(counts: TargetCounts, keys: readonly string[]): void {
  for (const key of keys) {
    if (counts.sample.length >= SAMPLE_SIZE) return;
    counts.sample.push(key);
  }
}

/** The log line's fields: counts only (keys name sessions and tickets; they stay out of logs). */
export function summaryFields(summary: PurgeSummary): Record<string, unknown> {
  const targets = Object.fromEntries(
    Object.entries(summary.targets).map(([target, { sample: _sample, ...counts }]) => [target, counts]),
  );
  return {
    dryRun: summary.dryRun,
    complete: summary.complete,
    trigger: summary.trigger,
    targets,
    budget: summary.budget,
    durationMs: summary.durationMs,
  };
}

export const totalErrors = (summary: PurgeSummary): number =>
  Object.values(summary.targets).reduce((sum, counts) => sum + counts.errors, 0);
