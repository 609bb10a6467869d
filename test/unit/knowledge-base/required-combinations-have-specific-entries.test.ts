import { expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../src/lib/knowledge-base";
import type { DeviceId, ProblemId } from "../../../src/protocol";

/** The combinations a repair shop sees every week: each needs steps written for that device. */
const REQUIRED: Partial<Record<DeviceId, ProblemId[]>> = {
  notebook: [
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
  ],
  desktop: ["no_power", "no_boot", "slow", "display", "no_internet", "audio", "peripheral"],
  phone: ["no_power", "slow", "display", "battery", "no_internet", "audio", "data", "account", "malware"],
  tablet: ["no_power", "display", "battery", "slow"],
  printer: ["printing", "no_power", "no_internet"],
  router: ["no_internet", "no_power"],
  tv: ["no_internet", "display", "audio", "no_power"],
  monitor: ["display", "no_power"],
  peripheral: ["peripheral", "no_power", "audio"],
  storage: ["peripheral", "data"],
  console: ["no_internet", "no_power", "display", "peripheral"],
};

it("has a device-specific entry for every commonly seen (device, problem) combination", () => {
  const have = new Set(KNOWLEDGE_BASE.map((e) => `${e.device}/${e.problem}`));
  const missing = Object.entries(REQUIRED).flatMap(([device, problems]) =>
    (problems ?? []).map((p) => `${device}/${p}`).filter((key) => !have.has(key)),
  );
  expect(missing).toEqual([]);
  expect(KNOWLEDGE_BASE.filter((e) => e.device !== null).length).toBeGreaterThanOrEqual(55);
});
