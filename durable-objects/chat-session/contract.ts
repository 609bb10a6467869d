/**
 * The ChatSession object's RPC contract: every type the Worker sends to the object or gets back.
 * Plain data only, and it imports nothing but the shared wire protocol, so the routes, the object
 * and the tests can all import it without pulling in the object's code (and without import cycles).
 * Every field added here must be optional or have a default on the other side: during a gradual
 * deployment a Worker of one version calls an object of the other (docs/releases.md).
 */
import type {
  ChatResponse,
  ConversationExport,
  Language,
  PhotoAttachment,
  PublicState,
  Rating,
  SessionRating,
  StoredMessage,
  Ticket,
} from "../../src/protocol";

export type { PhotoAttachment, StoredMessage } from "../../src/protocol";

/** Why the object refused a turn; `src/refusals.ts` maps each to one HTTP status and error code. */
export type TurnRefusal =
  | { ok: false; error: "rate_limited"; retryAfterSeconds: number }
  /** This client (its address) started too many sessions lately (src/lib/client-limits.ts). */
  | { ok: false; error: "new_sessions_rate_limited"; retryAfterSeconds: number }
  /** This client sent too many photos lately: refused by the upload route before reading the body. */
  | { ok: false; error: "uploads_rate_limited"; retryAfterSeconds: number }
  | { ok: false; error: "invalid_action"; message: string }
  | { ok: false; error: "unknown_session"; message: string }
  | { ok: false; error: "too_many_photos"; message: string }
  | { ok: false; error: "not_accepting_photos"; message: string }
  | { ok: false; error: "conversation_full"; message: string };

export type TurnOutcome = { ok: true; response: ChatResponse } | TurnRefusal;

/** A streamed turn: the SSE body (`delta` events, then `done` with the ChatResponse), or why not. */
export type StreamOutcome = TurnRefusal | { ok: true; stream: ReadableStream<Uint8Array> };

/** `rate()`: stored, with the rating it replaced (null: the first), or why not. */
export type RateOutcome =
  | { ok: true; previous: Rating | null }
  | Extract<TurnRefusal, { error: "unknown_session" | "rate_limited" }>;

export type TicketOutcome = { ok: true; created: boolean; ticket: Ticket } | { ok: false; message: string };

export interface ChatInput {
  sessionId: string;
  message?: string;
  action?: string;
  /** Origin of the request, for the links a ticket carries. Optional so older callers still work. */
  origin?: string;
  /** Effective smart mode as the Worker read it; absent (an older Worker) means rules only. */
  smart?: boolean;
  /** The Cloudflare location that received the request: names the circuit breaker it shares. */
  location?: string;
  /**
   * The client's key for the per-client limits (`clientKey`: its address, an IPv6 one by /64).
   * Absent (no address, a local request, an older Worker): the turn is not counted per client.
   */
  client?: string;
}

export interface PhotoInput {
  sessionId: string;
  attachment: Omit<PhotoAttachment, "findings">;
  /** UPLOAD_MAX_PER_SESSION: a photo beyond it is refused (and nothing of it is stored here). */
  maxPhotos?: number;
  smart?: boolean;
  location?: string;
  /** As in ChatInput: counts the model's look at the photo as a smart turn of this client. */
  client?: string;
}

/** `photoStatus()`: checked by the upload route before it stores anything. */
export interface PhotoStatus {
  exists: boolean;
  accepting: boolean;
  photos: number;
}

/** The admins' manual ticket (and the chat's own hand-off) asks the object for its one ticket. */
export interface TicketRequest {
  sessionId: string;
  /** Origin the ticket's links point at (the request's own origin). */
  origin: string;
  source: Ticket["source"];
  /** Manual tickets: the admin's free text, which wins over what the conversation knew. */
  name?: string;
  device?: string;
  problem?: string;
  language?: Language;
}

export interface SessionHistory {
  state: PublicState | null;
  messages: StoredMessage[];
  /** Present once the person rated the help. */
  rating?: SessionRating;
}

/** Everything this object stores about the person (GDPR access). */
export type SessionExport = ConversationExport;

/**
 * `erase()`: done, or not finished (something outside the object failed; what is left is recorded
 * and the alarm retries it). An object of the release before this one answers only
 * `messagesDeleted` and `ticketId` (no `ok`): it deleted neither photos nor the D1 row.
 */
export type ErasureResult =
  | {
      ok?: true;
      messagesDeleted: number;
      ticketId: string | null;
      uploadsDeleted?: number;
      sessionIndexDeleted?: boolean;
    }
  | { ok: false; retryAfterSeconds: number };
