import type { SessionIndexRow } from "../protocol";
import { type ExpiringRows, expiringRows } from "./expiring-rows";

/**
 * The D1 `sessions` index (migrations/0001_sessions.sql): one row per chat session, for the admin
 * listing, the health probe, GDPR access and erasure. The conversation itself lives in the session's
 * Durable Object; this is the only module with SQL on this table.
 */

/** One row of D1 `sessions`; times are epoch ms. */
export type SessionRow = SessionIndexRow;

/** What a turn knows of its session when it refreshes the row. */
export interface SessionRowUpdate {
  sessionId: string;
  /** The turn's time: the row's last activity, and its creation if it is new (unless `createdAt`). */
  at: number;
  /** When the session started, for a row written after the fact. */
  createdAt?: number;
  language: string;
  stage: string;
  device: string | null;
  problem: string | null;
}

/** Inserts the session's row, or refreshes everything but its creation time. */
export async function upsertSessionRow(db: D1Database, row: SessionRowUpdate): Promise<void> {
  await db
    .prepare(
      `INSERT INTO sessions (id, created_at, last_activity_at, language, stage, device, problem)
       VALUES (?1, ?7, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (id) DO UPDATE SET last_activity_at = ?2, language = ?3, stage = ?4, device = ?5, problem = ?6`,
    )
    .bind(row.sessionId, row.at, row.language, row.stage, row.device, row.problem, row.createdAt ?? row.at)
    .run();
}

export function readSessionRow(db: D1Database, sessionId: string): Promise<SessionRow | null> {
  return db.prepare("SELECT * FROM sessions WHERE id = ?").bind(sessionId).first<SessionRow>();
}

/** Answers whether there was a row to delete. */
export async function deleteSessionRow(db: D1Database, sessionId: string): Promise<boolean> {
  const result = await db.prepare("DELETE FROM sessions WHERE id = ?").bind(sessionId).run();
  return result.meta.changes > 0;
}

/** Sessions active at or after `since` (epoch ms), most recently active first. */
export async function recentSessionRows(db: D1Database, since: number, limit: number): Promise<SessionRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_at, last_activity_at, language, stage, device, problem FROM sessions
       WHERE last_activity_at >= ? ORDER BY last_activity_at DESC LIMIT ?`,
    )
    .bind(since, limit)
    .all<SessionRow>();
  return results;
}

/**
 * The health probe: reads at most one row (never a count of the table, which reads them all),
 * and fails, naming the table, when D1 is not migrated.
 */
export async function probeSessionsTable(db: D1Database): Promise<void> {
  await db.prepare("SELECT 1 FROM sessions LIMIT 1").first();
}

/** A session's row expires with its transcript, by last activity. */
export const expiringSessionRows = (db: D1Database): ExpiringRows =>
  expiringRows(db, "sessions", "last_activity_at");
