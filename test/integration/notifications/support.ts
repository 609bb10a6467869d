import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import type { NotificationDelivery, Ticket } from "../../../src/protocol";
import { listRecentDeliveries } from "../../../src/storage/notification-deliveries";
import { newSessionId } from "../../helpers/api";
import type { ReceivedRequest, ReceiverChannel, ReceiverStep } from "../../support/notify-receivers.mjs";
import { manualTicket } from "../tickets/support";

/**
 * Shared by the notification tests (the `notifications` project, vitest.config.ts): every channel
 * is configured and points at the local receivers, which the tests script and read over HTTP.
 */

export type { ReceivedRequest, ReceiverChannel, ReceiverStep } from "../../support/notify-receivers.mjs";

/** The `notifications` project's bindings, as vitest.config.ts sets them. */
export const testEnv = env as unknown as Env & {
  NOTIFY_MOCK_CONTROL_URL: string;
  NOTIFY_WEBHOOK_SECRET: string;
  NOTIFY_SLACK_WEBHOOK_URL: string;
  NOTIFY_DISCORD_WEBHOOK_URL: string;
  NOTIFY_TELEGRAM_BOT_TOKEN: string;
  NOTIFY_TELEGRAM_CHAT_ID: string;
};

/** Every secret the channels hold: none may ever reach the delivery log or a log line. */
export const CHANNEL_SECRETS = [
  testEnv.NOTIFY_WEBHOOK_SECRET,
  testEnv.NOTIFY_SLACK_WEBHOOK_URL,
  testEnv.NOTIFY_DISCORD_WEBHOOK_URL,
  testEnv.NOTIFY_TELEGRAM_BOT_TOKEN,
  // The parts that would identify a credential on their own.
  "slacktestsecrettoken",
  "discordtestsecrettoken",
  "telegramTestSecretToken",
];

export const HTTP_CHANNELS: ReceiverChannel[] = ["webhook", "slack", "discord", "telegram"];
export const ALL_CHANNELS = [...HTTP_CHANNELS, "email"] as const;

/** The next requests of `channel` whose body contains `marker` get these answers, in order. */
export async function script(marker: string, channel: ReceiverChannel, steps: ReceiverStep[]): Promise<void> {
  const res = await fetch(`${testEnv.NOTIFY_MOCK_CONTROL_URL}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ marker, channel, steps }),
  });
  expect(res.status, await res.text()).toBe(200);
}

/** What the receivers got with `marker` in the body, oldest first. */
export async function received(marker: string, channel?: ReceiverChannel): Promise<ReceivedRequest[]> {
  const query = new URLSearchParams({ marker, ...(channel ? { channel } : {}) });
  const res = await fetch(`${testEnv.NOTIFY_MOCK_CONTROL_URL}/__mock/requests?${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { requests: ReceivedRequest[] }).requests;
}

/** The delivery log of one ticket, most recent first. */
export const deliveries = (ticketId: string): Promise<NotificationDelivery[]> =>
  listRecentDeliveries(env.DB, { ticketId, limit: 50 });

/** The log's row per channel, once `done` accepts the rows; fails the test after `timeoutMs`. */
export async function deliveriesWhen(
  ticketId: string,
  done: (rows: NotificationDelivery[]) => boolean,
  timeoutMs = 10_000,
): Promise<Map<string, NotificationDelivery>> {
  const rows = await vi.waitFor(
    async () => {
      const now = await deliveries(ticketId);
      if (!done(now)) throw new Error(`not yet: ${JSON.stringify(now.map((r) => [r.channel, r.status]))}`);
      return now;
    },
    { timeout: timeoutMs, interval: 50 },
  );
  return new Map(rows.map((r) => [r.channel, r]));
}

/** Every configured channel has the ticket's message. */
export const allDelivered = (rows: NotificationDelivery[]) =>
  ALL_CHANNELS.every((channel) => rows.some((r) => r.channel === channel && r.status === "delivered"));

/** A manual ticket (the admin route): Ana's notebook that does not turn on. */
export function newTicket(language: "es" | "en" = "es", name = "Ana Pérez"): Promise<Ticket> {
  return manualTicket({
    sessionId: newSessionId("notify"),
    name,
    device: language === "es" ? "notebook" : "laptop",
    problem:
      language === "es"
        ? "no enciende, llamame al 11 5555 1234"
        : "won't turn on, mail me at ana@example.com",
    language,
  });
}
