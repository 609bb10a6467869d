import type { DeviceId, Language, ProblemId } from "./conversation";

/** Tickets: the JSON stored in R2, served by `GET /api/ticket/:id` and the manual-ticket call. */

/** One line of the conversation as a ticket keeps it (already masked). */
export interface TranscriptLine {
  role: "user" | "assistant";
  text: string;
  at: string;
}

export interface TicketAttachment {
  id: string;
  contentType: string;
  size: number;
  /** What smart mode's vision saw in the photo (model-written, in the session's language). */
  findings?: string;
  /** Signed link to the photo, valid as long as the photo is kept (UPLOAD_RETENTION_DAYS after it was sent). */
  url?: string;
}

/**
 * How the shop can reach the person, given when the chat asked after the hand-off (at least one of
 * the two). `phone`: E.164 (`+5493415551234`) when its country is known, else the digits of a local
 * number; `email`: as typed, its domain in lower case. Personal data: only in the ticket's R2 JSON
 * and TXT (never in D1), erased with the session.
 */
export interface TicketContact {
  phone?: string;
  email?: string;
}

export interface Ticket {
  id: string;
  createdAt: string;
  sessionId: string;
  language: Language;
  source: "chat" | "manual";
  status: "open" | "closed";
  name: string | null;
  device: { id: DeviceId | null; label: string };
  problem: { id: ProblemId | null; summary: string };
  stepsTried: string[];
  transcript: TranscriptLine[];
  attachments: TicketAttachment[];
  /** Null until the person leaves a phone or an email (and after an erasure). */
  contact: TicketContact | null;
  /** Signed link to the readable ticket page. */
  url: string;
  whatsapp: { number: string; link: string; webLink: string; appLink: string; message: string };
}

/** `POST /api/ticket/create-manual`: 201 when created, 200 with the session's existing ticket. */
export interface ManualTicketResponse {
  created: boolean;
  ticket: Ticket;
}

/** `DELETE /api/ticket/:id`. */
export interface TicketDeletedResponse {
  deleted: string;
}

/** One row of `GET /api/tickets` (newest first). */
export interface TicketListItem {
  id: string;
  /** Null once the ticket was anonymised by a GDPR erasure. */
  sessionId: string | null;
  createdAt: string;
  status: string;
  source: string;
  language: string;
  device: string | null;
  problem: string | null;
  anonymised: boolean;
}

/** `GET /api/tickets`: a page, and the cursor of the next one (null on the last page). */
export interface TicketListResponse {
  tickets: TicketListItem[];
  nextCursor: string | null;
}
