import type { Config } from "../config";
import { logEvent } from "../observability/log";
import { clearPassState, loadPassState, saveTargetState, type TargetState } from "../storage/purge-state";
import { sweepRows } from "./d1-sweep";
import { PURGE_MAX_OPERATIONS_PER_RUN, PurgeBudget } from "./policy/budget";
import { isR2Target, PURGE_TARGETS, type PurgeTarget, retentionCutoffs } from "./policy/policy";
import {
  emptyCounts,
  type PurgeSummary,
  type SweepOutcome,
  summaryFields,
  type TargetCounts,
  totalErrors,
} from "./policy/summary";
import { type PurgeBucket, sweepPrefix } from "./r2-sweep";

export interface PurgeStores {
  bucket: PurgeBucket;
  db: D1Database;
}

export interface PurgeOptions {
  /** The clock of this run (epoch ms): cron passes its scheduled time, the admin route Date.now(). */
  now: number;
  /** Report what would be deleted; delete nothing and leave the saved place untouched. */
  dryRun?: boolean;
  trigger?: PurgeSummary["trigger"];
  /** Calls to R2 and D1 this run may make (see PURGE_MAX_OPERATIONS_PER_RUN). */
  maxOperations?: number;
}

/**
 * One purge run (docs/retention.md): goes through the targets of the pass in progress, resuming
 * the interrupted one where it stopped, until the pass is done or the budget is spent, and logs
 * `purge_summary`. Safe to run twice at once or to retry: every delete is idempotent and
 * everything is judged against `now` again, so nothing younger than its retention is ever deleted.
 */
export async function runPurge(
  stores: PurgeStores,
  config: Config,
  options: PurgeOptions,
): Promise<PurgeSummary> {
  const started = Date.now();
  const { now } = options;
  const dryRun = options.dryRun ?? false;
  const cutoffs = retentionCutoffs(config, now);
  const budget = new PurgeBudget(
    config.PURGE_MAX_DELETES_PER_RUN,
    options.maxOperations ?? PURGE_MAX_OPERATIONS_PER_RUN,
  );
  const targets = Object.fromEntries(PURGE_TARGETS.map((t) => [t, emptyCounts()])) as Record<
    PurgeTarget,
    TargetCounts
  >;
  // One call to read the pass state, one kept back to clear it if this run finishes the pass.
  if (!budget.take(2)) throw new Error("the purge needs at least 2 operations per run");
  const pass = await loadPassState(stores.db);

  let outOfBudget = false;
  for (const target of PURGE_TARGETS) {
    const counts = targets[target];
    const saved = pass.get(target);
    if (saved?.done) counts.status = "skipped";
    else if (!outOfBudget) {
      const save = (state: TargetState) => saveTargetState(stores.db, target, state, Date.now());
      counts.status = await sweepTarget(
        { ...stores, budget, dryRun, save },
        target,
        cutoffs[target],
        saved,
        counts,
      );
      outOfBudget = counts.status === "interrupted";
    }
  }

  const complete = PURGE_TARGETS.every(
    (t) => targets[t].status === "done" || targets[t].status === "skipped",
  );
  if (complete && !dryRun) await clearPassState(stores.db);
  const summary: PurgeSummary = {
    dryRun,
    complete,
    trigger: options.trigger ?? "admin",
    now: new Date(now).toISOString(),
    cutoffs: Object.fromEntries(
      PURGE_TARGETS.map((t) => [t, new Date(cutoffs[t]).toISOString()]),
    ) as PurgeSummary["cutoffs"],
    targets,
    budget: budget.used(),
    durationMs: Date.now() - started,
  };
  logEvent(totalErrors(summary) > 0 ? "warn" : "info", "purge_summary", summaryFields(summary));
  return summary;
}

interface TargetContext extends PurgeStores {
  budget: PurgeBudget;
  dryRun: boolean;
  save: (state: TargetState) => Promise<void>;
}

async function sweepTarget(
  context: TargetContext,
  target: PurgeTarget,
  cutoff: number,
  saved: TargetState | undefined,
  counts: TargetCounts,
): Promise<SweepOutcome> {
  if (!isR2Target(target)) return sweepRows(context, target, cutoff, counts);
  try {
    return await sweepPrefix(context, target, cutoff, saved?.startAfter ?? null, counts);
  } catch (error) {
    // Saving the place reached failed: the next run repeats that page, which is harmless.
    counts.errors++;
    logEvent("error", "purge_target_failed", { target, message: String(error) });
    return "failed";
  }
}
