import { DurableObject } from "cloudflare:workers";
import { getConfig } from "../../src/config";
import { rulesUnsure, runTurn, type TurnInput, type TurnResult } from "../../src/lib/flow/engine";
import { label, say } from "../../src/lib/flow/messages";
import { parseAction } from "../../src/lib/flow/signals";
import { readStoredState, type SessionState, toPublicState } from "../../src/lib/flow/state";
import { logEvent } from "../../src/observability/log";
import type { Language, Rating } from "../../src/protocol";
import { SessionAlarms, transcriptKey } from "./alarms";
import type {
  ChatInput,
  PhotoInput,
  RateOutcome,
  SessionExport,
  SessionHistory,
  StreamOutcome,
  TicketOutcome,
  TurnOutcome,
} from "./contract";
import { SessionIndex } from "./index-row";
import { NO_SINK, type ReplySink, SmartAssistant } from "./smart-assistant";
import { SseReplyStream } from "./sse-reply";
import { type PhotoAttachment, SessionStorage } from "./storage";
import { type TicketRequest, TicketWriter } from "./ticket-writer";
import { TurnQueue } from "./turn-queue";

export type * from "./contract";
export type { PhotoAttachment, StoredMessage } from "./storage";
export type { TicketRequest } from "./ticket-writer";

const PHOTOS_NEED_CONSENT =
  "Photos are accepted once the privacy notice is accepted, while the conversation is open";

/** Photos are personal data: only after consent, and not once the user declined or closed the chat. */
const acceptsPhotos = (state: SessionState | null): boolean =>
  state !== null && state.consent && state.stage !== "declined" && state.stage !== "closed";

/** Stages where a typed message gets a smart answer instead of the rules' fixed text. */
const SMART_STAGES = new Set(["problem", "clarify", "steps", "escalation", "solved"]);

const REDACTED = "[redacted: message contained sensitive data]";
const DEFAULT_ORIGIN = "http://127.0.0.1:8787";

export { TRANSCRIPT_DELAY_MS, transcriptKey } from "./alarms";

/**
 * One chat session: its state and messages in SQLite storage, one row per message.
 * A turn is computed and stored synchronously, so the reply is durable before it is returned;
 * a turn that hands off to a technician holds the object while it writes the ticket.
 */
