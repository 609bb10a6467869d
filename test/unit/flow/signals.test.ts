import { describe, expect, it } from "vitest";
import { actionValue, parseAction } from "../../../src/lib/flow/signals";

describe("button action grammar", () => {
  it("round-trips every kind of signal", () => {
    for (const value of [
      "consent:yes",
      "consent:no",
      "lang:en",
      "name:skip",
      "device:notebook",
      "device:change",
      "problem:no_boot",
      "area:network",
      "help:3",
      "steps:solved",
      "steps:persists",
      "steps:simpler",
      "steps:more",
      "technician",
      "contact:yes",
      "contact:skip",
      "close",
      "restart",
      "back",
    ]) {
      const signal = parseAction(value);
      expect(signal, value).not.toBeNull();
      if (signal) expect(actionValue(signal)).toBe(value);
    }
  });

  it("rejects anything outside the grammar", () => {
    for (const value of [
      "",
      "device:toaster",
      "help:0",
      "help:10",
      "lang:fr",
      "consent:yes:1",
      "DROP",
      "problem:",
      "contact:no",
      "contact:",
    ]) {
      expect(parseAction(value), value).toBeNull();
    }
  });
});
