import { awaitingContact } from "../../src/lib/flow/contact-turn";
import {
  rulesUnsure,
  runTurn,
  type TurnInput,
  type TurnResult,
  understandTurn,
} from "../../src/lib/flow/engine";
import type { ShopInfo } from "../../src/lib/flow/messages";
import {
  acceptsPhotos,
  contactResult,
  handoffResult,
  photoResult,
  userLine,
} from "../../src/lib/flow/outcomes";
import { parseAction, type Signal } from "../../src/lib/flow/signals";
import { type SessionState, toPublicState } from "../../src/lib/flow/state";
import type { ClientLimiter } from "../../src/limits/client-limiter";
import type { Language, TicketRef } from "../../src/protocol";
import { clientLimitRefusal, photoRefusal } from "../../src/refusals";
import type {
  ChatInput,
  PhotoAttachment,
  PhotoInput,
  PhotoStatus,
  TurnOutcome,
  TurnRefusal,
} from "./contract";
import type { ReplySink, SmartAssistant } from "./smart-assistant";
import type { SessionStorage, TurnRecord } from "./storage";
import type { TicketWriter } from "./ticket-writer";

/** One turn of a conversation, as the object's RPC methods hand it to the pipeline. */
export type TurnRequest =
  | { kind: "greeting"; sessionId: string; language?: Language; client?: string }
  | { kind: "chat"; input: ChatInput; sink: ReplySink }
  | { kind: "photo"; input: PhotoInput };

/** A turn that passed admission, with what admission read. */
export interface AdmittedTurn {
  request: TurnRequest;
  sessionId: string;
  now: number;
  previous: SessionState | null;
  /** The button pressed, parsed (chat actions only). */
  signal: Signal | null;
  /** The smart assistant for this turn, when the Worker said smart mode is on. */
  assistant: SmartAssistant | null;
  /** The storage's generation at admission: if it changed (an erasure), the turn stores nothing. */
  generation: number;
}

export interface TurnSettings {
  rateLimitPerMinute: number;
  /** SESSION_MAX_MESSAGES: a turn that would store more is refused; the conversation is closed. */
  maxMessages: number;
  shop: ShopInfo;
  /** The shop's own number, offered when a ticket could not be stored. */
  whatsappNumber: string;
}

export interface PipelineDependencies {
  store: SessionStorage;
  tickets: TicketWriter;
  settings: TurnSettings;
  assistant: (location: string, sessionId: string, client: string | undefined) => SmartAssistant;
  /** The per-client limit on starting sessions (Cloudflare's Rate Limiting binding; fails open). */
  newSessions: Pick<ClientLimiter, "check">;
  /** Holds the object (nothing else runs on it) while a hand-off stores its ticket and its turn. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /**
   * After a turn is stored: refresh the D1 index and set the alarm, off the reply path.
   * `customerWrote`: the person sent something (text, a button, a photo) on a turn that did not make the ticket.
   */
  stored: (sessionId: string, state: SessionState, now: number, customerWrote: boolean) => void;
}

/** What the enrich step made of the engine's draft: the final reply, and what it adds to the turn. */
interface Enriched {
  result: TurnResult;
  attachment?: PhotoAttachment;
  ticket?: TicketRef;
  /** The ticket was made by this turn (not one the session had already). */
  ticketCreated?: boolean;
}

/** Stages where a typed message gets a smart answer instead of the rules' fixed text. */
const SMART_STAGES = new Set<SessionState["stage"]>(["problem", "clarify", "steps", "escalation", "solved"]);

/**
 * The history the model may see: a message typed at the contact question (a phone, an email) and
 * the reply to it (which names a hint of them) are left out, not just masked.
 */
function withoutContact<T extends { kind: string }>(messages: readonly T[]): T[] {
  return messages.filter((m, i) => m.kind !== "contact" && messages[i - 1]?.kind !== "contact");
}

/** A turn on a conversation erased (or being erased) meanwhile: it stores nothing. */
const ERASED: TurnRefusal = {
  ok: false,
  error: "unknown_session",
  message: "This conversation was deleted; start a new one with /api/greeting",
};

/** Links in tickets made by callers that send no origin (older Workers, greetings). */
const DEFAULT_ORIGIN = "http://127.0.0.1:8787";

/**
 * One turn, each step once and in order: admit (unknown action, photo rules, the rate limit, the
 * client's limit on new sessions) →
 * understand (the text, once; the model classifies what the rules were unsure of) → engine (the
 * rules' reply) → enrich (a smart answer, the ticket hand-off or the photo, each a new reply) →
 * commit (one transaction; the reply is returned only once it is stored).
 */