export class ChatSession extends DurableObject<Env> {
  private readonly store: SessionStorage;
  private readonly tickets: TicketWriter;
  private cachedState: SessionState | null | undefined;
  private readonly alarms: SessionAlarms;
  /** Turns run one at a time (see turn-queue.ts). */
  private readonly turns = new TurnQueue();
  private readonly index: SessionIndex;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new SessionStorage(ctx.storage.sql);
    this.tickets = new TicketWriter(env, this.store);
    this.index = new SessionIndex(env.DB, (p) => ctx.waitUntil(p));
    this.alarms = new SessionAlarms(ctx, env, this.store, () => {
      this.cachedState = null;
      this.index.forget();
    });
  }

  /** Starts the conversation, or repeats its current question if it is already under way. */
  greet(sessionId: string, language?: Language): TurnOutcome | Promise<TurnOutcome> {
    return this.turns.run(() =>
      this.turn(sessionId, { kind: "greeting", ...(language ? { language } : {}) }, null, DEFAULT_ORIGIN),
    );
  }

  chat(input: ChatInput): TurnOutcome | Promise<TurnOutcome> {
    return this.turns.run(() => this.chatTurn(input, NO_SINK));
  }

  /**
   * The same turn, streamed. The turn runs here, not in the caller: if the client goes away the
   * reply is still generated and stored (and shows in `history()`); only the stream is lost.
   */
  chatStream(input: ChatInput): Promise<StreamOutcome> {
    return new Promise((resolve) => {
      const run = this.turns.run(async () => {
        const refused = this.refusal(input, Date.now());
        if (refused) return resolve(refused);
        const stream = new SseReplyStream();
        resolve({ ok: true, stream: stream.readable });
        try {
          stream.finish(await this.chatTurn(input, stream));
        } catch (error) {
          logEvent("error", "stream_turn_failed", { sessionId: input.sessionId, message: String(error) });
          stream.fail();
        }
      });
      this.ctx.waitUntil(Promise.resolve(run));
    });
  }

  /** A photo the user uploaded joins the conversation (and any later ticket); smart mode looks at it. */
  attachPhoto(input: PhotoInput): Promise<TurnOutcome> {
    return Promise.resolve(this.turns.run(() => this.photoTurn(input)));
  }

  private chatTurn(input: ChatInput, sink: ReplySink): TurnOutcome | Promise<TurnOutcome> {
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
    if (!input.smart)
      return this.turn(input.sessionId, { kind: "text", text }, { kind: "text", text }, origin);
    return this.smartTextTurn(input, text, origin, sink);
  }

  /** Rules first; the model classifies what they were unsure of and words the answer. */
  private async smartTextTurn(input: ChatInput, text: string, origin: string, sink: ReplySink) {
    const limited = this.rateLimited(Date.now());
    if (limited) return limited;
    const previous = this.loadState();
    const assistant = new SmartAssistant(this.env, this.ctx, input.location ?? "local", input.sessionId);
    const known = { device: previous?.device ?? null, problem: previous?.problem ?? null };
    const hint = rulesUnsure(previous, text) ? await assistant.classify(text, known) : null;
    const past = this.store.messages();
    return this.turn(
      input.sessionId,
      { kind: "text", text, ...(hint ? { hint } : {}) },
      { kind: "text", text },
      origin,
      async (result) => {
        if (result.redactUserText || result.handoffRequested) return;
        if (!previous || !SMART_STAGES.has(result.state.stage)) return;
        const reply = await assistant.answer(
          {
            shopName: getConfig(this.env).SHOP_NAME,
            state: result.state,
            past: past.map((m) => ({ role: m.role, text: m.text })),
            userText: text,
            ruleReply: result.reply,
            photoFindings: past.flatMap((m) => (m.attachment?.findings ? [m.attachment.findings] : [])),
          },
          sink,
        );
        if (reply) result.reply = reply;
      },
    );
  }

  private async photoTurn(input: PhotoInput): Promise<TurnOutcome> {
    const now = Date.now();
    const state = this.loadState();
    if (!state)
      return { ok: false, error: "unknown_session", message: "Unknown session: start it with /api/greeting" };
    if (!acceptsPhotos(state)) {
      return { ok: false, error: "not_accepting_photos", message: PHOTOS_NEED_CONSENT };
    }
    if (input.maxPhotos !== undefined && this.photoCount() >= input.maxPhotos) {
      return {
        ok: false,
        error: "too_many_photos",
        message: `At most ${input.maxPhotos} photos per conversation`,
      };
    }
    const limited = this.rateLimited(now);
    if (limited) return limited;
    const findings = input.smart
      ? await new SmartAssistant(
          this.env,
          this.ctx,
          input.location ?? "local",
          input.sessionId,
        ).describeStoredPhoto(state, input.attachment)
      : null;
    const attachment: PhotoAttachment = { ...input.attachment, ...(findings ? { findings } : {}) };
    const l = state.language;
    const result: TurnResult = {
      state,
      reply: say.photoReceived(l, findings),
      buttons: this.store.lastButtons().filter((b) => !b.url),
      redactUserText: false,
      handoffRequested: false,
    };
    const userLabel = l === "es" ? "📷 Foto" : "📷 Photo";
    return this.commit(input.sessionId, state, result, userLabel, "photo", now, attachment);
  }

  /** Whether the session exists, takes photos now, and how many it has (checked before an upload is stored). */
  photoStatus(): { exists: boolean; accepting: boolean; photos: number } {
    const state = this.loadState();
    return { exists: state !== null, accepting: acceptsPhotos(state), photos: this.photoCount() };
  }

  private photoCount(): number {
    return this.store.messages().filter((m) => m.kind === "photo").length;
  }

  /** The admins' manual ticket; idempotent per session like the chat's own hand-off. */
  createTicket(request: TicketRequest): Promise<TicketOutcome> {
    return this.ctx.blockConcurrencyWhile(() => this.tickets.ensure(request, this.loadState(), []));
  }

  /**
   * The person's rating of the help (again: replaces it), answering the one it replaced. A turn for
   * the rate limit, so a script cannot flip it without end.
   */
  rate(rating: Rating, now = Date.now()): RateOutcome {
    if (!this.loadState()) return { ok: false, error: "unknown_session", message: "No conversation to rate" };
    const limited = this.rateLimited(now);
    if (limited) return limited;
    const previous = this.store.rating()?.rating ?? null;
    this.ctx.storage.transactionSync(() => {
      this.store.recordTurn(now);
      this.store.setRating({ rating, ratedAt: now });
    });
    return { ok: true, previous };
  }

  /** Forgets the session's ticket after an admin deleted it, so a new one can be made. */
  forgetTicket(id: string): void {
    if (this.store.meta("ticket_id") === id) this.store.deleteMeta("ticket_id");
  }

  /**
   * The conversation so far, oldest first. Waits for a turn in progress (a reply being generated),
   * so a client that lost its stream and asks again gets the whole turn.
   */
  history(): SessionHistory | Promise<SessionHistory> {
    return this.turns.run(() => this.currentHistory());
  }

  private currentHistory(): SessionHistory {
    const state = this.loadState();
    const rating = this.store.rating();
    return {
      state: state ? toPublicState(state) : null,
      messages: this.store.messages(),
      ...(rating ? { rating } : {}),
    };
  }

  /** Everything this object stores about the person (GDPR access). */
  exportData(): SessionExport {
    const state = this.loadState();
    return { ...this.store.exportRecord(), state: state ? toPublicState(state) : null };
  }

  /** GDPR erasure of this object's storage and the session's transcript in R2. */
  async erase(sessionId: string): Promise<{ messagesDeleted: number; ticketId: string | null }> {
    const messagesDeleted = this.store.messageCount();
    const ticketId = this.store.meta("ticket_id");
    // deleteAll() also removes a pending transcript alarm, so nothing writes the transcript back.
    await this.ctx.storage.deleteAll();
    this.alarms.cleared();
    await this.env.BUCKET.delete(transcriptKey(sessionId));
    this.store.reset();
    this.cachedState = null;
    this.index.forget();
    return { messagesDeleted, ticketId };
  }

  /** Used by the health check: proves the object answers and its storage works. */
  ping(): { ok: true; messages: number } {
    return { ok: true, messages: this.store.messageCount() };
  }

  /** Why this turn cannot run (rate limit, unknown action), checked before a stream starts. */
  private refusal(input: ChatInput, now: number): Exclude<TurnOutcome, { ok: true }> | null {
    if (input.action !== undefined && !parseAction(input.action)) {
      return { ok: false, error: "invalid_action", message: `Unknown action "${input.action}"` };
    }
    return this.rateLimited(now);
  }

  private rateLimited(now: number): Extract<TurnOutcome, { error: "rate_limited" }> | null {
    return this.store.rateLimited(now, getConfig(this.env).RATE_LIMIT_PER_MINUTE);
  }

  private turn(
    sessionId: string,
    input: TurnInput,
    user: { kind: "text" | "action"; text: string } | null,
    origin: string,
    refine?: (result: TurnResult) => Promise<void>,
  ): TurnOutcome | Promise<TurnOutcome> {
    const now = Date.now();
    const config = getConfig(this.env);
    const limited = this.rateLimited(now);
    if (limited) return limited;
    const previous = this.loadState();
    const result = runTurn(previous, input, { name: config.SHOP_NAME, contact: config.SHOP_CONTACT });
    const userText =
      user &&
      (result.redactUserText ? REDACTED : user.kind === "action" ? this.actionLabel(user.text) : user.text);
    if (!result.handoffRequested) {
      if (!refine) return this.commit(sessionId, previous, result, userText, user?.kind, now);
      return refine(result).then(() => this.commit(sessionId, previous, result, userText, user?.kind, now));
    }

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
    userKind: "text" | "action" | "photo" | undefined,
    now: number,
    attachment?: PhotoAttachment,
  ): TurnOutcome {
    this.ctx.storage.transactionSync(() => {
      this.store.recordTurn(now);
      if (!previous) {
        this.store.setMeta("session_id", sessionId);
        this.store.setMeta("created_at", String(now));
      }
      if (userText && userKind)
        this.store.addMessage({
          role: "user",
          kind: userKind,
          text: userText,
          ...(attachment ? { attachment } : {}),
          createdAt: now,
        });
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
    this.index.refresh(sessionId, result.state, now);
    this.alarms.schedule(now);
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

  override alarm(): Promise<void> {
    return this.alarms.fire();
  }
}
