/** The shop's desk (`/desk`, `/api/desk/*`): staff accounts and sign-in. Wire types only. */

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
