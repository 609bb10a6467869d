import type { Ticket } from "../../src/lib/tickets/ticket";
import type { ChatResponse, PublicState, Rating, SessionRating } from "../../src/protocol";
import type { PhotoAttachment, StoredMessage } from "./storage";

/** The ChatSession object's RPC contract: what the Worker sends and gets back. */

export type TurnOutcome =
  | { ok: true; response: ChatResponse }
  | { ok: false; error: "rate_limited"; retryAfterSeconds: number }
  | { ok: false; error: "invalid_action"; message: string }
  | { ok: false; error: "unknown_session"; message: string }
  | { ok: false; error: "too_many_photos"; message: string }
  | { ok: false; error: "not_accepting_photos"; message: string };

/** A streamed turn: the SSE body (`delta` events, then `done` with the ChatResponse), or why not. */
export type StreamOutcome =
  | Exclude<TurnOutcome, { ok: true }>
  | { ok: true; stream: ReadableStream<Uint8Array> };

/** `rate()`: stored, with the rating it replaced (null: the first), or why not. */
export type RateOutcome =
  | { ok: true; previous: Rating | null }
  | Extract<TurnOutcome, { error: "unknown_session" | "rate_limited" }>;

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
}

export interface PhotoInput {
  sessionId: string;
  attachment: Omit<PhotoAttachment, "findings">;
  /** UPLOAD_MAX_PER_SESSION: a photo beyond it is refused (and nothing of it is stored here). */
  maxPhotos?: number;
  smart?: boolean;
  location?: string;
}

export interface SessionHistory {
  state: PublicState | null;
  messages: StoredMessage[];
  /** Present once the person rated the help. */
  rating?: SessionRating;
}

export interface SessionExport {
  sessionId: string | null;
  createdAt: number | null;
  lastActivityAt: number | null;
  state: PublicState | null;
  messages: StoredMessage[];
  ticketId: string | null;
  rating?: SessionRating;
}
