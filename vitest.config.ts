import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { startAccessKeysServer } from "./test/support/access-keys-server.mjs";
import { startNotifyReceivers } from "./test/support/notify-receivers.mjs";
import { startOpenAiMock } from "./test/support/openai-mock.mjs";

/** The local notification queues (wrangler.toml), consumed at once and retried twice in tests. */
const NOTIFY_QUEUE = "sti-chat-edge-notifications";

/**
 * Six projects on the same Worker and the same real local bindings, each naming its ENVIRONMENT
 * (wrangler.toml's top level is the local development one, which tests must not depend on):
 * - `workers`: ENVIRONMENT=test with an admin token, where almost every test runs;
 * - `production-guard`: ENVIRONMENT=production with no secrets, to prove admin routes fail closed;
 * - `staging-guard`: ENVIRONMENT=staging with an admin token but no SIGNING_SECRET, to prove the
 *   development signing key is refused outside development and test (signed routes answer 503);
 * - `closed-admin`: ENVIRONMENT=test with no LOG_TOKEN, where admin routes must be closed, never open;
 * - `smart`: smart mode on, against the local OpenAI mock (test/support/openai-mock.mjs), which
 *   runs in this Node process for the whole run; tests script it per conversation over HTTP.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  // Unref'd: it never keeps Vitest from exiting, so nothing needs to close it.
  const openAiMock = await startOpenAiMock();
  // Cloudflare Access's key set for the desk's Access tests (test/support/access-keys-server.mjs).
  const accessKeys = await startAccessKeysServer();
  const receivers = await startNotifyReceivers();
  const project = (
    name: string,
    include: string[],
    bindings: Record<string, unknown>,
    exclude: string[] = [],
    miniflare: Record<string, unknown> = {},
  ) => ({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        // Tests read the production migrations through TEST_MIGRATIONS (see test/apply-migrations.ts).
        miniflare: { bindings: { TEST_MIGRATIONS: migrations, ...bindings }, ...miniflare },
      }),
    ],
    test: { name, include, exclude, setupFiles: ["test/apply-migrations.ts"] },
  });
  return {
    test: {
      projects: [
        project(
          "workers",
          ["test/**/*.test.ts"],
          {
            ENVIRONMENT: "test",
            LOG_TOKEN: "test-admin-token",
            SIGNING_SECRET: "test-signing-secret",
            ACCESS_TEAM_DOMAIN: accessKeys.url,
            ACCESS_AUD: "test-access-audience-0123456789",
          },
          [
            "test/production/**",
            "test/staging/**",
            "test/closed-admin/**",
            "test/smart/**",
            "test/integration/notifications/**",
          ],
        ),
        project("closed-admin", ["test/closed-admin/**/*.test.ts"], {
          ENVIRONMENT: "test",
          LOG_TOKEN: "",
          SIGNING_SECRET: "",
        }),
        project("production-guard", ["test/production/**/*.test.ts"], {
          ENVIRONMENT: "production",
          LOG_TOKEN: "",
          SIGNING_SECRET: "",
        }),
        project("staging-guard", ["test/staging/**/*.test.ts"], {
          ENVIRONMENT: "staging",
          LOG_TOKEN: "test-admin-token",
          SIGNING_SECRET: "",
        }),
        project("smart", ["test/smart/**/*.test.ts"], {
          ENVIRONMENT: "test",
          LOG_TOKEN: "test-admin-token",
          SIGNING_SECRET: "test-signing-secret",
          OPENAI_API_KEY: "test-openai-key",
          OPENAI_BASE_URL: openAiMock.baseURL,
          OPENAI_MOCK_CONTROL_URL: openAiMock.url,
          // Every turn reads the KV flag, so a test that flips it sees the change at once.
          SMART_MODE_FLAG_CACHE_SECONDS: "0",
          // Short limits so timeout cases take well under a second; a breaker that opens after 3 failures.
          OPENAI_FIRST_TOKEN_TIMEOUT_MS: "400",
          OPENAI_TOTAL_TIMEOUT_MS: "3000",
          OPENAI_BREAKER_FAILURES: "3",
          OPENAI_BREAKER_COOLDOWN_SECONDS: "1",
        }),
        project(
          "notifications",
          ["test/integration/notifications/**/*.test.ts"],
          {
            ENVIRONMENT: "test",
            LOG_TOKEN: "test-admin-token",
            SIGNING_SECRET: "test-signing-secret",
            PUBLIC_ORIGIN: "https://desk.sti.test",
            NOTIFY_WEBHOOK_URL: `${receivers.url}/webhook`,
            NOTIFY_WEBHOOK_SECRET: "test-webhook-signing-secret",
            NOTIFY_SLACK_WEBHOOK_URL: `${receivers.url}/slack/T0TEST/B0TEST/slacktestsecrettoken`,
            NOTIFY_DISCORD_WEBHOOK_URL: `${receivers.url}/discord/1234567890/discordtestsecrettoken`,
            NOTIFY_TELEGRAM_API_BASE: `${receivers.url}/telegram`,
            NOTIFY_TELEGRAM_BOT_TOKEN: "123456789:telegramTestSecretToken",
            NOTIFY_TELEGRAM_CHAT_ID: "-1001234567890",
            NOTIFY_EMAIL_FROM: "desk@sti.example",
            NOTIFY_EMAIL_TO: "taller@sti.example",
            NOTIFY_CHANNEL_TIMEOUT_MS: "300",
            NOTIFY_SEND_DEADLINE_MS: "1000",
            NOTIFY_RETRY_BASE_SECONDS: "1",
            NOTIFY_RETRY_MAX_SECONDS: "2",
            NOTIFY_MOCK_CONTROL_URL: receivers.url,
          },
          [],
          {
            queueConsumers: {
              [NOTIFY_QUEUE]: {
                maxBatchSize: 10,
                maxBatchTimeout: 0,
                maxRetries: 2,
                deadLetterQueue: `${NOTIFY_QUEUE}-dlq`,
              },
              [`${NOTIFY_QUEUE}-dlq`]: { maxBatchSize: 10, maxBatchTimeout: 0, maxRetries: 1 },
            },
          },
        ),
      ],
    },
  };
});
