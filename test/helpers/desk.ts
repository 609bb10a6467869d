import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { hashPassword } from "../../src/lib/staff/password";
import { randomId } from "../../src/lib/staff/tokens";
import type { DeskSessionResponse, StaffRole } from "../../src/protocol";
import { insertStaff } from "../../src/storage/staff";
import { call } from "./api";

/** A password long enough for the policy. */
export const PASSWORD = "correct horse battery staple";

export interface TestStaff {
  id: string;
  email: string;
  role: StaffRole;
}

/** An account stored directly in D1, as `npm run staff -- add` would store it. */
export async function addStaff(
  role: StaffRole,
  options: { password?: string | null } = {},
): Promise<TestStaff> {
  const id = randomId();
  const email = `${role}-${id.toLowerCase()}@shop.test`;
  const password = options.password === undefined ? PASSWORD : options.password;
  await insertStaff(env.DB, {
    id,
    email,
    name: `${role} ${id.slice(0, 4)}`,
    role,
    passwordHash: password === null ? null : await hashPassword(password),
    now: Date.now(),
  });
  return { id, email, role };
}

/** A browser signed in to the desk: its cookie and CSRF token, sent on every call. */
export interface DeskBrowser {
  cookie: string;
  csrf: string;
  session: DeskSessionResponse;
  call: (path: string, init?: RequestInit) => Promise<Response>;
  json: (method: string, path: string, body?: unknown) => Promise<Response>;
}

/** The `name=value` of the session cookie a response set. */
export function sessionCookieOf(res: Response): string {
  const header = res.headers.get("Set-Cookie") ?? "";
  const match = header.match(/(__Host-sti_desk=[^;]*)/);
  expect(match, header).not.toBeNull();
  return match?.[1] ?? "";
}

export function browser(cookie: string, session: DeskSessionResponse): DeskBrowser {
  const send = (path: string, init: RequestInit = {}) =>
    call(path, {
      ...init,
      headers: { Cookie: cookie, "X-CSRF-Token": session.csrfToken, ...(init.headers ?? {}) },
    });
  return {
    cookie,
    csrf: session.csrfToken,
    session,
    call: send,
    json: (method, path, body) =>
      send(path, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
      }),
  };
}

export async function signIn(email: string, password = PASSWORD): Promise<DeskBrowser> {
  const res = await call("/api/desk/sign-in", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return browser(sessionCookieOf(res), JSON.parse(text) as DeskSessionResponse);
}
