import { PURGE_TARGETS, type PurgeTarget } from "../retention/policy/policy";

/** One target's place in the pass in progress (D1 `purge_state`, migrations/0003_purge_state.sql). */
export interface TargetState {
  /** The last R2 key handled: the next run lists after it. Null: from the start of the prefix. */
  startAfter: string | null;
  /** Finished in this pass: later runs skip it until every target is done. */
  done: boolean;
}

export type PassState = Map<PurgeTarget, TargetState>;

const isTarget = (value: string): value is PurgeTarget =>
  (PURGE_TARGETS as readonly string[]).includes(value);

export async function loadPassState(db: D1Database): Promise<PassState> {
  const { results } = await db
    .prepare("SELECT target, start_after, done FROM purge_state")
    .all<{ target: string; start_after: string | null; done: number }>();
  const state: PassState = new Map();
  for (const row of results) {
    // A row written by a newer version for a target this one does not know is left alone.
    if (isTarget(row.target)) state.set(row.target, { startAfter: row.start_after, done: row.done === 1 });
  }
  return state;
}

export async function saveTargetState(
  db: D1Database,
  target: PurgeTarget,
  state: TargetState,
  now: number,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO purge_state (target, start_after, done, updated_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (target) DO UPDATE SET start_after = ?2, done = ?3, updated_at = ?4`,
    )
    .bind(target, state.startAfter, state.done ? 1 : 0, now)
    .run();
}

/** The pass is over: the next run starts a new one from the beginning of every target. */
export async function clearPassState(db: D1Database): Promise<void> {
  await db.prepare("DELETE FROM purge_state").run();
}
