import { readStoredState, type SessionState } from "../../src/lib/flow/state";
import { type Button, RATINGS, type Rating, type SessionRating } from "../../src/protocol";
import type { PhotoAttachment, SessionExport, StoredMessage, TurnRefusal } from "./contract";
import { migrate } from "./schema";

const RATE_WINDOW_MS = 60_000;

export type MetaKey =
  | "state"
  | "session_id"
  | "created_at"
  | "last_activity_at"
  | "ticket_id"
  | "rating"
  | "rated_at"
  /** A deletion begun and not finished (erasure or expiry): what is left outside (cleanup.ts). */
  | "cleanup"
  /** A hand-off whose ticket could not be stored: the alarm tries again (ticket-writer.ts). */
  | "ticket_retry"
  /** A phone or email the ticket could not take yet (R2 failed): the alarm adds it (ticket-writer.ts). */
  | "contact_retry";

/** One turn as it is stored: the user's line (none for a greeting), the reply and the new state. */
export interface TurnRecord {
  sessionId: string;
  /** The session had no state before this turn: it starts here. */
  first: boolean;
  state: SessionState;
  user: { kind: StoredMessage["kind"]; text: string; attachment?: PhotoAttachment } | null;
  reply: string;
  buttons: Button[];
  now: number;
}

type MessageRow = Omit<StoredMessage, "id">;

/**
 * The session object's SQLite storage (schema in schema.ts), its one owner. Every call is
 * synchronous; a turn is written in one transaction of three or four statements. What a turn reads
 * is cached, since only this class writes it: the parsed state, the last reply's buttons and the
 * rate-limit window (a failed transaction drops the caches, so they never run ahead of the rows).
 */
export class SessionStorage {
  private cachedState: SessionState | null | undefined;
  private cachedButtons: Button[] | undefined;
  /** Times of the turns within the rate window, oldest first. */
  private window: number[] | undefined;
  /** Rows older than the window are still in `turns`: the next turn deletes them. */
  private windowPruned = false;
  /** Messages stored, counted once per object and then kept in step. */
  private messageTotal: number | undefined;
  /**
   * Changes whenever the conversation is wiped (erasure, expiry). A turn admitted before a wipe
   * and still running after it (waiting on the model, say) sees the change and stores nothing.
   */
  generation = 0;
  private cachedCleanup: boolean | undefined;
  private cachedTicketId: string | null | undefined;

  constructor(private readonly storage: DurableObjectStorage) {
    this.reset();
  }

  private get sql(): SqlStorage {
    return this.storage.sql;
  }

  /** Creates or upgrades the tables (again, after `deleteAll()`), forgetting what was cached. */
  reset(): void {
    migrate(this.storage);
    this.forgetCaches();
    this.generation += 1;
  }

  /**
   * Deletes the conversation's rows in one synchronous transaction (no turn can run in between)
   * and keeps only `cleanup`: what is still to be deleted outside the object. The tables stay, so
   * a call arriving meanwhile finds an empty session, never a missing table.
   */
  wipe(cleanup: string): void {
    this.transaction(() => {
      this.sql.exec("DELETE FROM messages");
      this.sql.exec("DELETE FROM turns");
      this.sql.exec("DELETE FROM meta");
      this.setMetas([["cleanup", cleanup]]);
    });
    this.forgetCaches();
    this.generation += 1;
  }

  private forgetCaches(): void {
    this.cachedCleanup = undefined;
    this.cachedTicketId = undefined;
    this.messageTotal = undefined;
    this.cachedState = undefined;
    this.cachedButtons = undefined;
    this.window = undefined;
    this.windowPruned = false;
  }

  /** A transaction that, if it fails, leaves no cache ahead of the rows it rolled back. */
  private transaction(work: () => void): void {
    try {
      this.storage.transactionSync(work);
    } catch (error) {
      this.forgetCaches();
      throw error;
    }
  }

  /** A deletion is under way (cleanup.ts): the session takes no turns until it is finished. */
  deleting(): boolean {
    if (this.cachedCleanup === undefined) this.cachedCleanup = this.meta("cleanup") !== null;
    return this.cachedCleanup;
  }

  state(): SessionState | null {
    if (this.cachedState === undefined) this.cachedState = readStoredState(this.meta("state"));
    return this.cachedState;
  }

  /** Stores the turn atomically: rate-limit entry, the user's line, the reply, the state. */
  commitTurn(turn: TurnRecord): void {
    this.transaction(() => {
      this.recordTurn(turn.now);
      const reply: MessageRow = {
        role: "assistant",
        kind: "reply",
        text: turn.reply,
        buttons: turn.buttons,
        createdAt: turn.now,
      };
      this.addMessages(turn.user ? [{ role: "user", ...turn.user, createdAt: turn.now }, reply] : [reply]);
      this.setMetas([
        ["state", JSON.stringify(turn.state)],
        ["last_activity_at", String(turn.now)],
        ...(turn.first
          ? ([
              ["session_id", turn.sessionId],
              ["created_at", String(turn.now)],
            ] as const)
          : []),
      ]);
    });
    this.cachedState = turn.state;
    this.cachedButtons = turn.buttons;
  }

  /** The person's rating, counted as a turn for the rate limit. */
  commitRating(rating: SessionRating): void {
    this.transaction(() => {
      this.recordTurn(rating.ratedAt);
      this.setMetas([
        ["rating", rating.rating],
        ["rated_at", String(rating.ratedAt)],
      ]);
    });
  }

  deleteMeta(key: MetaKey): void {
    this.sql.exec("DELETE FROM meta WHERE key = ?", key);
    if (key === "ticket_id") this.cachedTicketId = undefined;
  }

