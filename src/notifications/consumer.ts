import { DeadlineExceeded, withDeadline } from "../lib/deadline";
import { retryDelaySeconds } from "../lib/notifications/backoff";
import { describeFailure } from "../lib/notifications/failure";
import { renderNotification } from "../lib/notifications/text";
import { logEvent } from "../observability/log";
import type { Language } from "../protocol";
import {
  type DeliveryAttempt,
  type DeliverySubject,
  deliveredChannels,
  markDead,
  recordAttempts,
} from "../storage/notification-deliveries";
import { ticketLanguage } from "../storage/tickets";
import type { Channel, ChannelSetup, Outgoing } from "./channels";
import { messageKey, messageTicketId, type NotificationMessage, parseNotification } from "./messages";

/**
 * The queue consumer (docs/desk.md, "Retries and the dead-letter queue"). Each message goes to
 * every configured channel that does not have it yet (the delivery log says which do), each
 * attempt bounded by its own timeout, so a failing or hung channel never stops the others. When
 * any failed, the message is retried later with exponential backoff, and only those channels are
 * tried again; after the queue's max_retries it lands in the dead-letter queue, whose consumer
 * marks them dead. Delivery is at least once: a channel may get a message twice only when its
 * success could not be written to the log.
 */

export interface ConsumerDependencies {
  db: D1Database;
  setup: ChannelSetup;
  /** PUBLIC_ORIGIN, for the desk links; null: links are paths. */
  deskOrigin: string | null;
  /** NOTIFY_CHANNEL_TIMEOUT_MS: one attempt at one channel. */
  channelTimeoutMs: number;
  /** STORAGE_DEADLINE_MS: each read or write of the delivery log. */
  storageDeadlineMs: number;
  retry: { baseSeconds: number; maxSeconds: number };
  /** The channels' secrets: removed from every failure reason before it is logged or stored. */
  secrets: readonly string[];
}

/** The fields every log line about a message carries: never more than its kind and ticket id. */
const fieldsOf = (message: NotificationMessage) => ({
  kind: message.kind,
  ...(message.kind === "digest" ? {} : { ticketId: message.ticketId }),
});

const subjectOf = (message: NotificationMessage): DeliverySubject => ({
  messageId: messageKey(message),
  ticketId: messageTicketId(message),
  kind: message.kind,
});

function warnMisconfigured(deps: ConsumerDependencies): void {
  for (const { channel, missing } of deps.setup.misconfigured) {
    logEvent("warn", "notification_channel_misconfigured", { channel, missing });
  }
  // Sent anyway (the id is in the text), but a path alone opens nothing from a phone's Slack.
  if (deps.setup.channels.length > 0 && deps.deskOrigin === null) {
    logEvent("warn", "notification_channel_misconfigured", { channel: "all", missing: ["PUBLIC_ORIGIN"] });
  }
}

/** The main queue's batch: one message at a time, its channels at once. */
export async function deliverBatch(batch: MessageBatch, deps: ConsumerDependencies): Promise<void> {
  warnMisconfigured(deps);
  for (const message of batch.messages) await deliverMessage(message, deps);
}

