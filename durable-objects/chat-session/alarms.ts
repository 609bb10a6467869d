import { type Config, getConfig } from "../../src/config";
import { readStoredState, toPublicState } from "../../src/lib/flow/state";
import { buildTranscript } from "../../src/lib/transcript";
import { logEvent } from "../../src/observability/log";
import { deleteSessionRow } from "../../src/storage/sessions";
import { deleteTranscript, saveTranscript } from "../../src/storage/transcripts";
import type { SessionStorage } from "./storage";

/** How long after a turn its transcript reaches R2 (turns within it share one write). */
export const TRANSCRIPT_DELAY_MS = 1_000;

export const retentionMs = (config: Config) => config.TRANSCRIPT_RETENTION_HOURS * 3_600_000;

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
    private readonly env: Env,
    private readonly store: SessionStorage,
    /** Called after the storage was deleted, so the object forgets what it cached. */
    private readonly onExpired: () => void,
  ) {}

  schedule(now: number): void {
    if (this.soon) return;
    const config = getConfig(this.env);
    if (config.TRANSCRIPT_MIRROR_ENABLED) {
      this.soon = true;
      this.ctx.waitUntil(this.ctx.storage.setAlarm(now + TRANSCRIPT_DELAY_MS));
    } else if (!this.retention) {
      this.retention = true;
      this.ctx.waitUntil(this.ctx.storage.setAlarm(now + retentionMs(config)));
    }
  }

  /** After `deleteAll()` (which also removes the alarm). */
  cleared(): void {
    this.soon = false;
    this.retention = false;
  }

  async fire(now = Date.now()): Promise<void> {
    this.cleared();
    const sessionId = this.store.meta("session_id");
    if (!sessionId) return;
    const config = getConfig(this.env);
    const lastActivity = Number(this.store.meta("last_activity_at") ?? 0);
    if (now - lastActivity >= retentionMs(config)) return this.expire(sessionId);
    if (config.TRANSCRIPT_MIRROR_ENABLED) {
      const stored = readStoredState(this.store.meta("state"));
      const state = stored ? toPublicState(stored) : null;
      await saveTranscript(
        this.env.BUCKET,
        buildTranscript(sessionId, state, this.store.messages(), new Date(now)),
      );
    }
    this.retention = true;
    await this.ctx.storage.setAlarm(lastActivity + retentionMs(config));
  }

  private async expire(sessionId: string): Promise<void> {
    const messages = this.store.messageCount();
    await this.ctx.storage.deleteAll();
    this.store.reset();
    this.onExpired();
    await Promise.all([
      deleteTranscript(this.env.BUCKET, sessionId),
      deleteSessionRow(this.env.DB, sessionId),
    ]);
    logEvent("info", "session_expired", { sessionId, messages });
  }
}
