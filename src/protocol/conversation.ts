/** The conversation's wire types: ids and stages, chat turns, streams, history, photos and ratings. */
import type { ErrorBody } from "./errors";

export const LANGUAGES = ["es", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEVICE_IDS = [
  "notebook",
  "desktop",
  "printer",
  "phone",
  "tablet",
  "router",
  "tv",
  "monitor",
  "peripheral",
  "storage",
  "console",
  "other",
] as const;
export type DeviceId = (typeof DEVICE_IDS)[number];

export const PROBLEM_IDS = [
  "no_power",
  "no_boot",
  "slow",
  "no_internet",
  "display",
  "audio",
  "battery",
  "malware",
  "printing",
  "data",
  "peripheral",
  "account",
  "other",
] as const;
export type ProblemId = (typeof PROBLEM_IDS)[number];

/** Where a conversation stands. The order is the usual path through a conversation. */
export const STAGES = [
  "consent",
  "name",
  "device",
  "problem",
  "clarify",
  "steps",
  "escalation",
  "solved",
  "closed",
  "declined",
] as const;
export type Stage = (typeof STAGES)[number];

/** Session ids: the widget makes 128-bit random ones; ops scripts use short ones like `test`. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_MESSAGE_CHARS = 2000;
/** A person's name, typed in the chat or by an admin on a manual ticket. */
export const MAX_NAME_CHARS = 100;

/**
 * Sent by the widget with the session id on every call of a session. Read by Cloudflare's edge,
 * not by our Worker: during a gradual deployment every request with the same key runs the same
 * Worker version, so one conversation never switches versions midway (docs/releases.md).
 */
export const VERSION_KEY_HEADER = "Cloudflare-Workers-Version-Key";

export interface Button {
  label: string;
  /** Sent back as `action` in the next `POST /api/chat`. */
  value: string;
  /** Link buttons (WhatsApp hand-off) open this URL instead of sending an action. */
  url?: string;
}

/** A ticket as the chat reply mentions it. */
export interface TicketRef {
  id: string;
  whatsappUrl: string;
}

/** The public part of a session's state, as every reply carries it. */
export interface PublicState {
  stage: Stage;
  language: Language;
  name?: string;
  device?: DeviceId;
  problem?: ProblemId;
}

export interface GreetingRequest {
  sessionId?: string;
  language?: Language;
}

export interface ChatRequest {
  sessionId: string;
  message?: string;
  action?: string;
}

export interface ChatResponse {
  sessionId: string;
  reply: string;
  buttons: Button[];
  state: PublicState;
  /** Present on the turn that created (or re-announced) the session's ticket. */
  ticket?: TicketRef;
}

/**
 * `POST /api/chat` with `Accept: text/event-stream`: each event's `type` is the SSE `event:` name and
 * `data` its JSON. `delta` events grow the reply, `reset` discards the text so far (the rules answer
 * instead), then exactly one `done` (the same JSON as the plain answer) or one `error`.
 */
export type ChatStreamEvent =
  | { type: "delta"; data: { text: string } }
  | { type: "reset"; data: Record<string, never> }
  | { type: "done"; data: ChatResponse }
  | { type: "error"; data: ErrorBody };
export type ChatStreamEventType = ChatStreamEvent["type"];

/** Photo types `POST /api/upload` accepts, recognised by their bytes (HEIF: generic HEIF images). */
export const UPLOAD_CONTENT_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

/** A stored photo as the widget sees it; `url` is a signed link that expires (see docs/api.md). */
export interface UploadedPhoto {
  id: string;
  contentType: UploadContentType;
  size: number;
  url: string;
}

/** `POST /api/upload` (201): the stored photo and the assistant's answer to it. */
export interface UploadResponse {
  upload: UploadedPhoto;
  reply: ChatResponse;
}

/** How the person rates the help at the end of a conversation (thumbs up / down). */
export const RATINGS = ["up", "down"] as const;
export type Rating = (typeof RATINGS)[number];

/** `POST /api/rating`: a started session's rating; rating again replaces it. */
export interface RatingRequest {
  sessionId: string;
  rating: Rating;
}

export interface RatingResponse {
  ok: true;
}

/** A session's rating as history and the data export show it (`ratedAt`: epoch ms). */
export interface SessionRating {
  rating: Rating;
  ratedAt: number;
}

/** One message of `GET /api/history/:sessionId`; a photo comes back with a fresh signed link. */
export interface HistoryMessage {
  role: "user" | "assistant";
  /** `contact`: typed while the chat asked for a phone or an email. */
  kind: "text" | "contact" | "action" | "photo" | "reply";
  text: string;
  buttons?: Button[];
  upload?: UploadedPhoto;
  /** Epoch ms. */
  createdAt: number;
}

/** `GET /api/history/:sessionId`: the conversation so far, oldest first (404 when there is none). */
export interface HistoryResponse {
  sessionId: string;
  state: PublicState;
  messages: HistoryMessage[];
  /** Present once the person rated the help. */
  rating?: SessionRating;
}
