import { describe, expect, it } from "vitest";
import { DEVICE_FAMILIES, familyOf, KNOWLEDGE_BASE, lookupSteps } from "../../../src/lib/knowledge-base";
import { DEVICE_IDS, PROBLEM_IDS } from "../../../src/protocol";

const has = (device: string | null, problem: string) =>
  KNOWLEDGE_BASE.some((e) => e.device === device && e.problem === problem);

describe("lookupSteps", () => {
  it("returns the exact (device, problem) entry when there is one", () => {
    expect(lookupSteps("notebook", "no_power")).toMatchObject({ device: "notebook", problem: "no_power" });
    expect(lookupSteps("printer", "printing")).toMatchObject({ device: "printer", problem: "printing" });
  });

  it("falls back to a sibling in the device's family", () => {
    expect(has("tablet", "no_internet")).toBe(false);
    expect(lookupSteps("tablet", "no_internet")).toMatchObject({ device: "phone", problem: "no_internet" });
    expect(has("desktop", "malware")).toBe(false);
    expect(lookupSteps("desktop", "malware")).toMatchObject({ device: "notebook", problem: "malware" });
    expect(has("monitor", "audio")).toBe(false);
    expect(lookupSteps("monitor", "audio")).toMatchObject({ device: "tv", problem: "audio" });
  });

  it("falls back to the generic entry when neither the device nor its family has one", () => {
    expect(lookupSteps("router", "audio")).toMatchObject({ device: null, problem: "audio" });
    expect(lookupSteps("other", "no_power")).toMatchObject({ device: null, problem: "no_power" });
    expect(lookupSteps("printer", "other")).toMatchObject({ device: null, problem: "other" });
  });

  it("uses the generic entry when the device is unknown (null)", () => {
    for (const problem of PROBLEM_IDS) {
      expect(lookupSteps(null, problem)).toMatchObject({ device: null, problem });
    }
  });

  it("always answers with the asked problem, from the device, its family or the generic entry", () => {
    for (const device of DEVICE_IDS) {
      const family = familyOf(device);
      const siblings: readonly string[] = family ? DEVICE_FAMILIES[family] : [];
      for (const problem of PROBLEM_IDS) {
        const entry = lookupSteps(device, problem);
        expect(entry.problem).toBe(problem);
        if (has(device, problem)) expect(entry.device).toBe(device);
        else if (siblings.some((s) => has(s, problem))) expect(siblings).toContain(entry.device);
        else expect(entry.device).toBeNull();
      }
    }
  });
});
