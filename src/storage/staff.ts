import type { StaffMember, StaffRole } from "../protocol";

/**
 * The shop's people in D1 (migrations/0004_staff.sql): accounts, signed-in sessions and failed
 * sign-ins. The only module with SQL on those tables.
 */

export interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  active: number;
  password_hash: string | null;
  created_at: number;
  updated_at: number;
}

export interface StaffSessionRow {
  token_hash: string;
  staff_id: string;
  csrf_token: string;
  via: "password" | "access";
  created_at: number;
  expires_at: number;
}

/** Who is signed in to the desk: the account and this browser's session (src/staff/principal.ts). */
export interface StaffPrincipal {
  staff: StaffRow;
  session: StaffSessionRow;
}

export const toStaffMember = (row: StaffRow): StaffMember => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  active: row.active === 1,
  hasPassword: row.password_hash !== null,
  createdAt: new Date(row.created_at).toISOString(),
});

export async function staffByEmail(db: D1Database, email: string): Promise<StaffRow | null> {
  return db.prepare("SELECT * FROM staff WHERE email = ?").bind(email.toLowerCase()).first<StaffRow>();
}

export async function staffById(db: D1Database, id: string): Promise<StaffRow | null> {
  return db.prepare("SELECT * FROM staff WHERE id = ?").bind(id).first<StaffRow>();
}

export async function listStaff(db: D1Database): Promise<StaffRow[]> {
  const { results } = await db.prepare("SELECT * FROM staff ORDER BY active DESC, name, id").all<StaffRow>();
  return results;
}

export interface NewStaff {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  passwordHash: string | null;
  now: number;
}

/** Inserts an account; false when the email is taken. */
export async function insertStaff(db: D1Database, staff: NewStaff): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO staff (id, email, name, role, active, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
    )
    .bind(
      staff.id,
      staff.email.toLowerCase(),
      staff.name,
      staff.role,
      staff.passwordHash,
      staff.now,
      staff.now,
    )
    .run();
  return result.meta.changes === 1;
}

export interface StaffChanges {
  name?: string;
  role?: StaffRole;
  active?: boolean;
  passwordHash?: string;
}

/**
 * Applies the changes; a new password or a deactivation also ends every session of the account,
 * in the same batch. Refused ("last_admin") when it would leave no active admin: the check is in
 * the UPDATE itself, so two admins demoting each other at once cannot both succeed.
 */
export async function updateStaff(
  db: D1Database,
  id: string,
  changes: StaffChanges,
  now: number,
): Promise<"updated" | "not_found" | "last_admin"> {
  const columns: [string, string | number][] = [["updated_at", now]];
  if (changes.name !== undefined) columns.push(["name", changes.name]);
  if (changes.role !== undefined) columns.push(["role", changes.role]);
  if (changes.active !== undefined) columns.push(["active", changes.active ? 1 : 0]);
  if (changes.passwordHash !== undefined) columns.push(["password_hash", changes.passwordHash]);
  // ?1 the id, ?2 the new role or NULL, ?3 the new active flag or NULL, then the columns' values.
  const set = columns.map(([column], i) => `${column} = ?${i + 4}`).join(", ");
  const update = db
    .prepare(
      `UPDATE staff SET ${set}
        WHERE id = ?1
          AND ((coalesce(?2, role) = 'admin' AND coalesce(?3, active) = 1)
               OR EXISTS (SELECT 1 FROM staff WHERE role = 'admin' AND active = 1 AND id != ?1))`,
    )
    .bind(
      id,
      changes.role ?? null,
      changes.active === undefined ? null : changes.active ? 1 : 0,
      ...columns.map(([, value]) => value),
    );
  const statements = [update];
  if (changes.passwordHash !== undefined || changes.active === false) {
    // changes(): rows the UPDATE just before it changed, in the batch's one transaction.
    statements.push(db.prepare("DELETE FROM staff_sessions WHERE staff_id = ? AND changes() > 0").bind(id));
  }
  const [result] = await db.batch(statements);
  if (result?.meta.changes === 1) return "updated";
  return (await staffById(db, id)) ? "last_admin" : "not_found";
}

