import type { Ticket } from "./tickets";

/** The shop's desk (`/desk`, `/api/desk/*`): staff accounts, sign-in, the ticket inbox. Wire types only. */

export const STAFF_ROLES = ["admin", "technician"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A person at the shop, as the desk shows them (never their password hash). */
export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  /** Whether they can sign in with a password (otherwise only through Cloudflare Access). */
  hasPassword: boolean;
  createdAt: string;
}

/** `POST /api/desk/sign-in`. */
export interface SignInRequest {
  email: string;
  password: string;
}

/**
 * `POST /api/desk/sign-in`, `POST /api/desk/access` and `GET /api/desk/me`: who is signed in, and
 * the token every state-changing call must send back as `X-CSRF-Token`.
 */
export interface DeskSessionResponse {
  staff: StaffMember;
  csrfToken: string;
  /** How this browser signed in. */
  via: "password" | "access";
  expiresAt: string;
}

/** `POST /api/desk/sign-out` and `POST /api/desk/sign-out-everywhere`. */
export interface SignedOutResponse {
  signedOut: number;
}

/** `POST /api/desk/staff` (admins): a new account; without a password it signs in through Access only. */
export interface CreateStaffRequest {
  name: string;
  email: string;
  role: StaffRole;
  password?: string;
}

/** `PATCH /api/desk/staff/:id` (admins); a new password or deactivation signs them out everywhere. */
export interface UpdateStaffRequest {
  name?: string;
  role?: StaffRole;
  active?: boolean;
  password?: string;
}

/** `GET /api/desk/staff` (admins). */
export interface StaffListResponse {
  staff: StaffMember[];
}

/** The header a signed-in browser sends its CSRF token in. */
export const CSRF_HEADER = "X-CSRF-Token";

// The ticket inbox and workflow (`/api/desk/tickets*`).

/** Where a ticket is in the shop's work, newest first in the inbox. */
export const TICKET_STATUSES = ["new", "in_progress", "waiting", "resolved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** A member of staff as a ticket names them (assignee, author of an event). */
export interface StaffRef {
  id: string;
  name: string;
}

/** One row of the inbox. */
export interface DeskTicketListItem {
  id: string;
  createdAt: string;
  updatedAt: string;
  status: TicketStatus;
  source: "chat" | "manual";
  language: "es" | "en";
  /** Device and problem ids (src/lib/knowledge-base), null when the chat did not learn them. */
  device: string | null;
  problem: string | null;
  /** The customer's name as they gave it; null when not given or erased. */
  name: string | null;
  assignee: StaffRef | null;
  anonymised: boolean;
}

/**
 * `GET /api/desk/tickets?status=&device=&problem=&from=&to=&assignee=&q=&cursor=&limit=`:
 * `assignee` is `me`, `none` or a staff id; `q` a ticket id (or its start) or part of a name;
 * `from`/`to` days (YYYY-MM-DD, UTC, inclusive). Counts are per status under the same filters
 * except `status`; `unclaimed` counts open tickets (not resolved or closed) with no assignee.
 */
export interface DeskInboxResponse {
  counts: Record<TicketStatus, number>;
  unclaimed: number;
  tickets: DeskTicketListItem[];
  nextCursor: string | null;
}

export type TicketEventKind = "claimed" | "assigned" | "unassigned" | "status" | "note" | "whatsapp";

/** One line of a ticket's timeline: who did what, when (the first line is always `created`). */
export interface TicketEvent {
  id: number;
  at: string;
  kind: TicketEventKind | "created";
  /** Null for the system (the chat made the ticket). */
  actor: StaffRef | null;
  /** `status`: from and to; `assigned`: to whom; `note`: its text ("[erased]" after a GDPR erasure). */
  from?: TicketStatus;
  to?: TicketStatus;
  assignee?: StaffRef;
  text?: string;
}

/** `GET /api/desk/tickets/:id`: the ticket as stored (R2), its workflow (D1) and timeline. */
export interface DeskTicketView {
  ticket: Ticket;
  status: TicketStatus;
  assignee: StaffRef | null;
  updatedAt: string;
  events: TicketEvent[];
  /** The customer's rating of the chat, when they gave one and the conversation is still kept. */
  rating: "up" | "down" | null;
}

/** `POST /api/desk/tickets/:id/assign` (admins; anyone may pass `staffId` their own id or null). */
export interface AssignTicketRequest {
  staffId: string | null;
}

/** `POST /api/desk/tickets/:id/status`. */
export interface TicketStatusRequest {
  status: TicketStatus;
}

/** `POST /api/desk/tickets/:id/notes`: an internal note, never shown to the customer. */
export interface TicketNoteRequest {
  text: string;
}

/** `POST /api/desk/tickets/:id/whatsapp`: the link that opens a message to the customer. */
export interface WhatsAppReplyResponse {
  link: string;
}

/** Every workflow action (claim, assign, status, note, whatsapp) answers the view as it now is. */
export type TicketActionResponse = DeskTicketView;
