import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, parseSettings, settings } from "../../src/config";

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

  it("reads secrets into the same frozen settings: trimmed, blank is unset, a dev-only signing key", () => {
    const dev = parseSettings({ LOG_TOKEN: "  tok  ", OPENAI_API_KEY: "   ", SHOP_NAME: "Taller" });
    expect(dev.secrets).toEqual({
      logToken: "tok",
      openaiApiKey: null,
      signingSecret: expect.stringContaining("development"),
    });
    expect(dev.config.SHOP_NAME).toBe("Taller");
    expect(Object.isFrozen(dev) && Object.isFrozen(dev.secrets) && Object.isFrozen(dev.config)).toBe(true);
    const prod = parseSettings({ ENVIRONMENT: "production" });
    expect(prod.secrets).toEqual({ logToken: null, openaiApiKey: null, signingSecret: null });
    expect(parseSettings({ SIGNING_SECRET: " k " }).secrets.signingSecret).toBe("k");
  });

  it("parses an env once and hands back the same settings after", () => {
    const env = { RATE_LIMIT_PER_MINUTE: "7" };
    const first = settings(env);
    expect(settings(env)).toBe(first);
    expect(settings({ RATE_LIMIT_PER_MINUTE: "7" })).not.toBe(first);
  });
});
