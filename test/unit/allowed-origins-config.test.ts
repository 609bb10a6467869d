import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config";

describe("WIDGET_ORIGINS", () => {
  it("defaults to none (same origin only)", () => {
    expect(parseConfig({}).WIDGET_ORIGINS).toEqual([]);
    expect(parseConfig({ WIDGET_ORIGINS: "" }).WIDGET_ORIGINS).toEqual([]);
    expect(parseConfig({ WIDGET_ORIGINS: " , " }).WIDGET_ORIGINS).toEqual([]);
  });

  it("reads comma-separated origins, spaces trimmed", () => {
    const config = parseConfig({ WIDGET_ORIGINS: "https://www.shop.example, http://127.0.0.1:8787 ," });
    expect(config.WIDGET_ORIGINS).toEqual(["https://www.shop.example", "http://127.0.0.1:8787"]);
  });

  it("refuses anything a browser would not send as Origin, naming the variable", () => {
    for (const bad of [
      "*",
      "https://shop.example/",
      "https://shop.example/widget",
      "shop.example",
      "https://Shop.example",
      "https://shop.example:443",
      "ftp://shop.example",
      "https://ok.example,null",
    ]) {
      expect(() => parseConfig({ WIDGET_ORIGINS: bad }), bad).toThrow(ConfigError);
      expect(() => parseConfig({ WIDGET_ORIGINS: bad }), bad).toThrow(/WIDGET_ORIGINS/);
    }
  });
});
