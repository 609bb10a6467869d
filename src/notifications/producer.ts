import { withDeadline } from "../lib/deadline";
import { logEvent } from "../observability/log";
import type { Ticket } from "../protocol";
import { type NotificationMessage, notificationMessageSchema, type TicketCreatedMessage } from "./messages";

/**
 * Puts notifications on the queue without ever holding up, slowing or failing what caused them:
 * the send runs after the caller's work is stored, off its reply path (`waitUntil`), bounded by a
 * deadline; a failure or a hang is logged (`notification_enqueue_failed`) and never thrown.
 */

export interface NotificationSender {
  /** The NOTIFICATIONS queue binding. */
  queue: Queue;
  /** NOTIFY_SEND_DEADLINE_MS: a send still pending after it counts as failed. */
  deadlineMs: number;
  /** Keeps the send running after the caller answered (a Durable Object's or a request's ctx). */
  waitUntil: (work: Promise<unknown>) => void;
}

/** Sends `message` in the background. Returns at once; never throws. */
export function enqueueNotification(sender: NotificationSender, message: NotificationMessage): void {
  const parsed = notificationMessageSchema.safeParse(message);
  if (!parsed.success) {
    logEvent("error", "notification_invalid", {
      kind: message.kind,
      issue: parsed.error.issues[0]?.path.join(".") ?? "unknown",
    });
    return;
  }
  const fields = {
    kind: message.kind,
    ...(message.kind === "digest" ? {} : { ticketId: message.ticketId }),
  };
  // The send is started inside the promise chain, so a binding that throws at once is caught too.
  const work = withDeadline(
    Promise.resolve().then(() => sender.queue.send(parsed.data)),
    sender.deadlineMs,
  ).then(
    () => undefined,
    (error: unknown) =>
      logEvent("error", "notification_enqueue_failed", { ...fields, message: String(error) }),
  );
  try {
    sender.waitUntil(work);
  } catch (error) {
    logEvent("error", "notification_enqueue_failed", { ...fields, message: String(error) });
  }
}

/** The new ticket's message: ids, times and its catalogue ids; nothing the person typed. */
export const ticketCreatedMessage = (ticket: Ticket): TicketCreatedMessage => ({
  kind: "ticket.created",
  ticketId: ticket.id,
  createdAt: ticket.createdAt,
  language: ticket.language,
  device: ticket.device.id,
  problem: ticket.problem.id,
  source: ticket.source,
});

/** A ticket was stored: the shop hears of it. */
export function notifyTicketCreated(sender: NotificationSender, ticket: Ticket): void {
  enqueueNotification(sender, ticketCreatedMessage(ticket));
}

/**
 * A customer wrote on a ticket that waits for them (`at`: when, ISO): the session object's
 * CustomerWaitingWatch (durable-objects/chat-session/waiting-watch.ts) calls it.
 */
export function notifyCustomerWaiting(
  sender: NotificationSender,
  event: { ticketId: string; at: string },
): void {
  enqueueNotification(sender, { kind: "ticket.customer_waiting", ticketId: event.ticketId, at: event.at });
}
