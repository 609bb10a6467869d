/**
 * The diagnostic knowledge base: step-by-step guides per (device, problem), with labels for the UI.
 * Pure data and pure functions; the entries live in `data/`, one file per device family and topic.
 */
import type { DeviceId, ProblemId } from "../../protocol";
import { ENTRIES } from "./data";
import { createLookup } from "./lookup";
import type { KbEntry } from "./types";

export { AREAS, DEVICE_LABELS, PROBLEM_LABELS } from "./labels";
export { DEVICE_FAMILIES, type DeviceFamily, familyOf, problemsForDevice } from "./lookup";
export type { Area, AreaId, KbEntry, KbStep, LocalizedText } from "./types";

export const KNOWLEDGE_BASE: readonly KbEntry[] = ENTRIES;

const lookup = createLookup(KNOWLEDGE_BASE);

/**
 * The most specific entry for a problem: the device's own; else a sibling's in its family
 * (computer = notebook + desktop, mobile = phone + tablet, display = monitor + tv); else the
 * generic entry for the problem. A `null` device gets the generic entry.
 */
export function lookupSteps(device: DeviceId | null, problem: ProblemId): KbEntry {
  return lookup.lookupSteps(device, problem);
}
