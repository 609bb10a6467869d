import { DurableObject } from "cloudflare:workers";
import { getConfig } from "../src/config";
import { runTurn, type TurnInput } from "../src/lib/flow/engine";
import { parseAction } from "../src/lib/flow/signals";
import { readStoredState, type SessionState, toPublicState } from "../src/lib/flow/state";
import type { Button, ChatResponse, Language } from "../src/protocol";

/** One stored message; the session keeps one row per message. */
export interface StoredMessage {
  id: number;
  role: "user" | "assistant";
  /** text: typed by the user; action: a button press; reply: the assistant's answer. */
  kind: "text" | "action" | "reply";
  text: string;
  buttons?: Button[];
  createdAt: number;
}

export type TurnOutcome =
  | { ok: true; response: ChatResponse }
  | { ok: false; error: "rate_limited"; retryAfterSeconds: number }
  | { ok: false; error: "invalid_action"; message: string };

export interface ChatInput {
  sessionId: string;
  message?: string;
  action?: string;
}

const RATE_WINDOW_MS = 60_000;
/** The D1 index is refreshed at most this often per session unless the stage changes. */
const INDEX_REFRESH_MS = 5 * 60_000;
const REDACTED = "[redacted: message contained sensitive data]";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    role TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    buttons TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS turns (at INTEGER NOT NULL);
`;

/**
 * One chat session: its state and messages in SQLite storage, one row per message.
 * Each turn is computed and stored synchronously, so the reply is durable before it is returned.
 */
export class ChatSession extends DurableObject<Env> {
  private readonly sql: SqlStorage;
  private cachedState: SessionState | null | undefined;
  private indexedAt = 0;
  private indexedStage: string | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(SCHEMA);
  }

  /** Starts the conversation, or repeats its current question if it is already under way. */
  greet(sessionId: string, language?: Language): TurnOutcome {
    return this.turn(sessionId, { kind: "greeting", ...(language ? { language } : {}) }, null);
  }

  chat(input: ChatInput): TurnOutcome {
    if (input.action !== undefined) {
      const signal = parseAction(input.action);
      if (!signal) return { ok: false, error: "invalid_action", message: `Unknown action "${input.action}"` };
      return this.turn(input.sessionId, { kind: "action", signal }, { kind: "action", text: input.action });
    }
    const text = input.message ?? "";
    return this.turn(input.sessionId, { kind: "text", text }, { kind: "text", text });
  }

  /** The conversation so far, oldest first. */
  history(): { state: ReturnType<typeof toPublicState> | null; messages: StoredMessage[] } {
    const state = this.loadState();
    return { state: state ? toPublicState(state) : null, messages: this.messages() };
  }

  /** Used by the health check: proves the object answers and its storage works. */
  ping(): { ok: true; messages: number } {
    const row = this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM messages").one();
    return { ok: true, messages: row.n };
  }

  private turn(
    sessionId: string,
    input: TurnInput,
    user: { kind: "text" | "action"; text: string } | null,
  ): TurnOutcome {
    const now = Date.now();
    const limited = this.rateLimited(now);
    if (limited) return limited;

    const previous = this.loadState();
    const shop = getConfig(this.env);
    const result = runTurn(previous, input, { name: shop.SHOP_NAME, contact: shop.SHOP_CONTACT });
    const response: ChatResponse = {
      sessionId,
      reply: result.reply,
      buttons: result.buttons,
      state: toPublicState(result.state),
    };

    this.ctx.storage.transactionSync(() => {
      this.sql.exec("INSERT INTO turns (at) VALUES (?)", now);
      if (!previous) {
        this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('session_id', ?)", sessionId);
        this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('created_at', ?)", String(now));
      }
      if (user) {
        const text = result.redactUserText
          ? REDACTED
          : user.kind === "action"
            ? this.actionLabel(user.text)
            : user.text;
        this.sql.exec(
          "INSERT INTO messages (role, kind, text, created_at) VALUES ('user', ?, ?, ?)",
          user.kind,
          text,
          now,
        );
      }
      this.sql.exec(
        "INSERT INTO messages (role, kind, text, buttons, created_at) VALUES ('assistant', 'reply', ?, ?, ?)",
        result.reply,
        JSON.stringify(result.buttons),
        now,
      );
      this.sql.exec(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('state', ?)",
        JSON.stringify(result.state),
      );
      this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_activity_at', ?)", String(now));
    });
    this.cachedState = result.state;
    this.refreshIndex(sessionId, result.state, now);
    return { ok: true, response };
  }

  /** Exact sliding-window limit: at most RATE_LIMIT_PER_MINUTE turns in any 60 s. */
  private rateLimited(now: number): TurnOutcome | null {
    const limit = getConfig(this.env).RATE_LIMIT_PER_MINUTE;
    this.sql.exec("DELETE FROM turns WHERE at <= ?", now - RATE_WINDOW_MS);
    const row = this.sql
      .exec<{ n: number; oldest: number | null }>("SELECT count(*) AS n, min(at) AS oldest FROM turns")
      .one();
    if (row.n < limit) return null;
    const retryAfterMs = (row.oldest ?? now) + RATE_WINDOW_MS - now;
    return {
      ok: false,
      error: "rate_limited",
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    };
  }

  private loadState(): SessionState | null {
    if (this.cachedState === undefined) {
      const row = this.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'state'").toArray()[0];
      this.cachedState = readStoredState(row?.value);
    }
    return this.cachedState;
  }

  /** A button press is stored as the label the user saw, when the last reply offered it. */
  private actionLabel(value: string): string {
    const last = this.sql
      .exec<{ buttons: string | null }>(
        "SELECT buttons FROM messages WHERE role = 'assistant' ORDER BY id DESC LIMIT 1",
      )
      .toArray()[0];
    const buttons = last?.buttons ? (JSON.parse(last.buttons) as Button[]) : [];
    return buttons.find((b) => b.value === value)?.label ?? value;
  }

  private messages(): StoredMessage[] {
    return this.sql
      .exec<{
        id: number;
        role: string;
        kind: string;
        text: string;
        buttons: string | null;
        created_at: number;
      }>("SELECT id, role, kind, text, buttons, created_at FROM messages ORDER BY id")
      .toArray()
      .map((r) => ({
        id: r.id,
        role: r.role as StoredMessage["role"],
        kind: r.kind as StoredMessage["kind"],
        text: r.text,
        ...(r.buttons ? { buttons: JSON.parse(r.buttons) as Button[] } : {}),
        createdAt: r.created_at,
      }));
  }

  /** Keeps the D1 session index (admin listings) fresh without delaying the reply. */
  private refreshIndex(sessionId: string, state: SessionState, now: number): void {
    if (state.stage === this.indexedStage && now - this.indexedAt < INDEX_REFRESH_MS) return;
    this.indexedAt = now;
    this.indexedStage = state.stage;
    const write = this.env.DB.prepare(
      `INSERT INTO sessions (id, created_at, last_activity_at, language, stage, device, problem)
       VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (id) DO UPDATE SET last_activity_at = ?2, language = ?3, stage = ?4, device = ?5, problem = ?6`,
    )
      .bind(sessionId, now, state.language, state.stage, state.device ?? null, state.problem ?? null)
      .run()
      .catch((error: unknown) => {
        this.indexedAt = 0;
        console.error(
          JSON.stringify({ level: "error", event: "session_index_failed", message: String(error) }),
        );
      });
    this.ctx.waitUntil(write);
  }
}
