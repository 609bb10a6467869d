import { expect, it } from "vitest";
import { effectiveSmartMode } from "../../src/lib/smart/mode";

it("prefers the KV flag, then the var, and is always off without an API key", () => {
  expect(effectiveSmartMode({ kvValue: "false", varEnabled: true, hasApiKey: true })).toEqual({
    enabled: false,
    source: "kv",
  });
  expect(effectiveSmartMode({ kvValue: "TRUE ", varEnabled: false, hasApiKey: true })).toEqual({
    enabled: true,
    source: "kv",
  });
  expect(effectiveSmartMode({ kvValue: null, varEnabled: false, hasApiKey: true })).toEqual({
    enabled: false,
    source: "var",
  });
  expect(effectiveSmartMode({ kvValue: "maybe", varEnabled: true, hasApiKey: true }).source).toBe("var");
  expect(effectiveSmartMode({ kvValue: "true", varEnabled: true, hasApiKey: false })).toEqual({
    enabled: false,
    source: "no_key",
  });
});
