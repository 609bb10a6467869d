import { z } from "zod";
import { LOG_LEVELS } from "./observability/levels";

/**
 * Worker configuration, declared once and parsed once per `env` object.
 * A bad value fails with the variable's name so a misconfigured deploy is obvious.
 */

const boolString = z.enum(["true", "false"]).transform((v) => v === "true");
const positiveInt = z.coerce.number().int().positive();

/** `scheme://host[:port]` exactly as browsers send it in `Origin` (lower case, no path, no slash). */
const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
};
const originList = z
  .string()
  .transform((list) =>
    list
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine(isOrigin, "comma-separated origins like https://shop.example (no path, no '*')"),
    ),
  );

const configSchema = z.object({
  ENVIRONMENT: z.enum(["development", "test", "staging", "production"]).default("development"),
  RATE_LIMIT_PER_MINUTE: positiveInt.max(10_000).default(30),
  /** Messages one conversation may hold (the user's and the replies); then it is closed (409). */
  SESSION_MAX_MESSAGES: positiveInt.min(4).max(100_000).default(500),
  /**
   * How long a session object waits on one R2 or D1 call (a ticket, the transcript mirror, the
   * index row, an erasure's deletions) before it counts as failed: the chat answers without it and
   * the alarm tries again. A hung call must never hold a turn, or the object, indefinitely.
   */
  STORAGE_DEADLINE_MS: positiveInt.min(50).max(60_000).default(10_000),
  SMART_MODE_ENABLED: boolString.default(true),
  WHATSAPP_NUMBER: z
    .string()
    .regex(/^\d{8,15}$/, "digits only, with country code, e.g. 5493415550000")
    .default("5493415550000"),
  SHOP_NAME: z.string().min(1).default("STI Servicio Técnico"),
  SHOP_CONTACT: z.string().min(1).default("info@sti.example"),
  /** Mirror each session's transcript to R2 after every turn (off: admins read it from the session object). */
  TRANSCRIPT_MIRROR_ENABLED: boolString.default(true),
  /** Count requests for GET /api/metrics (off only to measure the counting's own cost). */
  METRICS_ENABLED: boolString.default(true),
  /** One log line per request, sent to the log stream; off only to measure its cost. */
  REQUEST_LOG_ENABLED: boolString.default(true),
  /** Minimum level written to the log stream and Workers Logs (changeable at run time by admins). */
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  LOG_RETENTION_DAYS: positiveInt.max(365).default(7),
  /** Sites whose pages may call the widget's API from the browser (CORS); empty: same origin only. */
  WIDGET_ORIGINS: originList.default([]),

  // Uploads and retention (docs/retention.md).
  /** Largest photo accepted, in bytes (10 MB). */
  UPLOAD_MAX_BYTES: positiveInt.max(25 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Photos one session may upload. */
  UPLOAD_MAX_PER_SESSION: positiveInt.max(100).default(10),
  /** How long a signed photo link given to the widget stays valid. */
  UPLOAD_LINK_TTL_SECONDS: positiveInt.max(30 * 86_400).default(3_600),
  UPLOAD_RETENTION_DAYS: positiveInt.max(3_650).default(30),
  /** A session (its object's storage and its R2 transcript) is deleted this long after its last activity. */
  TRANSCRIPT_RETENTION_HOURS: positiveInt.max(24 * 3_650).default(48),
  TICKET_RETENTION_DAYS: positiveInt.max(3_650).default(90),
  /** Objects one purge run may delete before it stops and leaves the rest to the next run. */
  PURGE_MAX_DELETES_PER_RUN: positiveInt.max(1_000_000).default(10_000),

  // The desk (docs/desk.md): staff sessions, sign-in throttling, Cloudflare Access.
  /** How long a desk sign-in lasts; then the person signs in again. */
  DESK_SESSION_HOURS: positiveInt.max(24 * 30).default(12),
  /** Failed sign-ins counted over this window... */
  SIGN_IN_WINDOW_MINUTES: positiveInt.max(24 * 60).default(15),
  /** ...and refused (429) once one account has this many... */
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: positiveInt.max(1_000).default(5),
  /** ...or one address (a client key: IPv4, or IPv6 /64) this many, whatever the accounts. */
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: positiveInt.max(10_000).default(20),
  /**
   * Cloudflare Access in front of the desk (optional): the team domain, e.g.
   * https://shop.cloudflareaccess.com. With ACCESS_AUD set too, the Worker accepts Access's
   * identity token and maps its email to a staff account.
   */
  ACCESS_TEAM_DOMAIN: z
    .string()
    .refine(
      (value) =>
        isOrigin(value) &&
        (value.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(value)),
      "an https origin like https://shop.cloudflareaccess.com (no path)",
    )
    .optional(),
  /** The Access application's audience (AUD) tag. */
  ACCESS_AUD: z.string().min(16).max(128).optional(),

  // Smart mode (OpenAI). The key is the secret OPENAI_API_KEY (see Secrets); without it, rules only.
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  /** Any OpenAI-compatible endpoint (e.g. an AI Gateway URL); the official API when unset. */
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** A call that has not produced its first token (or its JSON answer) by then is abandoned. */
  OPENAI_FIRST_TOKEN_TIMEOUT_MS: positiveInt.max(60_000).default(6_000),
  /** A call still running after this long is abandoned, even mid-stream. */
  OPENAI_TOTAL_TIMEOUT_MS: positiveInt.max(120_000).default(20_000),
  OPENAI_MAX_REPLY_TOKENS: positiveInt.max(2_000).default(350),
  /** The breaker opens after this many failures in a row... */
  OPENAI_BREAKER_FAILURES: positiveInt.max(1_000).default(5),
  /** ...or when this share of the calls in the window failed (with at least MIN_CALLS calls). */
  OPENAI_BREAKER_FAILURE_RATE: z.coerce.number().gt(0).max(1).default(0.5),
  OPENAI_BREAKER_MIN_CALLS: positiveInt.max(10_000).default(10),
  OPENAI_BREAKER_WINDOW_SECONDS: positiveInt.max(3_600).default(60),
  /** How long it stays open before one probe call is let through. */
  OPENAI_BREAKER_COOLDOWN_SECONDS: positiveInt.max(3_600).default(30),
  /** How long an isolate reuses the KV flag it read (0: read KV on every turn). */
  SMART_MODE_FLAG_CACHE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(30),

  // Notifications to the shop (docs/desk.md). Each channel is on once its settings are set; the
  // secret parts (signing key, Slack/Discord URLs, Telegram token) are secrets, below.
  /** The desk's origin, for the links in notifications (`<origin>/desk/tickets/<id>`). */
  PUBLIC_ORIGIN: z.string().refine(isOrigin, "an origin like https://chat.sti.example (no path)").optional(),
  /** The generic webhook (signed with the secret NOTIFY_WEBHOOK_SECRET). */
  NOTIFY_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Telegram's API; tests point it at a local receiver. The token is the secret NOTIFY_TELEGRAM_BOT_TOKEN. */
  NOTIFY_TELEGRAM_API_BASE: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .default("https://api.telegram.org"),
  NOTIFY_TELEGRAM_CHAT_ID: z
    .string()
    .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/, "a chat id (digits, - for groups) or @channelname")
    .optional(),
  /** Email through the send_email binding: the sender (a verified address) and the shop's inbox. */
  NOTIFY_EMAIL_FROM: z.email().optional(),
  NOTIFY_EMAIL_TO: z.email().optional(),
  /** One attempt at one channel is abandoned after this long (and retried later). */
  NOTIFY_CHANNEL_TIMEOUT_MS: positiveInt.min(50).max(30_000).default(5_000),
  /** How long a new ticket's message may take to reach the queue before it is given up (logged). */
  NOTIFY_SEND_DEADLINE_MS: positiveInt.min(50).max(30_000).default(5_000),
  /** The first retry's delay; each further retry doubles it, up to NOTIFY_RETRY_MAX_SECONDS. */
  NOTIFY_RETRY_BASE_SECONDS: positiveInt.max(3_600).default(30),
  NOTIFY_RETRY_MAX_SECONDS: positiveInt.max(43_200).default(3_600),
  /** The daily digest lists the tickets nobody took for longer than this. */
  DIGEST_WAITING_HOURS: positiveInt.max(24 * 365).default(24),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable}: ${detail}`);
    this.name = "ConfigError";
  }
}

/** Parses raw vars; exported for tests and scripts. Empty strings count as unset. */
export function parseConfig(vars: Record<string, unknown>): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = vars[key];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? "unknown"), issue?.message ?? "invalid");
  }
  return Object.freeze(result.data);
}

export interface Secrets {
  /** OpenAI key; null when unset (smart mode off, source "no_key"). */
  readonly openaiApiKey: string | null;
  /** Admin token; null when unset (admin routes closed, or 503 in production). */
  readonly logToken: string | null;
  /**
   * HMAC key for signed links: SIGNING_SECRET, or the published development key in development
   * and test only; null otherwise (signed routes then answer 503).
   */
  readonly signingSecret: string | null;
  /** Why there is no signing key (for the 503s and /api/health), or null when there is one. */
  readonly signingUnavailable: string | null;
  /** The notification channels' secrets; null when unset (that channel is off). */
  readonly notifications: NotificationSecrets;
}

export interface NotificationSecrets {
  /** NOTIFY_WEBHOOK_SECRET: the generic webhook's HMAC key; without it that channel stays off. */
  readonly webhookSecret: string | null;
  /** NOTIFY_SLACK_WEBHOOK_URL: a Slack-compatible incoming webhook (its URL is the credential). */
  readonly slackWebhookUrl: string | null;
  /** NOTIFY_DISCORD_WEBHOOK_URL: a Discord webhook (its URL is the credential). */
  readonly discordWebhookUrl: string | null;
  /** NOTIFY_TELEGRAM_BOT_TOKEN: `<bot id>:<secret>`, from @BotFather. */
  readonly telegramBotToken: string | null;
}

/**
 * Published in this repository, so anyone can sign with it: only ever used in development and
 * test (below), never where a link it signed could open real data.
 */
export const DEVELOPMENT_SIGNING_SECRET = "sti-chat-edge-development-signing-secret";

/** Where the development key may stand in for a missing SIGNING_SECRET: never staging or production. */
const DEVELOPMENT_KEY_ENVIRONMENTS: ReadonlySet<Config["ENVIRONMENT"]> = new Set(["development", "test"]);

/** Optional secrets (OPENAI_API_KEY, the notification ones) are not among the generated binding types. */
type SecretBindings = {
  LOG_TOKEN?: unknown;
  SIGNING_SECRET?: unknown;
  OPENAI_API_KEY?: unknown;
  NOTIFY_WEBHOOK_SECRET?: unknown;
  NOTIFY_SLACK_WEBHOOK_URL?: unknown;
  NOTIFY_DISCORD_WEBHOOK_URL?: unknown;
  NOTIFY_TELEGRAM_BOT_TOKEN?: unknown;
};

/** Everything the Worker is configured with: the parsed vars and the secrets, frozen. */
export interface Settings {
  readonly config: Config;
  readonly secrets: Secrets;
}

/** Parses vars and secrets; exported for tests and scripts (the Worker uses `settings(env)`). */
export function parseSettings(env: Record<string, unknown>): Settings {
  const config = parseConfig(env);
  const { LOG_TOKEN, SIGNING_SECRET, OPENAI_API_KEY } = env as SecretBindings;
  const signing = secret(SIGNING_SECRET);
  const developmentKey = DEVELOPMENT_KEY_ENVIRONMENTS.has(config.ENVIRONMENT);
  const secrets: Secrets = Object.freeze({
    openaiApiKey: secret(OPENAI_API_KEY),
    logToken: secret(LOG_TOKEN),
    signingSecret: signing ?? (developmentKey ? DEVELOPMENT_SIGNING_SECRET : null),
    signingUnavailable:
      signing || developmentKey
        ? null
        : `SIGNING_SECRET is not set, and ENVIRONMENT=${config.ENVIRONMENT} may not use the development key ` +
          "(only development and test may): wrangler secret put SIGNING_SECRET",
    notifications: notificationSecrets(env as SecretBindings),
  });
  return Object.freeze({ config, secrets });
}

function secret(value: unknown): string | null {
  return typeof value === "string" ? value.trim() || null : null;
}

/** A secret that must have a shape; the error names the secret, never its value. */
function shapedSecret(
  name: string,
  value: unknown,
  valid: (s: string) => boolean,
  shape: string,
): string | null {
  const text = secret(value);
  if (text !== null && !valid(text)) throw new ConfigError(name, shape);
  return text;
}

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

function notificationSecrets(env: SecretBindings): NotificationSecrets {
  return Object.freeze({
    webhookSecret: shapedSecret(
      "NOTIFY_WEBHOOK_SECRET",
      env.NOTIFY_WEBHOOK_SECRET,
      (s) => s.length >= 16,
      "at least 16 characters",
    ),
    slackWebhookUrl: shapedSecret(
      "NOTIFY_SLACK_WEBHOOK_URL",
      env.NOTIFY_SLACK_WEBHOOK_URL,
      isHttpUrl,
      "an https URL",
    ),
    discordWebhookUrl: shapedSecret(
      "NOTIFY_DISCORD_WEBHOOK_URL",
      env.NOTIFY_DISCORD_WEBHOOK_URL,
      isHttpUrl,
      "an https URL",
    ),
    telegramBotToken: shapedSecret(
      "NOTIFY_TELEGRAM_BOT_TOKEN",
      env.NOTIFY_TELEGRAM_BOT_TOKEN,
      (s) => /^\d{1,20}:[A-Za-z0-9_-]{10,100}$/.test(s),
      "a bot token like 123456:ABC-xyz (from @BotFather)",
    ),
  });
}

const cache = new WeakMap<object, Settings>();

/**
 * The settings for this `env`, parsed on first use and cached for the isolate's life (the runtime
 * hands every request of an isolate the same `env`). Only route handlers, middleware and Durable
 * Object constructors call it; everything further in takes the values it needs.
 */
export function settings(env: object): Settings {
  let parsed = cache.get(env);
  if (!parsed) {
    parsed = parseSettings(env as Record<string, unknown>);
    cache.set(env, parsed);
  }
  return parsed;
}
