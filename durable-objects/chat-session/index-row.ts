import { withDeadline } from "../../src/lib/deadline";
import type { SessionState } from "../../src/lib/flow/state";
import { logEvent } from "../../src/observability/log";
import { upsertSessionRow } from "../../src/storage/sessions";

/** The D1 index is refreshed at most this often per session unless the stage changes. */
const INDEX_REFRESH_MS = 5 * 60_000;

/**
 * Keeps a session's row in the D1 `sessions` index (admin listings) fresh, off the reply path: a
 * turn only notes that the row is due (its stage changed, or INDEX_REFRESH_MS passed), and the
 * object's alarm, about a second later (alarms.ts), writes it once for the whole burst of turns.
 */
export class SessionIndex {
  private indexedAt = 0;
  private indexedStage: string | undefined;

  constructor(
    private readonly db: D1Database,
    /** STORAGE_DEADLINE_MS: a D1 write still pending after this long counts as failed. */
    private readonly deadlineMs: number,
  ) {}

  /** Whether the turn just stored makes the row due. */
  due(state: SessionState, now: number): boolean {
    return state.stage !== this.indexedStage || now - this.indexedAt >= INDEX_REFRESH_MS;
  }

  /**
   * Writes the row from the stored state, if it is due. False when it failed or hung past its
   * deadline (logged): the alarm tries again (alarms.ts).
   */
  async write(
    row: { sessionId: string; createdAt: number | null; lastActivityAt: number },
    state: SessionState,
  ): Promise<boolean> {
    if (!this.due(state, row.lastActivityAt)) return true;
    try {
      await withDeadline(
        upsertSessionRow(this.db, {
          sessionId: row.sessionId,
          at: row.lastActivityAt,
          ...(row.createdAt !== null ? { createdAt: row.createdAt } : {}),
          language: state.language,
          stage: state.stage,
          device: state.device ?? null,
          problem: state.problem ?? null,
        }),
        this.deadlineMs,
      );
      this.indexedAt = row.lastActivityAt;
      this.indexedStage = state.stage;
      return true;
    } catch (error) {
      logEvent("error", "session_index_failed", { sessionId: row.sessionId, message: String(error) });
      return false;
    }
  }

  /** After an erasure: the next turn writes the row again. */
  forget(): void {
    this.indexedAt = 0;
    this.indexedStage = undefined;
  }
}