  /** The session's ticket id, or null; read once per object (only this class writes it). */
  ticketId(): string | null {
    if (this.cachedTicketId === undefined) this.cachedTicketId = this.meta("ticket_id");
    return this.cachedTicketId;
  }

  meta(key: MetaKey): string | null {
    return (
      this.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = ?", key).toArray()[0]?.value ??
      null
    );
  }

  setMeta(key: MetaKey, value: string): void {
    this.setMetas([[key, value]]);
  }

  /** Several keys in one statement. */
  private setMetas(entries: readonly (readonly [MetaKey, string])[]): void {
    this.sql.exec(
      `INSERT OR REPLACE INTO meta (key, value) VALUES ${entries.map(() => "(?, ?)").join(", ")}`,
      ...entries.flat(),
    );
    if (entries.some(([key]) => key === "ticket_id")) this.cachedTicketId = undefined;
  }

  /** The person's rating of the help; a value this version does not know reads as none. */
  rating(): SessionRating | null {
    const rating = this.meta("rating");
    if (!RATINGS.some((r) => r === rating)) return null;
    return { rating: rating as Rating, ratedAt: Number(this.meta("rated_at")) || 0 };
  }

  /** The turn's messages in one statement, in order (their ids follow it). */
  private addMessages(rows: readonly MessageRow[]): void {
    const total = this.messageCount();
    this.sql.exec(
      `INSERT INTO messages (role, kind, text, buttons, created_at, attachment) VALUES ${rows
        .map(() => "(?, ?, ?, ?, ?, ?)")
        .join(", ")}`,
      ...rows.flatMap((m) => [
        m.role,
        m.kind,
        m.text,
        m.buttons ? JSON.stringify(m.buttons) : null,
        m.createdAt,
        m.attachment ? JSON.stringify(m.attachment) : null,
      ]),
    );
    this.messageTotal = total + rows.length;
  }

  messages(): StoredMessage[] {
    return this.sql
      .exec<{
        id: number;
        role: string;
        kind: string;
        text: string;
        buttons: string | null;
        created_at: number;
        attachment: string | null;
      }>("SELECT id, role, kind, text, buttons, created_at, attachment FROM messages ORDER BY id")
      .toArray()
      .map((r) => ({
        id: r.id,
        role: r.role as StoredMessage["role"],
        kind: r.kind as StoredMessage["kind"],
        text: r.text,
        ...(r.buttons ? { buttons: JSON.parse(r.buttons) as Button[] } : {}),
        ...(r.attachment ? { attachment: JSON.parse(r.attachment) as PhotoAttachment } : {}),
        createdAt: r.created_at,
      }));
  }

  messageCount(): number {
    if (this.messageTotal === undefined) {
      this.messageTotal = this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM messages").one().n;
    }
    return this.messageTotal;
  }

  /** The R2 keys of the conversation's photos. */
  photoKeys(): string[] {
    return this.sql
      .exec<{ attachment: string }>(
        "SELECT attachment FROM messages WHERE kind = 'photo' AND attachment IS NOT NULL",
      )
      .toArray()
      .flatMap((r) => {
        try {
          const key = (JSON.parse(r.attachment) as { key?: unknown }).key;
          return typeof key === "string" ? [key] : [];
        } catch {
          return [];
        }
      });
  }

  photoCount(): number {
    return this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM messages WHERE kind = 'photo'").one().n;
  }

  lastButtons(): Button[] {
    if (this.cachedButtons === undefined) {
      const row = this.sql
        .exec<{ buttons: string | null }>(
          "SELECT buttons FROM messages WHERE role = 'assistant' ORDER BY id DESC LIMIT 1",
        )
        .toArray()[0];
      this.cachedButtons = row?.buttons ? (JSON.parse(row.buttons) as Button[]) : [];
    }
    return this.cachedButtons;
  }

  /** What the object stores about the person, except its parsed state (GDPR access). */
  exportRecord(): Omit<SessionExport, "state"> {
    const number = (key: "created_at" | "last_activity_at") => {
      const v = this.meta(key);
      return v === null ? null : Number(v);
    };
    const rating = this.rating();
    return {
      sessionId: this.meta("session_id"),
      createdAt: number("created_at"),
      lastActivityAt: number("last_activity_at"),
      messages: this.messages(),
      ticketId: this.meta("ticket_id"),
      ...(rating ? { rating } : {}),
    };
  }

  /** The exact per-session limit: null if one more turn may run now, else when to retry. */
  rateLimited(now: number, perMinute: number): Extract<TurnRefusal, { error: "rate_limited" }> | null {
    const window = this.rateWindow(now);
    if (window.length < perMinute) return null;
    const retryAfterMs = (window[0] ?? now) + RATE_WINDOW_MS - now;
    return {
      ok: false,
      error: "rate_limited",
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    };
  }

  /** The turns within the window ending now, read once per object and then kept in step. */
  private rateWindow(now: number): number[] {
    const cutoff = now - RATE_WINDOW_MS;
    if (this.window === undefined) {
      this.window = this.sql
        .exec<{ at: number }>("SELECT at FROM turns WHERE at > ? ORDER BY at", cutoff)
        .toArray()
        .map((r) => r.at);
      this.windowPruned = true;
    }
    let expired = 0;
    while (expired < this.window.length && (this.window[expired] ?? 0) <= cutoff) expired += 1;
    if (expired > 0) {
      this.window.splice(0, expired);
      this.windowPruned = true;
    }
    return this.window;
  }

  private recordTurn(now: number): void {
    const window = this.rateWindow(now);
    this.sql.exec("INSERT INTO turns (at) VALUES (?)", now);
    if (this.windowPruned) {
      this.sql.exec("DELETE FROM turns WHERE at <= ?", now - RATE_WINDOW_MS);
      this.windowPruned = false;
    }
    window.push(now);
  }
}
