import { logEvent } from "../observability/log";
import type { ExpiringRows } from "../storage/expiring-rows";
import { expiringNotificationDeliveries } from "../storage/notification-deliveries";
import type { TargetState } from "../storage/purge-state";
import { expiringSessionRows } from "../storage/sessions";
import { expiringTicketRows } from "../storage/tickets";
import type { PurgeBudget } from "./policy/budget";
import type { D1Target } from "./policy/policy";
import { addSample, SAMPLE_SIZE, type SweepOutcome, type TargetCounts } from "./policy/summary";

/**
 * The D1 rows past retention: a session's by its last activity, a ticket's by its creation, a
 * notification delivery's by its first attempt (with the tickets' retention).
 */
const TABLES: Record<D1Target, (db: D1Database) => ExpiringRows> = {
  sessionRows: expiringSessionRows,
  ticketRows: expiringTicketRows,
  notificationRows: expiringNotificationDeliveries,
};

/** Rows one DELETE removes: one statement, on an indexed column, well inside D1's limits. */
export const D1_BATCH_ROWS = 1_000;

export interface RowSweepContext {
  db: D1Database;
  budget: PurgeBudget;
  dryRun: boolean;
  save: (state: TargetState) => Promise<void>;
}

/**
 * Deletes a table's rows at or before `cutoff`, oldest first, in batches. Rerunning it deletes only
 * what is still there, so a retried or resumed run needs no place to resume from.
 */
export async function sweepRows(
  context: RowSweepContext,
  target: D1Target,
  cutoff: number,
  counts: TargetCounts,
): Promise<SweepOutcome> {
  const { db, budget, dryRun } = context;
  const rows = TABLES[target](db);
  try {
    if (!budget.take()) return "interrupted";
    const tally = await rows.tally(cutoff);
    counts.expired = tally.expired;
    counts.kept = tally.kept;
    counts.scanned = counts.expired + counts.kept;
    if (counts.expired === 0) return "done";
    if (dryRun) {
      if (!budget.take()) return "interrupted";
      addSample(counts, await rows.oldestExpired(cutoff, SAMPLE_SIZE));
      return "done";
    }
    for (;;) {
      // One for this batch, one to record the target as done if it is the last.
      if (!budget.take(2)) return "interrupted";
      const deleted = await rows.deleteOldestExpired(cutoff, D1_BATCH_ROWS);
      counts.deleted += deleted.length;
      addSample(counts, deleted);
      if (deleted.length < D1_BATCH_ROWS) {
        await context.save({ startAfter: null, done: true });
        return "done";
      }
      budget.refund(1);
    }
  } catch (error) {
    counts.errors++;
    logEvent("error", "purge_query_failed", { target, message: String(error) });
    return "failed";
  }
}
