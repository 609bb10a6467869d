import { type Button, RATINGS, type Rating, type SessionRating } from "../../src/protocol";
import type { SessionExport, TurnOutcome } from "./contract";

/** A photo the user sent: the file lives in R2 under `key`; `findings` is what smart mode saw in it. */
export interface PhotoAttachment {
  id: string;
  key: string;
  contentType: string;
  size: number;
  findings?: string;
}

/** One stored message; the session keeps one row per message. */
export interface StoredMessage {
  id: number;
  role: "user" | "assistant";
  /** text: typed by the user; action: a button press; photo: an upload; reply: the assistant's answer. */
  kind: "text" | "action" | "photo" | "reply";
  text: string;
  buttons?: Button[];
  attachment?: PhotoAttachment;
  createdAt: number;
}

const RATE_WINDOW_MS = 60_000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    role TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    buttons TEXT,
    created_at INTEGER NOT NULL,
    attachment TEXT
  );
  CREATE TABLE IF NOT EXISTS turns (at INTEGER NOT NULL);
`;

export type MetaKey =
  | "state"
  | "session_id"
  | "created_at"
  | "last_activity_at"
  | "ticket_id"
  | "rating"
  | "rated_at";

/** The session object's SQLite tables; every call is synchronous, so callers can group them atomically. */
export class SessionStorage {
  constructor(private readonly sql: SqlStorage) {
    this.reset();
  }

  /** Creates the tables (again, after `deleteAll()`). */
  reset(): void {
    this.sql.exec(SCHEMA);
    // Objects created before photos existed have no attachment column: add it once.
    const columns = this.sql.exec<{ name: string }>("PRAGMA table_info(messages)").toArray();
    if (!columns.some((c) => c.name === "attachment"))
      this.sql.exec("ALTER TABLE messages ADD COLUMN attachment TEXT");
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

  setRating({ rating, ratedAt }: SessionRating): void {
    this.setMeta("rating", rating);
    this.setMeta("rated_at", String(ratedAt));
  }

  addMessage(m: Omit<StoredMessage, "id">): void {
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
  rateLimited(now: number, perMinute: number): Extract<TurnOutcome, { error: "rate_limited" }> | null {
    const recent = this.recentTurns(now, RATE_WINDOW_MS);
    if (recent.count < perMinute) return null;
    const retryAfterMs = (recent.oldest ?? now) + RATE_WINDOW_MS - now;
    return {
      ok: false,
      error: "rate_limited",
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    };
  }

  /** Turns in the last `windowMs`, after dropping older ones; for the exact rate limit. */
  recentTurns(now: number, windowMs: number): { count: number; oldest: number | null } {
    this.sql.exec("DELETE FROM turns WHERE at <= ?", now - windowMs);
    const row = this.sql
      .exec<{ n: number; oldest: number | null }>("SELECT count(*) AS n, min(at) AS oldest FROM turns")
      .one();
    return { count: row.n, oldest: row.oldest };
  }

  recordTurn(now: number): void {
    this.sql.exec("INSERT INTO turns (at) VALUES (?)", now);
  }
}
