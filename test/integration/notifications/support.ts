import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, vi } from "vitest";
import { wireSession } from "../../../durable-objects/chat-session/wiring";
import { newTicketId } from "../../../src/lib/tickets/ticket-id";
import type { TicketCreatedMessage } from "../../../src/notifications/messages";
import type { NotificationDelivery, Ticket } from "../../../src/protocol";
import { listRecentDeliveries } from "../../../src/storage/notification-deliveries";
import { newSessionId } from "../../helpers/api";
import { faultPlan, faultyEnv, SHORT_DEADLINE } from "../../support/faulty-bindings";
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

/** How the wrapped NOTIFICATIONS binding misbehaves: throws at the call, rejects, or never answers. */
export type QueueFault = "throw" | "reject" | "hang";

/** Miniflare's real queue, wrapped: every message sent is recorded, then sent on (or faulted). */
export interface QueueProbe {
  fault: QueueFault | null;
  sent: unknown[];
  queue: Queue;
}

export function queueProbe(fault: QueueFault | null = null): QueueProbe {
  const probe: QueueProbe = { fault, sent: [], queue: env.NOTIFICATIONS };
  probe.queue = new Proxy(env.NOTIFICATIONS, {
    get(queue, prop) {
      const value = Reflect.get(queue, prop, queue);
      if (prop !== "send" || typeof value !== "function") return value;
      return (body: unknown, options?: QueueSendOptions) => {
        probe.sent.push(body);
        if (probe.fault === "throw") throw new Error("injected queue send failure (thrown)");
        if (probe.fault === "reject") return Promise.reject(new Error("injected queue send failure"));
        if (probe.fault === "hang") return new Promise<never>(() => {});
        return value.call(queue, body, options);
      };
    },
  });
  return probe;
}

/**
 * Rebuilds a session object's parts (wiring.ts, as its constructor does) with NOTIFICATIONS
 * wrapped by `probe`, and R2 and D1 by `plan` (test/support/faulty-bindings.ts), until evicted.
 */
export async function rewireWithQueue(
  stub: DurableObjectStub,
  probe: QueueProbe,
  plan = faultPlan(),
): Promise<void> {
  await runInDurableObject(stub, (instance, state) => {
    const wrapped = { ...faultyEnv(plan, SHORT_DEADLINE), NOTIFICATIONS: probe.queue } as Env;
    Object.assign(instance, wireSession(state, wrapped));
  });
}

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug"] as const;

/** Everything written to the console from now on (the Worker, its objects and its queue handler share this isolate). */
export function captureConsole(): {
  lines: () => string[];
  events: (event: string) => Record<string, unknown>[];
} {
  const spies = CONSOLE_METHODS.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
  const lines = () => spies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(" ")));
  return {
    lines,
    events: (event) =>
      lines()
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.event === event),
  };
}

/**
 * A `ticket.created` message for a ticket id of its own, put on the real queue by the test, so
 * receivers can be scripted for it before the consumer sees it (a real ticket's id is only known
 * once its message may already be on its way).
 */
export function ticketCreated(language: "es" | "en" = "es"): TicketCreatedMessage {
  return {
    kind: "ticket.created",
    ticketId: newTicketId(new Date()),
    createdAt: new Date().toISOString(),
    language,
    device: "notebook",
    problem: "no_power",
    source: "chat",
  };
}

export async function enqueue(message: unknown): Promise<void> {
  await env.NOTIFICATIONS.send(message);
}

/** The delivery log of one message (a digest has no ticket), by its key. */
export async function deliveriesOfMessage(messageId: string): Promise<NotificationDelivery[]> {
  return (await listRecentDeliveries(env.DB, { limit: 200 })).filter((r) => r.messageId === messageId);
}
