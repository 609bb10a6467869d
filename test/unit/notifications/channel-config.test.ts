import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, parseSettings } from "../../../src/config";
import { channelSecrets, configuredChannels } from "../../../src/notifications/channels";

const ALL = {
  NOTIFY_WEBHOOK_URL: "https://hooks.shop.example/sti",
  NOTIFY_WEBHOOK_SECRET: "a-long-enough-webhook-secret",
  NOTIFY_SLACK_WEBHOOK_URL: "https://hooks.slack.com/services/T000/B000/slacksecret",
  NOTIFY_DISCORD_WEBHOOK_URL: "https://discord.com/api/webhooks/1/discordsecret",
  NOTIFY_TELEGRAM_BOT_TOKEN: "123456:ABCdefGHIjklMNO",
  NOTIFY_TELEGRAM_CHAT_ID: "-1001234",
  NOTIFY_EMAIL_FROM: "desk@sti.example",
  NOTIFY_EMAIL_TO: "taller@sti.example",
};

/** `email: null`: a Worker deployed without the `[[send_email]]` binding. */
const setup = (vars: Record<string, string>, email: SendEmail | null = env.EMAIL) => {
  const { config, secrets } = parseSettings(vars);
  return configuredChannels(config, secrets.notifications, email ?? undefined);
};
const names = (vars: Record<string, string>) => setup(vars).channels.map((c) => c.name);

describe("notification settings", () => {
  it("defaults: no channel, Telegram's API, 5 s per attempt, 30 s first retry, 24 h digest", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      NOTIFY_TELEGRAM_API_BASE: "https://api.telegram.org",
      NOTIFY_CHANNEL_TIMEOUT_MS: 5_000,
      NOTIFY_SEND_DEADLINE_MS: 5_000,
      NOTIFY_RETRY_BASE_SECONDS: 30,
      NOTIFY_RETRY_MAX_SECONDS: 3_600,
      DIGEST_WAITING_HOURS: 24,
    });
    expect(config.PUBLIC_ORIGIN).toBeUndefined();
    expect(setup({})).toEqual({ channels: [], misconfigured: [] });
  });

  it("a channel is on once all its settings are set; empty values are unset", () => {
    expect(names(ALL)).toEqual(["webhook", "slack", "discord", "telegram", "email"]);
    expect(names({ NOTIFY_SLACK_WEBHOOK_URL: ALL.NOTIFY_SLACK_WEBHOOK_URL, NOTIFY_WEBHOOK_URL: "" })).toEqual(
      ["slack"],
    );
  });

  it("a half-configured channel is off and named with what it misses: the webhook is never sent unsigned", () => {
    const half = setup({
      NOTIFY_WEBHOOK_URL: ALL.NOTIFY_WEBHOOK_URL,
      NOTIFY_TELEGRAM_BOT_TOKEN: ALL.NOTIFY_TELEGRAM_BOT_TOKEN,
      NOTIFY_EMAIL_TO: ALL.NOTIFY_EMAIL_TO,
    });
    expect(half.channels).toEqual([]);
    expect(half.misconfigured).toEqual([
      { channel: "webhook", missing: ["NOTIFY_WEBHOOK_SECRET"] },
      { channel: "telegram", missing: ["NOTIFY_TELEGRAM_CHAT_ID"] },
      { channel: "email", missing: ["NOTIFY_EMAIL_FROM"] },
    ]);
    expect(setup(ALL, null).misconfigured).toEqual([{ channel: "email", missing: ["[[send_email]] EMAIL"] }]);
  });

  it("bad values fail naming the variable; a bad secret's error never shows the secret", () => {
    for (const [name, value] of [
      ["PUBLIC_ORIGIN", "https://chat.sti.example/desk"],
      ["NOTIFY_WEBHOOK_URL", "ftp://hooks.example"],
      ["NOTIFY_TELEGRAM_CHAT_ID", "my group"],
      ["NOTIFY_EMAIL_TO", "taller"],
      ["NOTIFY_CHANNEL_TIMEOUT_MS", "10"],
      ["NOTIFY_RETRY_MAX_SECONDS", "50000"],
      ["DIGEST_WAITING_HOURS", "0"],
    ]) {
      expect(() => parseConfig({ [name as string]: value }), name).toThrow(
        new RegExp(`^Invalid configuration: ${name}`),
      );
    }
    for (const [name, value] of [
      ["NOTIFY_WEBHOOK_SECRET", "short-secret"],
      ["NOTIFY_SLACK_WEBHOOK_URL", "hooks.slack.com/services/T000/B000/slacksecret"],
      ["NOTIFY_DISCORD_WEBHOOK_URL", "discordsecret"],
      ["NOTIFY_TELEGRAM_BOT_TOKEN", "telegram-secret-token"],
    ] as const) {
      const error = (() => {
        try {
          parseSettings({ [name]: value });
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error, name).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(name);
      expect((error as ConfigError).message).not.toContain(value);
    }
  });

  it("lists every channel secret, for redaction", () => {
    const { secrets } = parseSettings(ALL);
    expect(channelSecrets(secrets.notifications).sort()).toEqual(
      [
        ALL.NOTIFY_WEBHOOK_SECRET,
        ALL.NOTIFY_SLACK_WEBHOOK_URL,
        ALL.NOTIFY_DISCORD_WEBHOOK_URL,
        ALL.NOTIFY_TELEGRAM_BOT_TOKEN,
      ].sort(),
    );
  });
});
