import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config";

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
});
