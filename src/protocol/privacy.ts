/** Admin reads of conversations and the person's own data (docs/privacy.md). */
import type { Button, PublicState, SessionRating } from "./conversation";
import type { Ticket } from "./tickets";

/** A session's conversation as R2 keeps it (`transcripts/<sessionId>.json`) and `/api/transcript-json` serves it, masked. */
export interface Transcript {
  sessionId: string;
  updatedAt: string;
  state: PublicState | null;
  /** `at`: epoch ms. */
  messages: { role: "user" | "assistant"; text: string; at: number }[];
}

/** `GET /api/sessions`: sessions active in the last 48 hours, newest first. */
export interface SessionsResponse {
  since: string;
  sessions: {
    sessionId: string;
    createdAt: string;
    lastActivityAt: string;
    language: string;
    stage: string;
    device: string | null;
    problem: string | null;
  }[];
}

/** `DELETE /api/gdpr/delete-me/:sessionId`: what was erased. */
export interface ErasureResponse {
  sessionId: string;
  erasedAt: string;
  messagesDeleted: number;
  transcriptDeleted: true;
  sessionIndexDeleted: boolean;
  /** The ids of the session's tickets, kept for their retention without personal data. */
  ticketsAnonymised: string[];
  uploadsDeleted: number;
}

/** A stored photo as `GET /api/gdpr/my-data` lists it. */
export interface StoredUpload {
  id: string;
  contentType: string;
  size: number;
  createdAt: string;
  sha256: string | null;
  url?: string;
}

/** A photo in a stored conversation: the file lives in R2 under `key`; `findings` is what smart mode saw in it. */
export interface PhotoAttachment {
  id: string;
  key: string;
  contentType: string;
  size: number;
  findings?: string;
}

/** One message as the session object stores it (and the data export shows it). */
export interface StoredMessage {
  id: number;
  role: "user" | "assistant";
  /**
   * text: typed by the user; contact: typed while the chat asked for a phone or an email (kept as
   * typed here, masked whole in transcripts, never sent to the model); action: a button press;
   * photo: an upload; reply: the assistant's answer.
   */
  kind: "text" | "contact" | "action" | "photo" | "reply";
  text: string;
  buttons?: Button[];
  attachment?: PhotoAttachment;
  /** Epoch ms. */
  createdAt: number;
}

/** Everything the session object stores about the person (times in epoch ms). */
export interface ConversationExport {
  sessionId: string | null;
  createdAt: number | null;
  lastActivityAt: number | null;
  state: PublicState | null;
  messages: StoredMessage[];
  ticketId: string | null;
  rating?: SessionRating;
}

/** `GET /api/gdpr/my-data/:sessionId`: everything stored about the session, and nothing else. */
/** The session's row in the D1 index, as stored (times in epoch ms). */
export interface SessionIndexRow {
  id: string;
  created_at: number;
  last_activity_at: number;
  language: string;
  stage: string;
  device: string | null;
  problem: string | null;
}

export interface MyDataResponse {
  sessionId: string;
  exportedAt: string;
  conversation: ConversationExport;
  transcript: Transcript | null;
  /** The session's D1 index row as stored, or null. */
  sessionIndex: SessionIndexRow | null;
  tickets: Ticket[];
  uploads: StoredUpload[];
}