export async function insertSession(db: D1Database, session: StaffSessionRow): Promise<void> {
  await db
    .prepare(
      `INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, via, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      session.token_hash,
      session.staff_id,
      session.csrf_token,
      session.via,
      session.created_at,
      session.expires_at,
    )
    .run();
}

/** The live session behind a cookie, with its account, or null (expired, unknown, inactive account). */
export async function activeSession(
  db: D1Database,
  tokenHash: string,
  now: number,
): Promise<StaffPrincipal | null> {
  const row = await db
    .prepare(
      `SELECT s.token_hash, s.staff_id, s.csrf_token, s.via, s.created_at AS session_created_at,
              s.expires_at, f.*
         FROM staff_sessions s JOIN staff f ON f.id = s.staff_id
        WHERE s.token_hash = ? AND s.expires_at > ? AND f.active = 1`,
    )
    .bind(tokenHash, now)
    .first<StaffRow & Omit<StaffSessionRow, "created_at"> & { session_created_at: number }>();
  if (!row) return null;
  const { token_hash, staff_id, csrf_token, via, session_created_at, expires_at, ...staff } = row;
  return {
    session: { token_hash, staff_id, csrf_token, via, created_at: session_created_at, expires_at },
    staff: staff as StaffRow,
  };
}

export async function deleteSession(db: D1Database, tokenHash: string): Promise<number> {
  const result = await db.prepare("DELETE FROM staff_sessions WHERE token_hash = ?").bind(tokenHash).run();
  return result.meta.changes;
}

export async function deleteSessionsOf(db: D1Database, staffId: string): Promise<number> {
  const result = await db.prepare("DELETE FROM staff_sessions WHERE staff_id = ?").bind(staffId).run();
  return result.meta.changes;
}

export interface FailureSubjects {
  account: string;
  address: string | null;
}

/** Failed sign-ins within the window, per account and per address. */
export async function recentFailures(
  db: D1Database,
  subjects: FailureSubjects,
  since: number,
): Promise<{ account: number; address: number }> {
  const row = await db
    .prepare(
      `SELECT
         (SELECT count(*) FROM sign_in_failures WHERE scope = 'account' AND subject = ?1 AND at > ?3) AS account,
         (SELECT count(*) FROM sign_in_failures WHERE scope = 'address' AND subject = ?2 AND at > ?3) AS address`,
    )
    .bind(subjects.account, subjects.address ?? "", since)
    .first<{ account: number; address: number }>();
  return { account: row?.account ?? 0, address: subjects.address ? (row?.address ?? 0) : 0 };
}

/** Records a failed sign-in (and forgets failures older than the window, so the table stays small). */
export async function recordFailure(
  db: D1Database,
  subjects: FailureSubjects,
  now: number,
  windowMs: number,
) {
  const statements = [
    db
      .prepare("INSERT INTO sign_in_failures (scope, subject, at) VALUES ('account', ?, ?)")
      .bind(subjects.account, now),
    db.prepare("DELETE FROM sign_in_failures WHERE at <= ?").bind(now - windowMs),
  ];
  if (subjects.address) {
    statements.push(
      db
        .prepare("INSERT INTO sign_in_failures (scope, subject, at) VALUES ('address', ?, ?)")
        .bind(subjects.address, now),
    );
  }
  await db.batch(statements);
}

/** A successful sign-in clears the account's failures (not the address's: one good password does not excuse a spray). */
export async function clearAccountFailures(db: D1Database, account: string): Promise<void> {
  await db
    .prepare("DELETE FROM sign_in_failures WHERE scope = 'account' AND subject = ?")
    .bind(account)
    .run();
}

/** The daily purge: expired desk sessions and failed sign-ins older than the throttling window. */
export async function deleteExpiredDeskState(
  db: D1Database,
  now: number,
  failureWindowMs: number,
): Promise<{ sessions: number; failures: number }> {
  const [sessions, failures] = await db.batch([
    db.prepare("DELETE FROM staff_sessions WHERE expires_at <= ?").bind(now),
    db.prepare("DELETE FROM sign_in_failures WHERE at <= ?").bind(now - failureWindowMs),
  ]);
  return { sessions: sessions?.meta.changes ?? 0, failures: failures?.meta.changes ?? 0 };
}
