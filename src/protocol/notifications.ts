/**
 * Notifications to the shop (docs/desk.md, "Notifications"): the channels, what a delivery of one
 * message to one channel came to, and the delivery log the desk shows.
 */

/** Every channel a message can go to; only the configured ones are used. */
export const NOTIFICATION_CHANNELS = ["webhook", "slack", "discord", "telegram", "email"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What a message asks the shop to look at. */
export const NOTIFICATION_KINDS = ["ticket.created", "ticket.customer_waiting", "digest"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * - `delivered`: the channel accepted it (a 2xx, or the email binding took it);
 * - `failed`: the last attempt failed; the queue tries it again later;
 * - `dead`: every attempt failed; the message reached the dead-letter queue and stops there.
 */
export const DELIVERY_STATUSES = ["delivered", "failed", "dead"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One message's delivery to one channel (one row of the log; times are ISO). */
export interface NotificationDelivery {
  /** The message's own key (`<kind>:<ticket id>:<time>`): the same on every retry and in the DLQ. */
  messageId: string;
  /** Null for a digest, which lists many tickets. */
  ticketId: string | null;
  kind: NotificationKind;
  channel: NotificationChannel;
  status: DeliveryStatus;
  /** Attempts made on this channel (a retry skips the channels that already have it). */
  attempts: number;
  /** Why the last failed attempt failed (`HTTP 500`, `timeout after 5000 ms`); never a URL or secret. */
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}

/** The most recent deliveries first (what the desk lists, optionally for one ticket). */
export interface NotificationDeliveryList {
  deliveries: NotificationDelivery[];
}
