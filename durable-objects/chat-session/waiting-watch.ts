import { withDeadline } from "../../src/lib/deadline";
import { logEvent } from "../../src/observability/log";
import { ticketStatus } from "../../src/storage/ticket-workflow";
import type { SessionStorage } from "./storage";

/** One notice per ticket per this long, however much the customer writes meanwhile. */
export const WAITING_NOTICE_INTERVAL_MS = 30 * 60 * 1000;

export interface WaitingWatchDependencies {
  db: D1Database;
  store: Pick<SessionStorage, "ticketId">;
  deadlineMs: number;
  /** notifyCustomerWaiting (src/notifications/producer.ts): returns at once, never throws. */
  notify: (event: { ticketId: string; at: string }) => void;
  waitUntil: (work: Promise<unknown>) => void;
}

/**
 * When the customer writes on a session whose ticket the shop set to "waiting" (for the customer),
 * the shop is told (a `ticket.customer_waiting` notification), at most once per
 * WAITING_NOTICE_INTERVAL_MS per ticket. Off the reply path: one D1 read after the turn is stored,
 * only for sessions that have a ticket.
 */
export class CustomerWaitingWatch {
  private lastNotice = new Map<string, number>();

  constructor(private readonly deps: WaitingWatchDependencies) {}

  customerWrote(now: number): void {
    const ticketId = this.deps.store.ticketId();
    if (!ticketId) return;
    if (now - (this.lastNotice.get(ticketId) ?? Number.NEGATIVE_INFINITY) < WAITING_NOTICE_INTERVAL_MS)
      return;
    const check = withDeadline(ticketStatus(this.deps.db, ticketId), this.deps.deadlineMs).then(
      (status) => {
        logEvent("info", "customer_wrote_on_ticket", { ticketId, status });
        if (status !== "waiting") return;
        this.lastNotice.set(ticketId, now);
        this.deps.notify({ ticketId, at: new Date(now).toISOString() });
      },
      (error: unknown) => logEvent("warn", "waiting_check_failed", { ticketId, message: String(error) }),
    );
    this.deps.waitUntil(check);
  }
}
