import type { Button } from "../src/protocol";

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

export type MetaKey = "state" | "session_id" | "created_at" | "last_activity_at" | "ticket_id";

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
