import { z } from "zod";
import { TICKET_ID_PATTERN } from "../lib/tickets/ticket-id";
import type { NotificationKind } from "../protocol";

/**
 * The messages on the notifications queue (docs/desk.md, "Notifications"): what the producers
 * send and the consumer accepts, in one place. They carry ids, times and the ticket's device and
 * problem ids only: never a name, a phone, an email, free text or the transcript, so a message can
 * sit in a queue, a dead-letter queue or a log without carrying personal data.
 *
 * Unknown fields are dropped rather than refused: during a gradual deployment an older consumer
 * may read what a newer producer sent, and a notification must not be lost for an extra field.
 */

const ticketId = z.string().regex(TICKET_ID_PATTERN, "not a ticket id");
const isoTime = z.iso.datetime({ offset: true });
/** A device or problem id (src/protocol/conversation.ts); a newer version may know more of them. */
const catalogueId = z
  .string()
  .regex(/^[a-z0-9_-]{1,64}$/)
  .nullable();
const language = z.enum(["es", "en"]);

/** A new ticket: made by the chat's hand-off or by an admin (POST /api/ticket/create-manual). */
export const ticketCreatedSchema = z.object({
  kind: z.literal("ticket.created"),
  ticketId,
  createdAt: isoTime,
  language,
  device: catalogueId,
  problem: catalogueId,
  source: z.enum(["chat", "manual"]),
});

/** A customer wrote on a ticket that was waiting for them. */
export const customerWaitingSchema = z.object({
  kind: z.literal("ticket.customer_waiting"),
  ticketId,
  at: isoTime,
});

/** Most tickets one digest lists; it says how many more there are. */
export const DIGEST_MAX_TICKETS = 50;

/** One line of the daily digest: a ticket nobody took yet. */
export const digestTicketSchema = z.object({
  ticketId,
  createdAt: isoTime,
  language,
  device: catalogueId,
  problem: catalogueId,
  source: z.enum(["chat", "manual"]),
});

/** The daily digest (src/notifications/digest.ts): the tickets waiting longer than `waitingHours`. */
export const digestSchema = z.object({
  kind: z.literal("digest"),
  at: isoTime,
  waitingHours: z.number().int().positive(),
  /** How many tickets wait in all; `tickets` lists the oldest DIGEST_MAX_TICKETS of them. */
  total: z.number().int().nonnegative(),
  tickets: z.array(digestTicketSchema).max(DIGEST_MAX_TICKETS),
});

export const notificationMessageSchema = z.discriminatedUnion("kind", [
  ticketCreatedSchema,
  customerWaitingSchema,
  digestSchema,
]);

export type TicketCreatedMessage = z.infer<typeof ticketCreatedSchema>;
export type CustomerWaitingMessage = z.infer<typeof customerWaitingSchema>;
export type DigestTicket = z.infer<typeof digestTicketSchema>;
export type DigestMessage = z.infer<typeof digestSchema>;
export type NotificationMessage = z.infer<typeof notificationMessageSchema>;

/** The message kinds are the protocol's (src/protocol/notifications.ts), checked here at compile time. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAgree: Same<NotificationMessage["kind"], NotificationKind> = true;
void kindsAgree;

/** The message, or null when the body is none of the kinds (the consumer logs and drops it). */
export function parseNotification(body: unknown): NotificationMessage | null {
  const parsed = notificationMessageSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/**
 * A message's own key, the same on every retry, in the dead-letter queue and for a second send
 * of the same event: the delivery log is keyed by it, so no channel gets one event twice.
 */
export function messageKey(message: NotificationMessage): string {
  switch (message.kind) {
    case "ticket.created":
      return `ticket.created:${message.ticketId}`;
    case "ticket.customer_waiting":
      return `ticket.customer_waiting:${message.ticketId}:${message.at}`;
    case "digest":
      return `digest:${message.at}`;
  }
}

/** The ticket a message is about; null for a digest. */
export const messageTicketId = (message: NotificationMessage): string | null =>
  message.kind === "digest" ? null : message.ticketId;
