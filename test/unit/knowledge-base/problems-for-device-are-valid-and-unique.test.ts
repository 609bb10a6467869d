import { describe, expect, it } from "vitest";
import { problemsForDevice } from "../../../src/lib/knowledge-base";
import { DEVICE_IDS, PROBLEM_IDS } from "../../../src/protocol";

describe("problemsForDevice", () => {
  it("returns known problem ids without duplicates, ending with 'other', for every device and for null", () => {
    for (const device of [...DEVICE_IDS, null]) {
      const problems = problemsForDevice(device);
      expect(problems.length).toBeGreaterThan(1);
      for (const p of problems) expect(PROBLEM_IDS).toContain(p);
      expect(new Set(problems).size).toBe(problems.length);
      expect(problems.at(-1)).toBe("other");
    }
  });

  it("orders the most common problems first", () => {
    expect(problemsForDevice("printer")).toEqual(["printing", "no_power", "no_internet", "other"]);
    expect(problemsForDevice("notebook")).toEqual([
      "no_power",
      "no_boot",
      "slow",
      "display",
      "battery",
      "no_internet",
      "audio",
      "peripheral",
      "malware",
      "data",
      "account",
      "other",
    ]);
    expect(problemsForDevice("router")[0]).toBe("no_internet");
  });

  it("offers every problem when the device is unknown", () => {
    expect([...problemsForDevice(null)].sort()).toEqual([...PROBLEM_IDS].sort());
  });

  it("returns a fresh array that callers may change", () => {
    problemsForDevice("printer").push("battery");
    expect(problemsForDevice("printer")).not.toContain("battery");
  });
});
