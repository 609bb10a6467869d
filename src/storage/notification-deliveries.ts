import type {
  DeliveryStatus,
  NotificationChannel,
  NotificationDelivery,
  NotificationKind,
} from "../protocol";
import { type ExpiringRows, expiringRows } from "./expiring-rows";

/**
 * The delivery log, D1 `notification_deliveries` (migrations/0006_notifications.sql): one row per
 * message and channel. The only module with SQL on that table.
 */

/** One row as D1 returns it. */
interface DeliveryRow {
  message_id: string;
  ticket_id: string | null;
  kind: NotificationKind;
  channel: NotificationChannel;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  delivered_at: number | null;
}

/** Which message a row is about. */
export interface DeliverySubject {
  messageId: string;
  ticketId: string | null;
  kind: NotificationKind;
}

/** One attempt at one channel: delivered, or failed with a reason already free of URLs and secrets. */
export interface DeliveryAttempt extends DeliverySubject {
  channel: NotificationChannel;
  outcome: { ok: true } | { ok: false; error: string };
  at: number;
}

const rowId = (channel: NotificationChannel, messageId: string) => `${channel}|${messageId}`;

/** The channels that already have this message: a retry skips them. */
export async function deliveredChannels(
  db: D1Database,
  messageId: string,
): Promise<Set<NotificationChannel>> {
  const { results } = await db
    .prepare("SELECT channel FROM notification_deliveries WHERE message_id = ? AND status = 'delivered'")
    .bind(messageId)
    .all<{ channel: NotificationChannel }>();
  return new Set(results.map((r) => r.channel));
}

/**
 * Records attempts in one batch: a new row, or one more attempt on the row. A delivered row stays
 * delivered (two consumers racing on one message cannot turn it back to failed); `last_error`
 * keeps the last failure's reason even once a later attempt got through.
 */
export async function recordAttempts(db: D1Database, attempts: readonly DeliveryAttempt[]): Promise<void> {
  if (attempts.length === 0) return;
  const statement = db.prepare(
    `INSERT INTO notification_deliveries
       (id, message_id, ticket_id, kind, channel, status, attempts, last_error, created_at, updated_at, delivered_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?8, CASE WHEN ?6 = 'delivered' THEN ?8 END)
     ON CONFLICT (id) DO UPDATE SET
       status = excluded.status,
       attempts = notification_deliveries.attempts + 1,
       last_error = coalesce(excluded.last_error, notification_deliveries.last_error),
       updated_at = excluded.updated_at,
       delivered_at = coalesce(notification_deliveries.delivered_at, excluded.delivered_at)
     WHERE notification_deliveries.status != 'delivered'`,
  );
  await db.batch(
    attempts.map((a) =>
      statement.bind(
        rowId(a.channel, a.messageId),
        a.messageId,
        a.ticketId,
        a.kind,
        a.channel,
        a.outcome.ok ? "delivered" : "failed",
        a.outcome.ok ? null : a.outcome.error,
        a.at,
      ),
    ),
  );
}

/**
 * The message reached the dead-letter queue: every channel that does not have it is dead. Rows
 * exist for the channels that were attempted; `channels` (the configured ones) also get a dead row
 * when no attempt was ever recorded (the log could not be written). Answers the channels marked.
 */
export async function markDead(
  db: D1Database,
  subject: DeliverySubject,
  channels: readonly NotificationChannel[],
  at: number,
): Promise<NotificationChannel[]> {
  const update = db
    .prepare(
      `UPDATE notification_deliveries SET status = 'dead', updated_at = ?2
       WHERE message_id = ?1 AND status = 'failed' RETURNING channel`,
    )
    .bind(subject.messageId, at);
  const insert = db.prepare(
    `INSERT INTO notification_deliveries
       (id, message_id, ticket_id, kind, channel, status, attempts, last_error, created_at, updated_at)
     VALUES (?1, ?2, ?3, ?4, ?5, 'dead', 0, 'no attempt was recorded', ?6, ?6)
     ON CONFLICT (id) DO NOTHING RETURNING channel`,
  );
  const results = await db.batch<{ channel: NotificationChannel }>([
    update,
    ...channels.map((channel) =>
      insert.bind(
        rowId(channel, subject.messageId),
        subject.messageId,
        subject.ticketId,
        subject.kind,
        channel,
        at,
      ),
    ),
  ]);
  return results.flatMap((r) => r.results.map((row) => row.channel));
}

export interface DeliveryListQuery {
  /** Only this ticket's deliveries. */
  ticketId?: string;
  /** At most this many, 1 to 200. */
  limit: number;
}

/** The most recently changed deliveries first (what the desk shows), optionally for one ticket. */
export async function listRecentDeliveries(
  db: D1Database,
  query: DeliveryListQuery,
): Promise<NotificationDelivery[]> {
  const limit = Math.min(Math.max(Math.floor(query.limit) || 1, 1), 200);
  const columns =
    "message_id, ticket_id, kind, channel, status, attempts, last_error, created_at, updated_at, delivered_at";
  const statement = query.ticketId
    ? db
        .prepare(
          `SELECT ${columns} FROM notification_deliveries WHERE ticket_id = ?
           ORDER BY updated_at DESC, id DESC LIMIT ?`,
        )
        .bind(query.ticketId, limit)
    : db
        .prepare(`SELECT ${columns} FROM notification_deliveries ORDER BY updated_at DESC, id DESC LIMIT ?`)
        .bind(limit);
  const { results } = await statement.all<DeliveryRow>();
  return results.map(toDelivery);
}

const iso = (at: number) => new Date(at).toISOString();

function toDelivery(row: DeliveryRow): NotificationDelivery {
  return {
    messageId: row.message_id,
    ticketId: row.ticket_id,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    deliveredAt: row.delivered_at === null ? null : iso(row.delivered_at),
  };
}

/** A delivery expires with the tickets' retention, by its first attempt (src/retention/d1-sweep.ts). */
export const expiringNotificationDeliveries = (db: D1Database): ExpiringRows =>
  expiringRows(db, "notification_deliveries", "created_at");
