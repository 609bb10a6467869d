import {
  type AssignTicketRequest,
  type CreateStaffRequest,
  CSRF_HEADER,
  type DeskInboxResponse,
  type DeskSessionResponse,
  type DeskTicketView,
  type ErrorBody,
  type NotificationDeliveryList,
  type SignedOutResponse,
  type SignInRequest,
  type StaffListResponse,
  type StaffMember,
  type TicketStatus,
  type UpdateStaffRequest,
  type WhatsAppReplyResponse,
} from "../protocol";

/** Why a call failed, in the terms the desk shows: each kind has its own message. */
export type Failure =
  | { kind: "network" }
  /** The server answered with the one error shape (or at least an error status). */
  | { kind: "http"; status: number; code: string; requestId?: string; retryAfterSeconds?: number }
  /** A 2xx whose body is not what the contract says (a proxy's page, a half-deployed server). */
  | { kind: "malformed"; status: number };

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

/** Inbox filters as the API takes them (`GET /api/desk/tickets?…`); absent means any. */
export interface InboxQuery {
  status?: TicketStatus;
  device?: string;
  problem?: string;
  from?: string;
  to?: string;
  assignee?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

type Check<T> = (body: unknown) => body is T;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Just enough of each answer's shape that the views can draw it without throwing. */
const isSession: Check<DeskSessionResponse> = (b): b is DeskSessionResponse =>
  isObject(b) && typeof b.csrfToken === "string" && isStaff(b.staff);
const isStaff = (b: unknown): b is StaffMember =>
  isObject(b) && typeof b.id === "string" && typeof b.name === "string" && typeof b.role === "string";
const isStaffList: Check<StaffListResponse> = (b): b is StaffListResponse =>
  isObject(b) && Array.isArray(b.staff) && b.staff.every(isStaff);
const isInbox: Check<DeskInboxResponse> = (b): b is DeskInboxResponse =>
  isObject(b) && isObject(b.counts) && Array.isArray(b.tickets) && b.tickets.every((r) => isObject(r));
const isView: Check<DeskTicketView> = (b): b is DeskTicketView =>
  isObject(b) &&
  isObject(b.ticket) &&
  typeof b.ticket.id === "string" &&
  typeof b.status === "string" &&
  Array.isArray(b.events);
const isLink: Check<WhatsAppReplyResponse> = (b): b is WhatsAppReplyResponse =>
  isObject(b) && typeof b.link === "string" && /^https:\/\//.test(b.link);
const isDeliveries: Check<NotificationDeliveryList> = (b): b is NotificationDeliveryList =>
  isObject(b) && Array.isArray(b.deliveries);
const isSignedOut: Check<SignedOutResponse> = (b): b is SignedOutResponse =>
  isObject(b) && typeof b.signedOut === "number";

async function failureOf(response: Response): Promise<Failure> {
  let body: Partial<ErrorBody["error"]> = {};
  try {
    const parsed: unknown = await response.json();
    if (isObject(parsed) && isObject(parsed.error)) body = parsed.error as Partial<ErrorBody["error"]>;
  } catch {
    // Not our JSON (a proxy's error page): the status decides.
  }
  const retryAfter = Number(response.headers.get("Retry-After"));
  return {
    kind: "http",
    status: response.status,
    code: typeof body.code === "string" ? body.code : "",
    ...(typeof body.requestId === "string" ? { requestId: body.requestId } : {}),
    ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

/**
 * The desk's API, same origin. The session is an HttpOnly cookie the app never sees; every
 * state-changing call sends the session's CSRF token. `onSessionLost` hears of a 401 on a call
 * that needed a session (it expired, or was signed out elsewhere).
 */
export function createApi(options: { csrfToken: () => string; onSessionLost: () => void }) {
  async function call<T>(
    method: string,
    path: string,
    check: Check<T>,
    body?: unknown,
    { session = true } = {},
  ): Promise<Result<T>> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method !== "GET") headers[CSRF_HEADER] = options.csrfToken();
    let response: Response;
    try {
      response = await fetch(`/api/desk/${path}`, {
        method,
        headers,
        credentials: "same-origin",
        cache: "no-store",
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      return { ok: false, failure: { kind: "network" } };
    }
    if (!response.ok) {
      const failure = await failureOf(response);
      if (session && response.status === 401) options.onSessionLost();
      return { ok: false, failure };
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      return { ok: false, failure: { kind: "malformed", status: response.status } };
    }
    if (!check(parsed)) return { ok: false, failure: { kind: "malformed", status: response.status } };
    return { ok: true, value: parsed };
  }

  const ticket = (id: string, action = "") =>
    `tickets/${encodeURIComponent(id)}${action ? `/${action}` : ""}`;

  return {
    me: () => call("GET", "me", isSession, undefined, { session: false }),
    access: () => call("POST", "access", isSession, undefined, { session: false }),
    signIn: (body: SignInRequest) => call("POST", "sign-in", isSession, body, { session: false }),
    signOut: () => call("POST", "sign-out", isSignedOut),
    signOutEverywhere: () => call("POST", "sign-out-everywhere", isSignedOut),

    inbox(query: InboxQuery) {
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && value !== "") params.set(name, String(value));
      }
      const search = params.toString();
      return call("GET", `tickets${search ? `?${search}` : ""}`, isInbox);
    },
    ticket: (id: string) => call("GET", ticket(id), isView),
    claim: (id: string) => call("POST", ticket(id, "claim"), isView, {}),
    assign: (id: string, staffId: string | null) =>
      call("POST", ticket(id, "assign"), isView, { staffId } satisfies AssignTicketRequest),
    setStatus: (id: string, status: TicketStatus) => call("POST", ticket(id, "status"), isView, { status }),
    addNote: (id: string, text: string) => call("POST", ticket(id, "notes"), isView, { text }),
    whatsapp: (id: string) => call("POST", ticket(id, "whatsapp"), isLink, {}),
    /** The delivery log of one ticket's notifications (what reached which channel). */
    deliveries: (id: string) => call("GET", `notifications?ticketId=${encodeURIComponent(id)}`, isDeliveries),

    staff: () => call("GET", "staff", isStaffList),
    createStaff: (body: CreateStaffRequest) => call("POST", "staff", isStaff, body),
    updateStaff: (id: string, body: UpdateStaffRequest) =>
      call("PATCH", `staff/${encodeURIComponent(id)}`, isStaff, body),
  };
}

export type Api = ReturnType<typeof createApi>;
