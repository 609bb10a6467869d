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
  | "rated_at";

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

/**
 * The session object's SQLite storage (schema in schema.ts), its one owner. Every call is
 * synchronous; a turn is written in one transaction. The parsed state is cached: only this class
 * writes it.
 */
export class SessionStorage {
  private cachedState: SessionState | null | undefined;

  constructor(private readonly storage: DurableObjectStorage) {
    this.reset();
  }

  private get sql(): SqlStorage {
    return this.storage.sql;
  }

  /** Creates or upgrades the tables (again, after `deleteAll()`), forgetting what was cached. */
  reset(): void {
    migrate(this.storage);
    this.cachedState = undefined;
  }

  state(): SessionState | null {
    if (this.cachedState === undefined) this.cachedState = readStoredState(this.meta("state"));
    return this.cachedState;
  }

  /** Stores the turn atomically: rate-limit entry, the user's line, the reply, the state. */
  commitTurn(turn: TurnRecord): void {
    this.storage.transactionSync(() => {
      this.recordTurn(turn.now);
      if (turn.first) {
        this.setMeta("session_id", turn.sessionId);
        this.setMeta("created_at", String(turn.now));
      }
      if (turn.user) this.addMessage({ role: "user", ...turn.user, createdAt: turn.now });
      this.addMessage({
        role: "assistant",
        kind: "reply",
        text: turn.reply,
        buttons: turn.buttons,
        createdAt: turn.now,
      });
      this.setMeta("state", JSON.stringify(turn.state));
      this.setMeta("last_activity_at", String(turn.now));
    });
    this.cachedState = turn.state;
  }

  /** The person's rating, counted as a turn for the rate limit. */
  commitRating(rating: SessionRating): void {
    this.storage.transactionSync(() => {
      this.recordTurn(rating.ratedAt);
      this.setMeta("rating", rating.rating);
      this.setMeta("rated_at", String(rating.ratedAt));
    });
  }

  deleteMeta(key: MetaKey): void {
    this.sql.exec("DELETE FROM meta WHERE key = ?", key);
  }

  meta(key: MetaKey): string | null {
    return (
      this.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = ?", key).toArray()[0]?.value ??
      null
    );
  }

  setMeta(key: MetaKey, value: string): void {
    this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value);
  }

  /** The person's rating of the help; a value this version does not know reads as none. */
  rating(): SessionRating | null {
    const rating = this.meta("rating");
    if (!RATINGS.some((r) => r === rating)) return null;
    return { rating: rating as Rating, ratedAt: Number(this.meta("rated_at")) || 0 };
  }

  private addMessage(m: Omit<StoredMessage, "id">): void {
    this.sql.exec(
      "INSERT INTO messages (role, kind, text, buttons, created_at, attachment) VALUES (?, ?, ?, ?, ?, ?)",
      m.role,
      m.kind,
      m.text,
      m.buttons ? JSON.stringify(m.buttons) : null,
      m.createdAt,
      m.attachment ? JSON.stringify(m.attachment) : null,
    );
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
    return this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM messages").one().n;
  }

  photoCount(): number {
    return this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM messages WHERE kind = 'photo'").one().n;
  }

  lastButtons(): Button[] {
    const row = this.sql
      .exec<{ buttons: string | null }>(
        "SELECT buttons FROM messages WHERE role = 'assistant' ORDER BY id DESC LIMIT 1",
      )
      .toArray()[0];
    return row?.buttons ? (JSON.parse(row.buttons) as Button[]) : [];
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
    this.sql.exec("DELETE FROM turns WHERE at <= ?", now - RATE_WINDOW_MS);
    const recent = this.sql
      .exec<{ n: number; oldest: number | null }>("SELECT count(*) AS n, min(at) AS oldest FROM turns")
      .one();
    if (recent.n < perMinute) return null;
    const retryAfterMs = (recent.oldest ?? now) + RATE_WINDOW_MS - now;
    return {
      ok: false,
      error: "rate_limited",
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    };
  }

  private recordTurn(now: number): void {
    this.sql.exec("INSERT INTO turns (at) VALUES (?)", now);
  }
}
