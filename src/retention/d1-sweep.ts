import { logEvent } from "../observability/log";
import type { PurgeBudget } from "./policy/budget";
import type { D1Target } from "./policy/policy";
import { addSample, SAMPLE_SIZE, type SweepOutcome, type TargetCounts } from "./policy/summary";
import type { TargetState } from "./purge-state";

/** The D1 index rows past retention: a session's by its last activity, a ticket's by its creation. */
const TABLES: Record<D1Target, { table: string; time: string }> = {
  sessionRows: { table: "sessions", time: "last_activity_at" },
  ticketRows: { table: "tickets", time: "created_at" },
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
  const { table, time } = TABLES[target];
  try {
    if (!budget.take()) return "interrupted";
    const tally = await db
      .prepare(
        `SELECT coalesce(sum(${time} <= ?1), 0) AS expired, coalesce(sum(${time} > ?1), 0) AS kept FROM ${table}`,
      )
      .bind(cutoff)
      .first<{ expired: number; kept: number }>();
    counts.expired = tally?.expired ?? 0;
    counts.kept = tally?.kept ?? 0;
    counts.scanned = counts.expired + counts.kept;
    if (counts.expired === 0) return "done";
    if (dryRun) {
      if (!budget.take()) return "interrupted";
      const { results } = await db
        .prepare(`SELECT id FROM ${table} WHERE ${time} <= ? ORDER BY ${time} LIMIT ?`)
        .bind(cutoff, SAMPLE_SIZE)
        .all<{ id: string }>();
      addSample(
        counts,
        results.map((r) => r.id),
      );
      return "done";
    }
    for (;;) {
      // One for this batch, one to record the target as done if it is the last.
      if (!budget.take(2)) return "interrupted";
      const { results } = await db
        .prepare(
          `DELETE FROM ${table} WHERE id IN
             (SELECT id FROM ${table} WHERE ${time} <= ? ORDER BY ${time} LIMIT ?) RETURNING id`,
        )
        .bind(cutoff, D1_BATCH_ROWS)
        .all<{ id: string }>();
      counts.deleted += results.length;
      addSample(
        counts,
        results.map((r) => r.id),
      );
      if (results.length < D1_BATCH_ROWS) {
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
