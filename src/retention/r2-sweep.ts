import { logEvent } from "../observability/log";
import type { TargetState } from "../storage/purge-state";
import type { PurgeBudget } from "./policy/budget";
import { needsMetadata, planPage, R2_PREFIXES, type R2Target } from "./policy/policy";
import { addSample, type SweepOutcome, type TargetCounts } from "./policy/summary";

/** What the purge needs of a bucket (the BUCKET binding, or a wrapper around it in tests). */
export type PurgeBucket = Pick<R2Bucket, "list" | "delete">;

/** R2 returns at most 1,000 keys per page (fewer with metadata), and deletes at most 1,000 per call. */
export const LIST_PAGE_KEYS = 1_000;

/** Calls one page may need: the listing, the bulk delete and saving the place reached. */
const OPERATIONS_PER_PAGE = 3;

export interface SweepContext {
  bucket: PurgeBucket;
  budget: PurgeBudget;
  dryRun: boolean;
  /** Saves the place reached (real runs only); one operation, already taken by the caller. */
  save: (state: TargetState) => Promise<void>;
}

/**
 * Goes through one prefix in key order from `from`, a page at a time, deleting what is past
 * `cutoff`. `done` once the prefix was gone through to its end (or to its first `later` key);
 * it stops earlier when the budget is spent or a listing fails. The place
 * reached is saved after every page, so a run killed midway repeats at most one page (whose
 * deleted keys are simply gone: nothing is deleted twice, nothing extra is deleted).
 */
export async function sweepPrefix(
  context: SweepContext,
  target: R2Target,
  cutoff: number,
  from: string | null,
  counts: TargetCounts,
): Promise<SweepOutcome> {
  const { bucket, budget, dryRun } = context;
  const prefix = R2_PREFIXES[target];
  let startAfter = from;
  let cursor: string | undefined;
  for (;;) {
    if (budget.deletesLeft === 0 || !budget.take(dryRun ? 1 : OPERATIONS_PER_PAGE)) {
      return "interrupted";
    }
    let page: R2Objects;
    try {
      page = await bucket.list({
        prefix,
        limit: LIST_PAGE_KEYS,
        ...(needsMetadata(target) ? { include: ["customMetadata" as const] } : {}),
        ...(cursor ? { cursor } : startAfter ? { startAfter } : {}),
      });
    } catch (error) {
      counts.errors++;
      logEvent("error", "purge_list_failed", { target, message: String(error) });
      return "failed";
    }
    const plan = planPage(target, page.objects, cutoff, budget.deletesLeft);
    if (!dryRun && plan.expired.length > 0) {
      const outcome = await deleteKeys(bucket, budget, target, plan.expired);
      counts.errors += outcome.errors;
      // Not one of this page's deletes was attempted: the next run lists the page again.
      if (outcome.gaveUp) return "interrupted";
      counts.deleted += outcome.deleted;
    } else if (!dryRun) {
      budget.refund(1); // no bulk delete was needed
    }
    counts.scanned += plan.handled;
    counts.kept += plan.kept;
    counts.expired += plan.expired.length;
    addSample(counts, plan.expired);
    budget.countDeletes(plan.expired.length);
    const last = page.objects[plan.handled - 1];
    if (last) startAfter = last.key;
    const finished = plan.reachedLater || (!plan.budgetCut && !page.truncated);
    if (!dryRun) await context.save({ startAfter: finished ? null : startAfter, done: finished });
    if (finished) return "done";
    if (plan.budgetCut) return "interrupted";
    if (page.truncated) cursor = page.cursor;
  }
}

interface DeleteOutcome {
  deleted: number;
  errors: number;
  /** The bulk delete failed and the budget could not cover one call per key: nothing was deleted. */
  gaveUp: boolean;
}

/**
 * One bulk delete (already paid for by the page). If it fails, each key is deleted on its own, so
 * one failing object does not keep the others; a key that still fails is counted and logged, and
 * the next pass tries it again. Deleting a key that is already gone succeeds (idempotent).
 */
async function deleteKeys(
  bucket: PurgeBucket,
  budget: PurgeBudget,
  target: R2Target,
  keys: string[],
): Promise<DeleteOutcome> {
  try {
    await bucket.delete(keys);
    return { deleted: keys.length, errors: 0, gaveUp: false };
  } catch (error) {
    logEvent("warn", "purge_bulk_delete_failed", { target, keys: keys.length, message: String(error) });
  }
  if (!budget.take(keys.length)) return { deleted: 0, errors: 1, gaveUp: true };
  let deleted = 0;
  let errors = 0;
  for (const key of keys) {
    try {
      await bucket.delete(key);
      deleted++;
    } catch (error) {
      errors++;
      logEvent("error", "purge_delete_failed", { target, key, message: String(error) });
    }
  }
  return { deleted, errors, gaveUp: false };
}
