/** Choosing the entry for a (device, problem) pair, and the problems worth offering for a device. */
import { type DeviceId, PROBLEM_IDS, type ProblemId } from "../../protocol";
import type { KbEntry } from "./types";

/** Devices close enough to share entries: the first sibling with an entry is used before the generic one. */
export const DEVICE_FAMILIES = {
  computer: ["notebook", "desktop"],
  mobile: ["phone", "tablet"],
  display: ["monitor", "tv"],
} as const satisfies Record<string, readonly DeviceId[]>;

export type DeviceFamily = keyof typeof DEVICE_FAMILIES;

/** The family of a device, if it has one. */
export function familyOf(device: DeviceId): DeviceFamily | undefined {
  for (const [family, members] of Object.entries(DEVICE_FAMILIES) as [DeviceFamily, readonly DeviceId[]][]) {
    if (members.includes(device)) return family;
  }
  return undefined;
}

/** Problems a device usually has, most common first. `null` (unknown device) gets every problem. */
const PROBLEMS_BY_DEVICE: Record<DeviceId, readonly ProblemId[]> = {
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
    "account",
    "other",
  ],
  desktop: [
    "no_power",
    "no_boot",
    "slow",
    "display",
    "no_internet",
    "audio",
    "peripheral",
    "malware",
    "data",
    "account",
    "other",
  ],
  phone: [
    "display",
    "battery",
    "no_power",
    "slow",
    "no_internet",
    "account",
    "data",
    "audio",
    "malware",
    "no_boot",
    "peripheral",
    "other",
  ],
  tablet: [
    "no_power",
    "battery",
    "display",
    "slow",
    "no_internet",
    "account",
    "audio",
    "data",
    "malware",
    "no_boot",
    "other",
  ],
  printer: ["printing", "no_power", "no_internet", "other"],
  router: ["no_internet", "slow", "no_power", "other"],
  tv: ["no_power", "display", "audio", "no_internet", "slow", "account", "other"],
  monitor: ["display", "no_power", "other"],
  peripheral: ["peripheral", "no_power", "audio", "other"],
  storage: ["peripheral", "data", "other"],
  console: ["no_power", "display", "no_internet", "peripheral", "account", "other"],
  other: [
    "no_power",
    "no_boot",
    "slow",
    "no_internet",
    "display",
    "audio",
    "battery",
    "printing",
    "peripheral",
    "data",
    "malware",
    "account",
    "other",
  ],
};

const ALL_PROBLEMS: readonly ProblemId[] = PROBLEMS_BY_DEVICE.other;

export function problemsForDevice(device: DeviceId | null): ProblemId[] {
  return [...(device === null ? ALL_PROBLEMS : PROBLEMS_BY_DEVICE[device])];
}

export interface StepLookup {
  lookupSteps(device: DeviceId | null, problem: ProblemId): KbEntry;
}

/**
 * Indexes the entries once and returns the lookup. Throws if a problem lacks a generic entry,
 * so a gap in the data fails at load time (and in the tests) instead of mid-conversation.
 */
export function createLookup(entries: readonly KbEntry[]): StepLookup {
  const byKey = new Map<string, KbEntry>();
  for (const entry of entries) {
    const key = keyOf(entry.device, entry.problem);
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  const generic = {} as Record<ProblemId, KbEntry>;
  for (const problem of PROBLEM_IDS) {
    const entry = byKey.get(keyOf(null, problem));
    if (!entry) throw new Error(`knowledge base: no generic entry for problem "${problem}"`);
    generic[problem] = entry;
  }
  return {
    lookupSteps(device, problem) {
      if (device === null) return generic[problem];
      const exact = byKey.get(keyOf(device, problem));
      if (exact) return exact;
      const family = familyOf(device);
      const siblings: readonly DeviceId[] = family ? DEVICE_FAMILIES[family] : [];
      for (const sibling of siblings) {
        const entry = byKey.get(keyOf(sibling, problem));
        if (entry) return entry;
      }
      return generic[problem];
    },
  };
}

const keyOf = (device: DeviceId | null, problem: ProblemId) => `${device ?? "*"}:${problem}`;
