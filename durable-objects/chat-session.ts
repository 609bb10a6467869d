import { DurableObject } from "cloudflare:workers";
import { getConfig } from "../src/config";
import { runTurn, type TurnInput, type TurnResult } from "../src/lib/flow/engine";
import { label, say } from "../src/lib/flow/messages";
import { parseAction } from "../src/lib/flow/signals";
import { readStoredState, type SessionState, toPublicState } from "../src/lib/flow/state";
import { logEvent } from "../src/lib/log";
import type { Ticket } from "../src/lib/tickets/ticket";
import { buildTranscript } from "../src/lib/transcript";
import type { ChatResponse, Language, PublicState } from "../src/protocol";
import { SessionStorage, type StoredMessage } from "./session-storage";
import { type TicketRequest, TicketWriter } from "./ticket-writer";

export type { StoredMessage } from "./session-storage";
export type { TicketRequest } from "./ticket-writer";

export type TurnOutcome =
  | { ok: true; response: ChatResponse }
  | { ok: false; error: "rate_limited"; retryAfterSeconds: number }
  | { ok: false; error: "invalid_action"; message: string };

export type TicketOutcome = { ok: true; created: boolean; ticket: Ticket } | { ok: false; message: string };

export interface ChatInput {
  sessionId: string;
  message?: string;
  action?: string;
  /** Origin of the request, for the links a ticket carries. Optional so older callers still work. */
  origin?: string;
}

export interface SessionExport {
  sessionId: string | null;
  createdAt: number | null;
  lastActivityAt: number | null;
  state: PublicState | null;
  messages: StoredMessage[];
  ticketId: string | null;
}

const RATE_WINDOW_MS = 60_000;
/** The D1 index is refreshed at most this often per session unless the stage changes. */
const INDEX_REFRESH_MS = 5 * 60_000;
const REDACTED = "[redacted: message contained sensitive data]";
const DEFAULT_ORIGIN = "http://127.0.0.1:8787";
/** How long after a turn its transcript reaches R2 (turns within it share one write). */
export const TRANSCRIPT_DELAY_MS = 1_000;

export const transcriptKey = (sessionId: string) => `transcripts/${sessionId}.json`;

/**
 * One chat session: its state and messages in SQLite storage, one row per message.
 * A turn is computed and stored synchronously, so the reply is durable before it is returned;
 * a turn that hands off to a technician holds the object while it writes the ticket.
 */
