import { withDeadline } from "../../src/lib/deadline";
import { logEvent } from "../../src/observability/log";
import { deleteSessionRow } from "../../src/storage/sessions";
import { deleteTranscript } from "../../src/storage/transcripts";
import { deleteUploads } from "../../src/storage/uploads";
import type { SessionStorage } from "./storage";

/** How long one deletion outside the object may take before the attempt counts as failed. */
/** When a failed attempt is tried again by the object's alarm. */
export const CLEANUP_RETRY_MS = 60_000;

/** A deletion begun and not finished: what is still to be deleted outside the object. */
export interface PendingCleanup {
  sessionId: string;
  reason: "erasure" | "expiry";
  /** Photos in R2 (erasure only: after an expiry they stay for their own retention). */
  uploads: string[];
  /** What the conversation held, reported by the erasure. */
  messages: number;
  ticketId: string | null;
}

export type CleanupResult =
  | { ok: true; uploadsDeleted: number; sessionIndexDeleted: boolean }
  | { ok: false; retryAfterSeconds: number };

/**
 * Deletes a session everywhere, in an order that survives a failure at any step:
 * 1. `begin`: one synchronous transaction deletes the conversation's rows and records what is
 *    left outside (R2 transcript, photos, the D1 index row). From then on the object holds nothing
 *    of the person, a turn still in flight stores nothing (the storage's generation changed), and
 *    a call finds an empty session.
 * 2. `finish`: deletes what the record lists (each call with a deadline, so a hanging binding
 *    counts as failed), then the object's storage itself (`deleteAll()`, which also drops its
 *    alarm). If anything fails the record stays, the alarm is set to try again, and a repeated
 *    erasure request finishes it too.
 */
export class SessionCleanup {
  constructor(
    private readonly ctx: DurableObjectState,
    private readonly deps: { bucket: R2Bucket; db: D1Database; deadlineMs: number },
    private readonly store: SessionStorage,
    /** After the storage is gone: the object forgets what it cached about it. */
    private readonly onCleared: () => void,
  ) {}

  pending(): PendingCleanup | null {
    const raw = this.store.meta("cleanup");
    if (!raw) return null;
    try {
      return JSON.parse(raw) as PendingCleanup;
    } catch {
      return null;
    }
  }

  begin(record: PendingCleanup): void {
    this.store.wipe(JSON.stringify(record));
  }

  async finish(record: PendingCleanup, now = Date.now()): Promise<CleanupResult> {
    const { bucket, db, deadlineMs } = this.deps;
    let uploadsDeleted: number;
    let sessionIndexDeleted: boolean;
    try {
      [, uploadsDeleted, sessionIndexDeleted] = await Promise.all([
        withDeadline(deleteTranscript(bucket, record.sessionId), deadlineMs),
        withDeadline(deleteUploads(bucket, record.uploads), deadlineMs),
        withDeadline(deleteSessionRow(db, record.sessionId), deadlineMs),
      ]);
    } catch (error) {
      logEvent("error", "session_cleanup_failed", {
        sessionId: record.sessionId,
        reason: record.reason,
        message: String(error),
      });
      await this.retryLater(now);
      return { ok: false, retryAfterSeconds: Math.ceil(CLEANUP_RETRY_MS / 1000) };
    }
    // Nothing else runs on the object while its storage goes and its tables come back.
    await this.ctx.blockConcurrencyWhile(async () => {
      await this.ctx.storage.deleteAll();
      this.store.reset();
      this.onCleared();
    });
    return { ok: true, uploadsDeleted, sessionIndexDeleted };
  }

  /** The record stays; the alarm tries again (an alarm that cannot be set is logged: a repeated erasure still finishes it). */
  private async retryLater(now: number): Promise<void> {
    try {
      await this.ctx.storage.setAlarm(now + CLEANUP_RETRY_MS);
    } catch (error) {
      logEvent("error", "session_cleanup_alarm_failed", { message: String(error) });
    }
  }
}
