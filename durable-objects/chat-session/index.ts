import { DurableObject } from "cloudflare:workers";
import { toPublicState } from "../../src/lib/flow/state";
import { logEvent } from "../../src/observability/log";
import type { ObjectLog } from "../../src/observability/object-log";
import type { Language, Rating, SessionRating } from "../../src/protocol";
import type { SessionAlarms } from "./alarms";
import type { SessionCleanup } from "./cleanup";
import type {
  ChatInput,
  ErasureResult,
  PhotoInput,
  PhotoStatus,
  RateOutcome,
  SessionExport,
  SessionHistory,
  StreamOutcome,
  TicketOutcome,
  TicketRequest,
  TurnOutcome,
} from "./contract";
import type { SessionIndex } from "./index-row";
import { NO_SINK } from "./smart-assistant";
import { SseReplyStream } from "./sse-reply";
import type { SessionStorage } from "./storage";
import type { TicketWriter } from "./ticket-writer";
import type { TurnPipeline } from "./turn-pipeline";
import { TurnQueue } from "./turn-queue";
import { wireSession } from "./wiring";

export { TRANSCRIPT_DELAY_MS } from "./alarms";
export type * from "./contract";

/**
 * One chat session: its state and messages in SQLite, one row per message. The class is only its
 * RPC API; a turn runs through the TurnPipeline (turn-pipeline.ts), one at a time (turn-queue.ts),
 * and its reply is stored before it is returned.
 */
