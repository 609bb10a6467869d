import { describe, expect, it } from "vitest";
import { KNOWLEDGE_BASE, problemsForDevice } from "../../../src/lib/knowledge-base";
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

  it("offers first the problems with steps written for the device, then the generic ones", () => {
    const specific = new Set(KNOWLEDGE_BASE.map((e) => `${e.device}/${e.problem}`));
    for (const device of DEVICE_IDS) {
      const offered = problemsForDevice(device).filter((p) => p !== "other");
      const written = offered.map((p) => specific.has(`${device}/${p}`));
      // Once a generic-only problem is offered, no device-specific one may follow it.
      const firstGeneric = written.indexOf(false);
      if (firstGeneric >= 0) expect(written.slice(firstGeneric), device).not.toContain(true);
      // Every problem written for the device is offered for it.
      for (const entry of KNOWLEDGE_BASE.filter((e) => e.device === device)) {
        expect(offered).toContain(entry.problem);
      }
    }
    // A printer's or a router's most common problem leads.
    expect(problemsForDevice("printer")[0]).toBe("printing");
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
