import { withDeadline } from "../../src/lib/deadline";
import { readStoredState, toPublicState } from "../../src/lib/flow/state";
import { buildTranscript } from "../../src/lib/transcript";
import { logEvent } from "../../src/observability/log";
import { saveTranscript } from "../../src/storage/transcripts";
import type { SessionCleanup } from "./cleanup";
import type { SessionIndex } from "./index-row";
import type { SessionStorage } from "./storage";

/** How long after a turn its transcript reaches R2 (turns within it share one write). */
export const TRANSCRIPT_DELAY_MS = 1_000;

/** A mirror, index or ticket write that failed is tried again this long after. */
export const RETRY_MS = 30_000;

export const retentionMs = (settings: { transcriptRetentionHours: number }) =>
  settings.transcriptRetentionHours * 3_600_000;

/** What the alarms need besides the object's own storage. */
export interface AlarmDependencies {
  bucket: R2Bucket;
  /** Keep `transcripts/<id>.json` in R2 in step with the conversation. */
  mirrorTranscripts: boolean;
  transcriptRetentionHours: number;
  /** STORAGE_DEADLINE_MS: an R2 write still pending after this long counts as failed. */
  deadlineMs: number;
}

/**
 * The session object's one alarm, doing two jobs.
 * Transcript mirror: `transcripts/<sessionId>.json` in R2 follows the conversation without touching
 * the reply path (a turn only makes sure an alarm is set ~1 s later; a burst of turns costs one R2
 * write, and an eviction in between loses nothing).
 * Retention: after that, the alarm is set for last activity + TRANSCRIPT_RETENTION_HOURS and then
 * deletes the session: its storage, its R2 transcript and its D1 index row (its ticket stays, under
 * the tickets' own retention). Without the mirror only the retention alarm is set, once, not per turn.
 * Failures never lose the alarm: a mirror, index or ticket write that failed (or hung past its
 * deadline) sets the alarm RETRY_MS later, and a deletion that could not finish (cleanup.ts) is
 * finished by the next alarm. The retention time is kept whatever fails.
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
    private readonly cleanup: SessionCleanup,
    /**
     * Tries again to store a hand-off's ticket (or a contact for it) that failed; true at once when
     * none waits, false while it still fails.
     */
    private readonly retryTicket: () => Promise<boolean>,
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

  async fire(now = Date.now()): Promise<void> {
    this.cleared();
    const pending = this.cleanup.pending();
    if (pending) {
      await this.cleanup.finish(pending, now);
      return;
    }
    const sessionId = this.store.meta("session_id");
    if (!sessionId) return;
    const lastActivity = Number(this.store.meta("last_activity_at") ?? 0);
    if (now - lastActivity >= retentionMs(this.deps)) return this.expire(sessionId, now);
    const stored = readStoredState(this.store.meta("state"));
    const createdAt = Number(this.store.meta("created_at")) || null;
    const [indexed, mirrored, ticketed] = await Promise.all([
      stored ? this.index.write({ sessionId, createdAt, lastActivityAt: lastActivity }, stored) : true,
      this.deps.mirrorTranscripts ? this.mirror(sessionId, stored, now) : true,
      this.retryTicket(),
    ]);
    const retention = lastActivity + retentionMs(this.deps);
    const again = indexed && mirrored && ticketed ? retention : Math.min(now + RETRY_MS, retention);
    this.retention = again === retention;
    this.soon = !this.retention;
    await this.ctx.storage.setAlarm(again);
  }

  /** The transcript to R2; false (logged) when it failed or hung. */
  private async mirror(
    sessionId: string,
    stored: ReturnType<typeof readStoredState>,
    now: number,
  ): Promise<boolean> {
    const transcript = buildTranscript(
      sessionId,
      stored ? toPublicState(stored) : null,
      this.store.messages(),
      new Date(now),
    );
    try {
      await withDeadline(saveTranscript(this.deps.bucket, transcript), this.deps.deadlineMs);
      return true;
    } catch (error) {
      logEvent("error", "transcript_mirror_failed", { sessionId, message: String(error) });
      return false;
    }
  }

  private async expire(sessionId: string, now: number): Promise<void> {
    const messages = this.store.messageCount();
    const record = {
      sessionId,
      reason: "expiry" as const,
      uploads: [],
      messages,
      ticketId: this.store.meta("ticket_id"),
    };
    this.cleanup.begin(record);
    const done = await this.cleanup.finish(record, now);
    logEvent("info", "session_expired", { sessionId, messages, complete: done.ok });
  }
}