export class TurnPipeline {
  constructor(private readonly deps: PipelineDependencies) {}

  async run(request: TurnRequest, now = Date.now()): Promise<TurnOutcome> {
    const admitted = await this.admit(request, now);
    return "ok" in admitted ? admitted : this.proceed(admitted);
  }

  /** Whether the turn may run at all; nothing is stored when it may not. */
  async admit(request: TurnRequest, now: number): Promise<TurnRefusal | AdmittedTurn> {
    const { store, settings } = this.deps;
    const previous = store.state();
    let signal: Signal | null = null;
    if (request.kind === "chat" && request.input.action !== undefined) {
      signal = parseAction(request.input.action);
      if (!signal) {
        return { ok: false, error: "invalid_action", message: `Unknown action "${request.input.action}"` };
      }
    }
    if (request.kind === "photo") {
      const refused = photoRefusal(this.photoStatus(), request.input.maxPhotos);
      if (refused) return refused;
    }
    if (request.kind === "greeting" && store.deleting()) return ERASED;
    // A turn stores at most two messages (the user's line and the reply).
    if (store.messageCount() + 2 > settings.maxMessages) {
      return {
        ok: false,
        error: "conversation_full",
        message: `This conversation reached its limit of ${settings.maxMessages} messages. Start a new conversation to go on; this one can still be exported or erased.`,
      };
    }
    const limited = store.rateLimited(now, settings.rateLimitPerMinute);
    if (limited) return limited;
    const client = request.kind === "greeting" ? request.client : request.input.client;
    // Only a turn that starts a session asks the client's limit (a photo needs a session already):
    // rotating session ids must not buy a client unlimited objects, index rows and transcripts.
    if (previous === null) {
      const verdict = await this.deps.newSessions.check(client);
      if (!verdict.ok) return clientLimitRefusal("new_sessions_rate_limited", verdict.retryAfterSeconds);
    }
    const sessionId = request.kind === "greeting" ? request.sessionId : request.input.sessionId;
    // Only typed text and photos ever reach the model.
    const smart = request.kind !== "greeting" && request.input.smart === true && signal === null;
    const location = request.kind === "greeting" ? "local" : (request.input.location ?? "local");
    const assistant = smart ? this.deps.assistant(location, sessionId, client) : null;
    return { request, sessionId, now, previous, signal, assistant, generation: store.generation };
  }

  /** Whether the session exists, takes photos now, and how many it has. */
  photoStatus(): PhotoStatus {
    const state = this.deps.store.state();
    return { exists: state !== null, accepting: acceptsPhotos(state), photos: this.deps.store.photoCount() };
  }

  /** The admitted turn's remaining steps. */
  async proceed(turn: AdmittedTurn): Promise<TurnOutcome> {
    const input = await this.understand(turn);
    const draft = this.engine(turn, input);
    const user = this.userSide(turn, draft);
    if (draft.handoffRequested) {
      return this.deps.exclusive(async () => {
        // Nothing else runs on the object from here: an erasure before this point is the last.
        if (this.erasedSince(turn)) return ERASED;
        return this.commit(turn, user, await this.handoff(turn, draft, user));
      });
    }
    const contact = draft.contact;
    if (contact) {
      // Held like the hand-off: an erasure cannot slip between the ticket's read and its write.
      return this.deps.exclusive(async () => {
        if (this.erasedSince(turn)) return ERASED;
        const saved = await this.deps.tickets.saveContact(turn.sessionId, contact);
        return this.commit(turn, user, { result: contactResult(draft, saved) });
      });
    }
    return this.commit(turn, user, await this.enrich(turn, draft));
  }

  private async understand(turn: AdmittedTurn): Promise<TurnInput | null> {
    const { request, previous, assistant } = turn;
    if (request.kind === "greeting") {
      return { kind: "greeting", ...(request.language ? { language: request.language } : {}) };
    }
    if (request.kind === "photo") return null;
    if (turn.signal) return { kind: "action", signal: turn.signal };
    const text = request.input.message ?? "";
    const understood = understandTurn(text);
    if (!assistant || !rulesUnsure(previous, understood)) return { kind: "text", text, understood };
    const known = { device: previous?.device ?? null, problem: previous?.problem ?? null };
    const hint = await assistant.classify(text, known);
    return { kind: "text", text, understood, ...(hint ? { hint } : {}) };
  }