export class ChatSession extends DurableObject<Env> {
  private readonly store: SessionStorage;
  private readonly turns = new TurnQueue();
  /** Erasures and alarms, one at a time: an alarm's R2 write never lands after an erasure. */
  private readonly upkeep = new TurnQueue();
  private readonly pipeline: TurnPipeline;
  private readonly tickets: TicketWriter;
  private readonly index: SessionIndex;
  private readonly alarms: SessionAlarms;
  private readonly cleanup: SessionCleanup;
  private readonly rateLimitPerMinute: number;
  /** Sends the log lines each call writes to the LogStream object (src/observability/object-log.ts). */
  private readonly logs: ObjectLog;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ({
      store: this.store,
      pipeline: this.pipeline,
      tickets: this.tickets,
      index: this.index,
      alarms: this.alarms,
      cleanup: this.cleanup,
      rateLimitPerMinute: this.rateLimitPerMinute,
      logs: this.logs,
    } = wireSession(ctx, env));
  }

  /**
   * Starts the conversation, or repeats its current question if it is already under way. `client`
   * (see ChatInput) counts a new session against its client's limit; older Workers send none.
   */
  greet(sessionId: string, language?: Language, client?: string): Promise<TurnOutcome> {
    return this.logs.run(() =>
      this.turns.run(() =>
        this.pipeline.run({
          kind: "greeting",
          sessionId,
          ...(language ? { language } : {}),
          ...(client ? { client } : {}),
        }),
      ),
    );
  }

  chat(input: ChatInput): Promise<TurnOutcome> {
    return this.logs.run(() =>
      this.turns.run(() => this.pipeline.run({ kind: "chat", input, sink: NO_SINK })),
    );
  }

  /**
   * The same turn, streamed. The turn runs here, not in the caller: if the client goes away the
   * reply is still generated and stored (and shows in `history()`); only the stream is lost.
   * A refused turn answers before any stream starts.
   */
  chatStream(input: ChatInput): Promise<StreamOutcome> {
    return new Promise((resolve) => {
      const turn = async () => {
        const stream = new SseReplyStream();
        const admitted = await this.pipeline.admit({ kind: "chat", input, sink: stream }, Date.now());
        if ("ok" in admitted) return resolve(admitted);
        resolve({ ok: true, stream: stream.readable });
        try {
          stream.finish(await this.pipeline.proceed(admitted));
        } catch (error) {
          logEvent("error", "stream_turn_failed", { sessionId: input.sessionId, message: String(error) });
          stream.fail();
        }
      };
      // Its log lines are sent when the turn ends, not when the stream starts.
      const run = this.logs.run(() => this.turns.run(turn));
      this.ctx.waitUntil(run);
    });
  }

  /** A photo the user uploaded joins the conversation (and any later ticket); smart mode looks at it. */
  attachPhoto(input: PhotoInput): Promise<TurnOutcome> {
    return this.logs.run(() => this.turns.run(() => this.pipeline.run({ kind: "photo", input })));
  }

  /** Whether the session exists, takes photos now, and how many it has (checked before an upload is stored). */
  photoStatus(): PhotoStatus {
    return this.pipeline.photoStatus();
  }

  /** The admins' manual ticket; idempotent per session like the chat's own hand-off. */
  createTicket(request: TicketRequest): Promise<TicketOutcome> {
    return this.logs.run(() =>
      this.ctx.blockConcurrencyWhile(() => this.tickets.ensure(request, this.store.state(), [])),
    );
  }

  /**
   * The person's rating of the help (again: replaces it), answering the one it replaced. A turn for
   * the rate limit, so a script cannot flip it without end.
   */
  rate(rating: Rating, now = Date.now()): RateOutcome {
    if (!this.store.state())
      return { ok: false, error: "unknown_session", message: "No conversation to rate" };
    const limited = this.store.rateLimited(now, this.rateLimitPerMinute);
    if (limited) return limited;
    const previous = this.store.rating()?.rating ?? null;
    this.store.commitRating({ rating, ratedAt: now });
    return { ok: true, previous };
  }

  /** The person's rating of the help, for the desk's ticket view. */
  rating(): SessionRating | null {
    return this.store.rating();
  }

  /** Forgets the session's ticket after an admin deleted it, so a new one can be made. */
  forgetTicket(id: string): void {
    if (this.store.meta("ticket_id") === id) this.store.deleteMeta("ticket_id");
  }

  /**
   * The conversation so far, oldest first. Waits for a turn in progress (a reply being generated),
   * so a client that lost its stream and asks again gets the whole turn.
   */
  history(): Promise<SessionHistory> {
    return this.turns.run(() => {
      const state = this.store.state();
      const rating = this.store.rating();
      return {
        state: state ? toPublicState(state) : null,
        messages: this.store.messages(),
        ...(rating ? { rating } : {}),
      };
    });
  }

  /** Everything this object stores about the person (GDPR access). */
  exportData(): SessionExport {
    const state = this.store.state();
    return { ...this.store.exportRecord(), state: state ? toPublicState(state) : null };
  }

  /**
   * GDPR erasure: the conversation's rows go at once (a turn in flight stores nothing afterwards),
   * then its R2 transcript, its photos and its D1 index row, then the object's storage. If a step
   * outside fails, what is left is recorded and the answer says to retry; the alarm and any
   * repeated request finish it (cleanup.ts). Erasures and alarms run one at a time.
   */
  erase(sessionId: string): Promise<ErasureResult> {
    return this.logs.run(() => this.eraseInOrder(sessionId));
  }

  private eraseInOrder(sessionId: string): Promise<ErasureResult> {
    return this.upkeep.run(async () => {
      const record = this.cleanup.pending() ?? {
        sessionId,
        reason: "erasure" as const,
        uploads: this.store.photoKeys(),
        messages: this.store.messageCount(),
        ticketId: this.store.meta("ticket_id"),
      };
      this.cleanup.begin({ ...record, reason: "erasure" });
      const done = await this.cleanup.finish(record);
      if (!done.ok) return done;
      return {
        ok: true,
        messagesDeleted: record.messages,
        ticketId: record.ticketId,
        uploadsDeleted: done.uploadsDeleted,
        sessionIndexDeleted: done.sessionIndexDeleted,
      };
    });
  }

  /** Used by the health check: proves the object answers and its storage works. */
  ping(): { ok: true; messages: number } {
    return { ok: true, messages: this.store.messageCount() };
  }

  /** No caller outlives an alarm: its lines are sent before it returns. */
  override alarm(): Promise<void> {
    return this.logs.settle(() => this.upkeep.run(() => this.alarms.fire()));
  }
}
