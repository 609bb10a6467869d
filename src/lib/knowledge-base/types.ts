/**
 * Shapes of the diagnostic knowledge base: typed data, validated by `schema.ts` in the tests.
 * Spanish texts use rioplatense voseo ("Probá", "Fijate"); English texts are plain and natural.
 */
import type { DeviceId, ProblemId } from "../../protocol";

export interface LocalizedText {
  es: string;
  en: string;
}

/** One step the user can follow, in three levels of detail. */
export interface KbStep {
  /** One concise, concrete instruction in the imperative (<= 160 chars). */
  text: LocalizedText;
  /** A fuller explanation of the same step for "Ayuda paso N": how, where to look, what to expect (<= 500 chars). */
  help: LocalizedText;
  /** The same step in plain words for a non-technical person, no jargon (<= 200 chars). */
  simple: LocalizedText;
}

export interface KbEntry {
  /** `null` marks the generic entry for the problem, used for any device without a more specific one. */
  device: DeviceId | null;
  problem: ProblemId;
  /** Shown after "Vamos con esto:", e.g. "Notebook que no enciende". */
  title: LocalizedText;
  /** 3-4 quick, safe steps a user can do alone, the most likely fix first. */
  quick: KbStep[];
  /** 2-4 more advanced (still safe) steps, offered when the quick ones didn't help. */
  advanced: KbStep[];
  /** Optional warning shown under the steps (swollen battery, burning smell, backups before a reset...). */
  safety?: LocalizedText;
}

export type AreaId = "hardware" | "software" | "network" | "account" | "printer";

export interface Area {
  id: AreaId;
  label: LocalizedText;
  problems: ProblemId[];
}