  private engine(turn: AdmittedTurn, input: TurnInput | null): TurnResult {
    const { store, settings } = this.deps;
    // A photo changes no state: its rules' answer is the plain acknowledgement (admit checked the state).
    if (!input) return photoResult(turn.previous as SessionState, null, store.lastButtons());
    return runTurn(turn.previous, input, settings.shop);
  }

  /** The user's side of the turn as stored (none for a greeting). */
  private userSide(turn: AdmittedTurn, draft: TurnResult): TurnRecord["user"] {
    const { request } = turn;
    if (request.kind === "greeting") return null;
    if (request.kind === "photo") {
      return {
        ...userLine({ kind: "photo", language: draft.state.language }, false),
        attachment: request.input.attachment,
      };
    }
    if (request.input.action !== undefined) {
      const offered = this.deps.store.lastButtons();
      return userLine({ kind: "action", value: request.input.action, offered }, false);
    }
    const text = request.input.message ?? "";
    // Whatever is typed at the contact question is treated as the contact: it never reaches the model.
    const kind = turn.previous && awaitingContact(turn.previous) ? "contact" : "text";
    return userLine({ kind, text }, draft.redactUserText);
  }

  private async enrich(turn: AdmittedTurn, draft: TurnResult): Promise<Enriched> {
    const { request, assistant, previous } = turn;
    if (!assistant || !previous) return { result: draft };
    if (request.kind === "photo") {
      const photo = request.input.attachment;
      const findings = await assistant.describeStoredPhoto(previous, photo);
      if (!findings) return { result: draft };
      return {
        result: photoResult(draft.state, findings, this.deps.store.lastButtons()),
        attachment: { ...photo, findings },
      };
    }
    if (request.kind !== "chat" || turn.signal || draft.redactUserText) return { result: draft };
    if (!SMART_STAGES.has(draft.state.stage) || awaitingContact(previous)) return { result: draft };
    const past = this.deps.store.messages();
    const reply = await assistant.answer(
      {
        shopName: this.deps.settings.shop.name,
        state: draft.state,
        past: withoutContact(past).map((m) => ({ role: m.role, text: m.text })),
        userText: request.input.message ?? "",
        ruleReply: draft.reply,
        photoFindings: past.flatMap((m) => (m.attachment?.findings ? [m.attachment.findings] : [])),
      },
      request.sink,
    );
    return { result: reply ? { ...draft, reply } : draft };
  }

  /** The hand-off: the session's one ticket is stored (or fails), and the reply names it. */
  private async handoff(turn: AdmittedTurn, draft: TurnResult, user: TurnRecord["user"]): Promise<Enriched> {
    const origin = (turn.request.kind === "chat" && turn.request.input.origin) || DEFAULT_ORIGIN;
    const pending = user
      ? [{ role: "user" as const, kind: user.kind, text: user.text, createdAt: turn.now }]
      : [];
    const outcome = await this.deps.tickets.ensure(
      { sessionId: turn.sessionId, origin, source: "chat" },
      draft.state,
      pending,
    );
    const shop = { ...this.deps.settings.shop, whatsappNumber: this.deps.settings.whatsappNumber };
    if (!outcome.ok) return { result: handoffResult(draft, { ok: false }, shop) };
    const { id, whatsapp } = outcome.ticket;
    return {
      result: handoffResult(draft, { ok: true, id, whatsappLink: whatsapp.link }, shop),
      ticket: { id, whatsappUrl: whatsapp.link },
      ticketCreated: outcome.created,
    };
  }

  /** The conversation was erased (or expired) while this turn ran. */
  private erasedSince(turn: AdmittedTurn): boolean {
    return this.deps.store.generation !== turn.generation;
  }

  private commit(turn: AdmittedTurn, user: TurnRecord["user"], enriched: Enriched): TurnOutcome {
    // Erased while the turn waited (on the model, a photo, the ticket): nothing is written back.
    if (this.erasedSince(turn)) return ERASED;
    const { result, attachment, ticket } = enriched;
    const { sessionId, now } = turn;
    this.deps.store.commitTurn({
      sessionId,
      first: turn.previous === null,
      state: result.state,
      user: user && attachment ? { ...user, attachment } : user,
      reply: result.reply,
      buttons: result.buttons,
      now,
    });
    // A ticket made by this very turn waits for nobody yet: its status is not read.
    this.deps.stored(sessionId, result.state, now, user !== null && enriched.ticketCreated !== true);
    return {
      ok: true,
      response: {
        sessionId,
        reply: result.reply,
        buttons: result.buttons,
        state: toPublicState(result.state),
        ...(ticket ? { ticket } : {}),
      },
    };
  }
}
