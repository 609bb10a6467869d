import { EmailMessage } from "cloudflare:email";
import type { Config, NotificationSecrets } from "../config";
import { httpFailure } from "../lib/notifications/failure";
import { buildMime } from "../lib/notifications/mime";
import { discordBody, slackBody, telegramBody, webhookBody } from "../lib/notifications/payloads";
import { SIGNATURE_HEADER, webhookSignature } from "../lib/notifications/signature";
import type { RenderedNotification } from "../lib/notifications/text";
import type { NotificationChannel } from "../protocol";
import type { NotificationMessage } from "./messages";

/**
 * The channels a notification goes to, built from the parsed settings: a generic signed webhook,
 * Slack- and Discord-compatible incoming webhooks, a Telegram bot, and email through the
 * `send_email` binding. A channel is on when all of its settings are set; one with only some of
 * them is reported (`misconfigured`, naming what is missing) and never used half set up: the
 * webhook is never sent unsigned.
 */

/** What one attempt sends: the message, its key and its text. */
export interface Outgoing {
  key: string;
  message: NotificationMessage;
  rendered: RenderedNotification;
}

export interface Channel {
  name: NotificationChannel;
  /** Resolves once the channel accepted it; rejects otherwise (a DeliveryFailure for an answer). */
  deliver(outgoing: Outgoing, signal: AbortSignal): Promise<void>;
}

export interface ChannelSetup {
  channels: Channel[];
  misconfigured: { channel: NotificationChannel; missing: string[] }[];
}

const USER_AGENT = "STI-Chat-Edge-Notifications/1";

async function postJson(
  url: string,
  body: string,
  signal: AbortSignal,
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "User-Agent": USER_AGENT, ...headers },
    body,
    signal,
  });
  // Nothing in a receiver's answer is kept: it could echo the request, URL and token included.
  await response.body?.cancel();
  if (!response.ok) throw httpFailure(response.status);
}

function webhook(url: string, secret: string): Channel {
  return {
    name: "webhook",
    async deliver({ key, message, rendered }, signal) {
      const body = webhookBody(key, message, rendered);
      const signature = await webhookSignature(secret, Math.floor(Date.now() / 1000), body);
      await postJson(url, body, signal, { [SIGNATURE_HEADER]: signature, "X-STI-Delivery": key });
    },
  };
}

const slack = (url: string): Channel => ({
  name: "slack",
  deliver: ({ rendered }, signal) => postJson(url, slackBody(rendered), signal),
});

const discord = (url: string): Channel => ({
  name: "discord",
  deliver: ({ rendered }, signal) => postJson(url, discordBody(rendered), signal),
});

const telegram = (apiBase: string, token: string, chatId: string): Channel => ({
  name: "telegram",
  deliver: ({ rendered }, signal) =>
    postJson(`${apiBase}/bot${token}/sendMessage`, telegramBody(chatId, rendered), signal),
});

/** The binding cannot be cancelled: the consumer's deadline abandons a hung send instead. */
const email = (binding: SendEmail, from: string, to: string): Channel => ({
  name: "email",
  async deliver({ key, rendered }) {
    const domain = from.slice(from.lastIndexOf("@") + 1);
    const messageId = `${key.replace(/[^A-Za-z0-9.-]/g, "-")}.${crypto.randomUUID()}@${domain}`;
    const raw = buildMime({
      from,
      to,
      subject: rendered.subject,
      text: rendered.text,
      messageId,
      date: new Date(),
    });
    await binding.send(new EmailMessage(from, to, raw));
  },
});

/** The settings each channel needs, by name: all set, it is on; some set, it is misconfigured. */
export function configuredChannels(
  config: Config,
  secrets: NotificationSecrets,
  emailBinding: SendEmail | undefined,
): ChannelSetup {
  const setup: ChannelSetup = { channels: [], misconfigured: [] };
  const add = (name: NotificationChannel, settings: Record<string, unknown>, build: () => Channel) => {
    const missing = Object.entries(settings)
      .filter(([, value]) => value === null || value === undefined)
      .map(([setting]) => setting);
    if (missing.length === 0) setup.channels.push(build());
    else if (missing.length < Object.keys(settings).length)
      setup.misconfigured.push({ channel: name, missing });
  };
  const { NOTIFY_WEBHOOK_URL: webhookUrl, NOTIFY_TELEGRAM_CHAT_ID: chatId } = config;
  const { NOTIFY_EMAIL_FROM: from, NOTIFY_EMAIL_TO: to } = config;
  add("webhook", { NOTIFY_WEBHOOK_URL: webhookUrl, NOTIFY_WEBHOOK_SECRET: secrets.webhookSecret }, () =>
    webhook(webhookUrl as string, secrets.webhookSecret as string),
  );
  add("slack", { NOTIFY_SLACK_WEBHOOK_URL: secrets.slackWebhookUrl }, () =>
    slack(secrets.slackWebhookUrl as string),
  );
  add("discord", { NOTIFY_DISCORD_WEBHOOK_URL: secrets.discordWebhookUrl }, () =>
    discord(secrets.discordWebhookUrl as string),
  );
  add(
    "telegram",
    { NOTIFY_TELEGRAM_BOT_TOKEN: secrets.telegramBotToken, NOTIFY_TELEGRAM_CHAT_ID: chatId },
    () => telegram(config.NOTIFY_TELEGRAM_API_BASE, secrets.telegramBotToken as string, chatId as string),
  );
  if (from && to && !emailBinding)
    setup.misconfigured.push({ channel: "email", missing: ["[[send_email]] EMAIL"] });
  else
    add("email", { NOTIFY_EMAIL_FROM: from, NOTIFY_EMAIL_TO: to }, () =>
      email(emailBinding as SendEmail, from as string, to as string),
    );
  return setup;
}

/** Every secret a channel holds, for redacting failure reasons and checking log lines. */
export const channelSecrets = (secrets: NotificationSecrets): string[] =>
  [
    secrets.webhookSecret,
    secrets.slackWebhookUrl,
    secrets.discordWebhookUrl,
    secrets.telegramBotToken,
  ].filter((s): s is string => s !== null);
