/**
 * What the retention purge (src/retention/d1-sweep.ts) asks of a D1 table whose rows expire by one
 * time column. Each table's store hands out its own; the purge never names a table.
 */
export interface ExpiringRows {
  /** Rows at or before `cutoff` (expired) and after it (kept). */
  tally(cutoff: number): Promise<{ expired: number; kept: number }>;
  /** Ids of the oldest expired rows, at most `limit` (what a dry run shows). */
  oldestExpired(cutoff: number, limit: number): Promise<string[]>;
  /** Deletes the oldest expired rows, at most `limit`, in one statement; answers their ids. */
  deleteOldestExpired(cutoff: number, limit: number): Promise<string[]>;
}

/** For the stores only: `table` and `time` are their own constants, never input. */
export function expiringRows(db: D1Database, table: string, time: string): ExpiringRows {
  return {
    async tally(cutoff) {
      const row = await db
        .prepare(
          `SELECT coalesce(sum(${time} <= ?1), 0) AS expired, coalesce(sum(${time} > ?1), 0) AS kept FROM ${table}`,
        )
        .bind(cutoff)
        .first<{ expired: number; kept: number }>();
      return { expired: row?.expired ?? 0, kept: row?.kept ?? 0 };
    },
    async oldestExpired(cutoff, limit) {
      const { results } = await db
        .prepare(`SELECT id FROM ${table} WHERE ${time} <= ? ORDER BY ${time} LIMIT ?`)
        .bind(cutoff, limit)
        .all<{ id: string }>();
      return results.map((r) => r.id);
    },
    async deleteOldestExpired(cutoff, limit) {
      const { results } = await db
        .prepare(
          `DELETE FROM ${table} WHERE id IN
             (SELECT id FROM ${table} WHERE ${time} <= ? ORDER BY ${time} LIMIT ?) RETURNING id`,
        )
        .bind(cutoff, limit)
        .all<{ id: string }>();
      return results.map((r) => r.id);
    },
  };
}
