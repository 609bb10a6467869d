import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEVELOPMENT_SIGNING_SECRET,
  parseConfig,
  parseSettings,
  settings,
} from "../../src/config";

describe("config", () => {
  it("applies documented defaults when vars are absent or empty", () => {
    const config = parseConfig({ RATE_LIMIT_PER_MINUTE: "" });
    expect(config).toMatchObject({
      ENVIRONMENT: "development",
      RATE_LIMIT_PER_MINUTE: 30,
      SMART_MODE_ENABLED: true,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("parses strings from wrangler vars into typed values", () => {
    const config = parseConfig({
      RATE_LIMIT_PER_MINUTE: "5",
      SMART_MODE_ENABLED: "false",
      ENVIRONMENT: "production",
    });
    expect(config.RATE_LIMIT_PER_MINUTE).toBe(5);
    expect(config.SMART_MODE_ENABLED).toBe(false);
    expect(config.ENVIRONMENT).toBe("production");
  });

  it("fails naming the variable on a bad value", () => {
    expect(() => parseConfig({ RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => parseConfig({ SMART_MODE_ENABLED: "yes" })).toThrow(ConfigError);
    expect(() => parseConfig({ WHATSAPP_NUMBER: "+54 341" })).toThrow(/WHATSAPP_NUMBER/);
  });

  it("reads secrets into the same frozen settings: trimmed, blank is unset", () => {
    const dev = parseSettings({ LOG_TOKEN: "  tok  ", OPENAI_API_KEY: "   ", SHOP_NAME: "Taller" });
    expect(dev.secrets).toEqual({
      logToken: "tok",
      openaiApiKey: null,
      signingSecret: DEVELOPMENT_SIGNING_SECRET,
      signingUnavailable: null,
      notifications: {
        webhookSecret: null,
        slackWebhookUrl: null,
        discordWebhookUrl: null,
        telegramBotToken: null,
      },
    });
    expect(dev.config.SHOP_NAME).toBe("Taller");
    expect(Object.isFrozen(dev) && Object.isFrozen(dev.secrets) && Object.isFrozen(dev.config)).toBe(true);
    expect(parseSettings({ SIGNING_SECRET: " k " }).secrets.signingSecret).toBe("k");
  });

  it("falls back to the published development signing key in development and test only", () => {
    for (const ENVIRONMENT of ["development", "test"]) {
      expect(parseSettings({ ENVIRONMENT }).secrets).toMatchObject({
        signingSecret: DEVELOPMENT_SIGNING_SECRET,
        signingUnavailable: null,
      });
    }
    for (const ENVIRONMENT of ["staging", "production"]) {
      const { secrets } = parseSettings({ ENVIRONMENT, SIGNING_SECRET: "  " });
      expect(secrets.signingSecret, ENVIRONMENT).toBeNull();
      // Why, in words the 503s and /api/health can pass on.
      expect(secrets.signingUnavailable).toMatch(/SIGNING_SECRET is not set/);
      expect(secrets.signingUnavailable).toContain(`ENVIRONMENT=${ENVIRONMENT}`);
      expect(secrets.signingUnavailable).toMatch(/only development and test/);
      // A real secret is used as given, wherever it is set.
      expect(parseSettings({ ENVIRONMENT, SIGNING_SECRET: "real" }).secrets).toMatchObject({
        signingSecret: "real",
        signingUnavailable: null,
      });
    }
    // An ENVIRONMENT nobody planned for never reaches the fallback: it fails, naming the variable.
    expect(() => parseSettings({ ENVIRONMENT: "qa" })).toThrow(/ENVIRONMENT/);
    expect(() => parseSettings({ ENVIRONMENT: "Production" })).toThrow(ConfigError);
  });

  it("parses an env once and hands back the same settings after", () => {
    const env = { RATE_LIMIT_PER_MINUTE: "7" };
    const first = settings(env);
    expect(settings(env)).toBe(first);
    expect(settings({ RATE_LIMIT_PER_MINUTE: "7" })).not.toBe(first);
  });
});
