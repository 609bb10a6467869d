import type { SessionState } from "../../src/lib/flow/state";
import { logEvent } from "../../src/observability/log";
import { upsertSessionRow } from "../../src/storage/sessions";

/** The D1 index is refreshed at most this often per session unless the stage changes. */
const INDEX_REFRESH_MS = 5 * 60_000;

/** Keeps a session's row in the D1 `sessions` index (admin listings) fresh without delaying the reply. */
export class SessionIndex {
  private indexedAt = 0;
  private indexedStage: string | undefined;

  constructor(
    private readonly db: D1Database,
    private readonly waitUntil: (promise: Promise<unknown>) => void,
  ) {}

  refresh(sessionId: string, state: SessionState, now: number): void {
    if (state.stage === this.indexedStage && now - this.indexedAt < INDEX_REFRESH_MS) return;
    this.indexedAt = now;
    this.indexedStage = state.stage;
    const write = upsertSessionRow(this.db, {
      sessionId,
      at: now,
      language: state.language,
      stage: state.stage,
      device: state.device ?? null,
      problem: state.problem ?? null,
    }).catch((error: unknown) => {
      this.indexedAt = 0;
      logEvent("error", "session_index_failed", { sessionId, message: String(error) });
    });
    this.waitUntil(write);
  }

  /** After an erasure: the next turn writes the row again. */
  forget(): void {
    this.indexedAt = 0;
    this.indexedStage = undefined;
  }
}
