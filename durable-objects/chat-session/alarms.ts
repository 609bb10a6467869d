import { readStoredState, toPublicState } from "../../src/lib/flow/state";
import { buildTranscript } from "../../src/lib/transcript";
import { logEvent } from "../../src/observability/log";
import { deleteSessionRow } from "../../src/storage/sessions";
import { deleteTranscript, saveTranscript } from "../../src/storage/transcripts";
import type { SessionIndex } from "./index-row";
import type { SessionStorage } from "./storage";

/** How long after a turn its transcript reaches R2 (turns within it share one write). */
export const TRANSCRIPT_DELAY_MS = 1_000;

export const retentionMs = (settings: { transcriptRetentionHours: number }) =>
  settings.transcriptRetentionHours * 3_600_000;

/** What the alarms need besides the object's own storage. */
export interface AlarmDependencies {
  bucket: R2Bucket;
  db: D1Database;
  /** Keep `transcripts/<id>.json` in R2 in step with the conversation. */
  mirrorTranscripts: boolean;
  transcriptRetentionHours: number;
}

/**
 * The session object's one alarm, doing two jobs.
 * Transcript mirror: `transcripts/<sessionId>.json` in R2 follows the conversation without touching
 * the reply path (a turn only makes sure an alarm is set ~1 s later; a burst of turns costs one R2
 * write, and an eviction in between loses nothing).
 * Retention: after that, the alarm is set for last activity + TRANSCRIPT_RETENTION_HOURS and then
 * deletes the session: its storage, its R2 transcript and its D1 index row (its ticket stays, under
 * the tickets' own retention). Without the mirror only the retention alarm is set, once, not per turn.
 */
export class SessionAlarms {
  /** An alarm is set for ~1 s from now. */
  private soon = false;
  /** The retention alarm is set (for last activity + retention, or later). */
  private retention = false;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly deps: AlarmDependencies,
    private readonly store: SessionStorage,
    private readonly index: SessionIndex,
    /** Called after the storage was deleted, so the object forgets what it cached. */
    private readonly onExpired: () => void,
  ) {}

  /** After a stored turn; `indexDue`: the D1 index row needs writing (index-row.ts). */
  schedule(now: number, indexDue: boolean): void {
    if (this.soon) return;
    if (this.deps.mirrorTranscripts || indexDue) {
      this.soon = true;
      this.ctx.waitUntil(this.ctx.storage.setAlarm(now + TRANSCRIPT_DELAY_MS));
    } else if (!this.retention) {
      this.retention = true;
      this.ctx.waitUntil(this.ctx.storage.setAlarm(now + retentionMs(this.deps)));
    }
  }

  /** After `deleteAll()` (which also removes the alarm). */
  cleared(): void {
    this.soon = false;
    this.retention = false;
  }

  /** GDPR erasure, after `deleteAll()`: nothing is scheduled, and the R2 transcript is gone too. */
  async erased(sessionId: string): Promise<void> {
    this.cleared();
    await deleteTranscript(this.deps.bucket, sessionId);
  }

  async fire(now = Date.now()): Promise<void> {
    this.cleared();
    const sessionId = this.store.meta("session_id");
    if (!sessionId) return;
    const lastActivity = Number(this.store.meta("last_activity_at") ?? 0);
    if (now - lastActivity >= retentionMs(this.deps)) return this.expire(sessionId);
    const stored = readStoredState(this.store.meta("state"));
    const createdAt = Number(this.store.meta("created_at")) || null;
    await Promise.all([
      stored ? this.index.write({ sessionId, createdAt, lastActivityAt: lastActivity }, stored) : null,
      this.deps.mirrorTranscripts
        ? saveTranscript(
            this.deps.bucket,
            buildTranscript(
              sessionId,
              stored ? toPublicState(stored) : null,
              this.store.messages(),
              new Date(now),
            ),
          )
        : null,
    ]);
    this.retention = true;
    await this.ctx.storage.setAlarm(lastActivity + retentionMs(this.deps));
  }

  private async expire(sessionId: string): Promise<void> {
    const messages = this.store.messageCount();
    await this.ctx.storage.deleteAll();
    this.store.reset();
    this.onExpired();
    await Promise.all([
      deleteTranscript(this.deps.bucket, sessionId),
      deleteSessionRow(this.deps.db, sessionId),
    ]);
    logEvent("info", "session_expired", { sessionId, messages });
  }
}