async function deliverMessage(queued: Message, deps: ConsumerDependencies): Promise<void> {
  const message = parseNotification(queued.body);
  if (!message) {
    // Retrying cannot make it valid: dropped, and said so.
    logEvent("warn", "notification_malformed", { queueMessageId: queued.id });
    return queued.ack();
  }
  if (deps.setup.channels.length === 0) return queued.ack();
  const fields = fieldsOf(message);
  const subject = subjectOf(message);
  const retryLater = () => {
    const delaySeconds = retryDelaySeconds(queued.attempts, deps.retry.baseSeconds, deps.retry.maxSeconds);
    queued.retry({ delaySeconds });
    return delaySeconds;
  };

  let done: Set<string>;
  try {
    done = await withDeadline(deliveredChannels(deps.db, subject.messageId), deps.storageDeadlineMs);
  } catch (error) {
    // Without the log, a retry could send twice to the channels that have it: none is tried now.
    const retryInSeconds = retryLater();
    logEvent("error", "notification_log_unavailable", {
      ...fields,
      message: describeFailure(error, deps.secrets),
      retryInSeconds,
    });
    return;
  }
  const pending = deps.setup.channels.filter((channel) => !done.has(channel.name));
  if (pending.length === 0) return queued.ack();

  const language = await languageOf(message, deps);
  const outgoing: Outgoing = {
    key: subject.messageId,
    message,
    rendered: renderNotification(message, { deskOrigin: deps.deskOrigin, language }),
  };
  const attempts = await Promise.all(pending.map((channel) => attempt(channel, outgoing, subject, deps)));
  try {
    await withDeadline(recordAttempts(deps.db, attempts), deps.storageDeadlineMs);
  } catch (error) {
    logEvent("error", "notification_log_failed", {
      ...fields,
      message: describeFailure(error, deps.secrets),
    });
  }

  const failed = attempts.flatMap((a) =>
    a.outcome.ok ? [] : [{ channel: a.channel, error: a.outcome.error }],
  );
  const delivered = attempts.filter((a) => a.outcome.ok).map((a) => a.channel);
  if (failed.length === 0) {
    logEvent("info", "notification_delivered", { ...fields, channels: delivered, attempt: queued.attempts });
    return queued.ack();
  }
  const retryInSeconds = retryLater();
  logEvent("warn", "notification_delivery_failed", {
    ...fields,
    delivered,
    failed,
    attempt: queued.attempts,
    retryInSeconds,
  });
}

/** One channel, once: its outcome, with a reason free of URLs and secrets when it failed. */
async function attempt(
  channel: Channel,
  outgoing: Outgoing,
  subject: DeliverySubject,
  deps: ConsumerDependencies,
): Promise<DeliveryAttempt> {
  const controller = new AbortController();
  let outcome: DeliveryAttempt["outcome"];
  try {
    await withDeadline(channel.deliver(outgoing, controller.signal), deps.channelTimeoutMs);
    outcome = { ok: true };
  } catch (error) {
    outcome = {
      ok: false,
      error:
        error instanceof DeadlineExceeded
          ? `timeout after ${deps.channelTimeoutMs} ms`
          : describeFailure(error, deps.secrets),
    };
  } finally {
    // A hung request is cut, not left holding a connection.
    controller.abort();
  }
  return { ...subject, channel: channel.name, outcome, at: Date.now() };
}

/** The ticket's language for messages that do not carry it; Spanish when it cannot be read. */
async function languageOf(message: NotificationMessage, deps: ConsumerDependencies): Promise<Language> {
  if (message.kind !== "ticket.customer_waiting")
    return message.kind === "ticket.created" ? message.language : "es";
  try {
    const language = await withDeadline(ticketLanguage(deps.db, message.ticketId), deps.storageDeadlineMs);
    return language === "en" ? "en" : "es";
  } catch {
    return "es";
  }
}

/** The dead-letter queue's batch: what never arrived is recorded dead, then the message is done. */
export async function recordDeadBatch(batch: MessageBatch, deps: ConsumerDependencies): Promise<void> {
  for (const queued of batch.messages) {
    const message = parseNotification(queued.body);
    if (!message) {
      logEvent("warn", "notification_malformed", { queueMessageId: queued.id, deadLetter: true });
      queued.ack();
      continue;
    }
    const fields = fieldsOf(message);
    try {
      const channels = deps.setup.channels.map((c) => c.name);
      const dead = await withDeadline(
        markDead(deps.db, subjectOf(message), channels, Date.now()),
        deps.storageDeadlineMs,
      );
      logEvent("error", "notification_dead", { ...fields, channels: dead });
      queued.ack();
    } catch (error) {
      const delaySeconds = retryDelaySeconds(queued.attempts, deps.retry.baseSeconds, deps.retry.maxSeconds);
      queued.retry({ delaySeconds });
      logEvent("error", "notification_log_unavailable", {
        ...fields,
        deadLetter: true,
        message: describeFailure(error, deps.secrets),
        retryInSeconds: delaySeconds,
      });
    }
  }
}
