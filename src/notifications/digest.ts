import { withDeadline } from "../lib/deadline";
import { logEvent } from "../observability/log";
import { type WaitingTicketRow, waitingTickets } from "../storage/tickets";
import { DIGEST_MAX_TICKETS, type DigestMessage, type DigestTicket, digestTicketSchema } from "./messages";

/**
 * The daily digest (cron `0 12 * * *`, src/retention/scheduled.ts): the tickets nobody took
 * (status `open` or `new`) for longer than DIGEST_WAITING_HOURS, as one message on the
 * notifications queue, so it reaches the channels with the same retries, log and dead-letter queue
 * as any other. No message when nothing waits.
 */

const HOUR_MS = 3_600_000;

export interface DigestDependencies {
  db: D1Database;
  queue: Queue;
  waitingHours: number;
  /** STORAGE_DEADLINE_MS, for the query and for the send. */
  deadlineMs: number;
}

export type DigestOutcome = { sent: false; total: 0 } | { sent: true; total: number; message: DigestMessage };

/** A row as the message lists it; a row this version cannot describe (a foreign id) is left out. */
function digestTicket(row: WaitingTicketRow): DigestTicket | null {
  const parsed = digestTicketSchema.safeParse({
    ticketId: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    language: row.language,
    device: row.device,
    problem: row.problem,
    source: row.source,
  });
  return parsed.success ? parsed.data : null;
}

/** Throws when the query or the send fails: the cron invocation then shows as failed. */
export async function runDigest(deps: DigestDependencies, now: number): Promise<DigestOutcome> {
  const createdBefore = now - deps.waitingHours * HOUR_MS;
  const { total, oldest } = await withDeadline(
    waitingTickets(deps.db, createdBefore, DIGEST_MAX_TICKETS),
    deps.deadlineMs,
  );
  if (total === 0) {
    logEvent("info", "digest_skipped", { waitingHours: deps.waitingHours, total });
    return { sent: false, total: 0 };
  }
  const message: DigestMessage = {
    kind: "digest",
    at: new Date(now).toISOString(),
    waitingHours: deps.waitingHours,
    total,
    tickets: oldest.flatMap((row) => digestTicket(row) ?? []),
  };
  await withDeadline(deps.queue.send(message), deps.deadlineMs);
  logEvent("info", "digest_enqueued", {
    waitingHours: deps.waitingHours,
    total,
    listed: message.tickets.length,
  });
  return { sent: true, total, message };
}