export class ChatSession extends DurableObject<Env> {
  private readonly store: SessionStorage;
  private readonly tickets: TicketWriter;
  private cachedState: SessionState | null | undefined;
  private indexedAt = 0;
  private indexedStage: string | undefined;
  private transcriptAlarmSet = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new SessionStorage(ctx.storage.sql);
    this.tickets = new TicketWriter(env, this.store);
  }

  /** Starts the conversation, or repeats its current question if it is already under way. */
  greet(sessionId: string, language?: Language): TurnOutcome | Promise<TurnOutcome> {
    return this.turn(
      sessionId,
      { kind: "greeting", ...(language ? { language } : {}) },
      null,
      DEFAULT_ORIGIN,
    );
  }

  chat(input: ChatInput): TurnOutcome | Promise<TurnOutcome> {
    const origin = input.origin ?? DEFAULT_ORIGIN;
    if (input.action !== undefined) {
      const signal = parseAction(input.action);
      if (!signal) return { ok: false, error: "invalid_action", message: `Unknown action "${input.action}"` };
      return this.turn(
        input.sessionId,
        { kind: "action", signal },
        { kind: "action", text: input.action },
        origin,
      );
    }
    const text = input.message ?? "";
    return this.turn(input.sessionId, { kind: "text", text }, { kind: "text", text }, origin);
  }

  /** The admins' manual ticket; idempotent per session like the chat's own hand-off. */
  createTicket(request: TicketRequest): Promise<TicketOutcome> {
    return this.ctx.blockConcurrencyWhile(() => this.tickets.ensure(request, this.loadState(), []));
  }

  /** Forgets the session's ticket after an admin deleted it, so a new one can be made. */
  forgetTicket(id: string): void {
    if (this.store.meta("ticket_id") === id) this.store.deleteMeta("ticket_id");
  }

  /** The conversation so far, oldest first. */
  history(): { state: PublicState | null; messages: StoredMessage[] } {
    const state = this.loadState();
    return { state: state ? toPublicState(state) : null, messages: this.store.messages() };
  }

  /** Everything this object stores about the person (GDPR access). */
  exportData(): SessionExport {
    const state = this.loadState();
    const number = (key: "created_at" | "last_activity_at") => {
      const v = this.store.meta(key);
      return v === null ? null : Number(v);
    };
    return {
      sessionId: this.store.meta("session_id"),
      createdAt: number("created_at"),
      lastActivityAt: number("last_activity_at"),
      state: state ? toPublicState(state) : null,
      messages: this.store.messages(),
      ticketId: this.store.meta("ticket_id"),
    };
  }

  /** GDPR erasure of this object's storage and the session's transcript in R2. */
  async erase(sessionId: string): Promise<{ messagesDeleted: number; ticketId: string | null }> {
    const messagesDeleted = this.store.messageCount();
    const ticketId = this.store.meta("ticket_id");
    // deleteAll() also removes a pending transcript alarm, so nothing writes the transcript back.
    await this.ctx.storage.deleteAll();
    this.transcriptAlarmSet = false;
    await this.env.BUCKET.delete(transcriptKey(sessionId));
    this.store.reset();
    this.cachedState = null;
    this.indexedAt = 0;
    this.indexedStage = undefined;
    return { messagesDeleted, ticketId };
  }

  /** Used by the health check: proves the object answers and its storage works. */
  ping(): { ok: true; messages: number } {
    return { ok: true, messages: this.store.messageCount() };
  }

  private turn(
    sessionId: string,
    input: TurnInput,
    user: { kind: "text" | "action"; text: string } | null,
    origin: string,
  ): TurnOutcome | Promise<TurnOutcome> {
    const now = Date.now();
    const config = getConfig(this.env);
    const recent = this.store.recentTurns(now, RATE_WINDOW_MS);
    if (recent.count >= config.RATE_LIMIT_PER_MINUTE) {
      const retryAfterMs = (recent.oldest ?? now) + RATE_WINDOW_MS - now;
      return {
        ok: false,
        error: "rate_limited",
        retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      };
    }
    const previous = this.loadState();
    const result = runTurn(previous, input, { name: config.SHOP_NAME, contact: config.SHOP_CONTACT });
    const userText =
      user &&
      (result.redactUserText ? REDACTED : user.kind === "action" ? this.actionLabel(user.text) : user.text);
    if (!result.handoffRequested) return this.commit(sessionId, previous, result, userText, user?.kind, now);

    // Nothing else may run on this session until the ticket exists and the turn is stored.
    return this.ctx.blockConcurrencyWhile(async () => {
      const pending = userText ? [{ role: "user" as const, text: userText, createdAt: now }] : [];
      const outcome = await this.tickets.ensure({ sessionId, origin, source: "chat" }, result.state, pending);
      const l = result.state.language;
      if (outcome.ok) {
        result.reply = say.ticketCreated(l, outcome.ticket.id);
        result.buttons = [
          { label: label.whatsapp(l), value: "technician", url: outcome.ticket.whatsapp.link },
          { label: label.close(l), value: "close" },
        ];
      } else {
        const shop = { name: config.SHOP_NAME, contact: config.SHOP_CONTACT };
        result.reply = say.ticketFailed(l, shop);
        result.buttons = [
          { label: label.whatsapp(l), value: "technician", url: `https://wa.me/${config.WHATSAPP_NUMBER}` },
          { label: label.close(l), value: "close" },
        ];
      }
      const committed = this.commit(sessionId, previous, result, userText, user?.kind, now);
      if (committed.ok && outcome.ok) {
        committed.response.ticket = { id: outcome.ticket.id, whatsappUrl: outcome.ticket.whatsapp.link };
      }
      return committed;
    });
  }

  /** Stores the turn atomically (user message, reply, state), then mirrors it outside the hot path. */
  private commit(
    sessionId: string,
    previous: SessionState | null,
    result: TurnResult,
    userText: string | null | undefined,
    userKind: "text" | "action" | undefined,
    now: number,
  ): TurnOutcome {
    this.ctx.storage.transactionSync(() => {
      this.store.recordTurn(now);
      if (!previous) {
        this.store.setMeta("session_id", sessionId);
        this.store.setMeta("created_at", String(now));
      }
      if (userText && userKind)
        this.store.addMessage({ role: "user", kind: userKind, text: userText, createdAt: now });
      this.store.addMessage({
        role: "assistant",
        kind: "reply",
        text: result.reply,
        buttons: result.buttons,
        createdAt: now,
      });
      this.store.setMeta("state", JSON.stringify(result.state));
      this.store.setMeta("last_activity_at", String(now));
    });
    this.cachedState = result.state;
    this.refreshIndex(sessionId, result.state, now);
    if (getConfig(this.env).TRANSCRIPT_MIRROR_ENABLED) this.scheduleTranscript(now);
    return {
      ok: true,
      response: {
        sessionId,
        reply: result.reply,
        buttons: result.buttons,
        state: toPublicState(result.state),
      },
    };
  }

  private loadState(): SessionState | null {
    if (this.cachedState === undefined) this.cachedState = readStoredState(this.store.meta("state"));
    return this.cachedState;
  }

  /** A button press is stored as the label the user saw, when the last reply offered it. */
  private actionLabel(value: string): string {
    return this.store.lastButtons().find((b) => b.value === value)?.label ?? value;
  }

  /**
   * Keeps `transcripts/<sessionId>.json` in R2 in step with the conversation without touching the
   * reply path: a turn only makes sure an alarm is set; the alarm writes the whole transcript once,
   * so a burst of turns costs one R2 write, and an eviction in between loses nothing.
   */
  private scheduleTranscript(now: number): void {
    if (this.transcriptAlarmSet) return;
    this.transcriptAlarmSet = true;
    this.ctx.waitUntil(this.ctx.storage.setAlarm(now + TRANSCRIPT_DELAY_MS));
  }

  override async alarm(): Promise<void> {
    this.transcriptAlarmSet = false;
    const sessionId = this.store.meta("session_id");
    if (!sessionId || !getConfig(this.env).TRANSCRIPT_MIRROR_ENABLED) return;
    const transcript = buildTranscript(sessionId, this.history().state, this.store.messages(), new Date());
    await this.env.BUCKET.put(transcriptKey(sessionId), JSON.stringify(transcript), {
      httpMetadata: { contentType: "application/json; charset=utf-8" },
    });
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
        logEvent("error", "session_index_failed", { sessionId, message: String(error) });
      });
    this.ctx.waitUntil(write);
  }
}
