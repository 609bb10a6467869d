/** Shapes of the vocabulary tables in `data/` (see `pattern.ts` for the phrase syntax). */
import type { DeviceId, ProblemId } from "../../protocol";

/** Words that turn a verb into a complaint: "no prende", "won't turn on". */
export const NEG =
  "no|nunca|ni|=not|doesnt|=dont|=wont|=cant|cannot|didnt|=isnt|wouldnt|couldnt|never|=aint|=arent";

export interface DeviceGroup {
  device: DeviceId;
  /** 3 names the device outright, 2 implies it, 1.5 is a maker that sells several kinds. */
  weight: number;
  terms: readonly string[];
  /** Other devices the same word may mean ("compu" may be a notebook). */
  alt?: readonly DeviceId[];
  /** A maker's name: weak evidence that never refines an ambiguous word. */
  brand?: boolean;
  /** A part or accessory; when one of `hosts` is also named, the host is the device. */
  component?: { kind: ComponentKind; hosts: readonly DeviceId[] };
}

export type ComponentKind = "input" | "audio";

/** "vague": something is wrong but not what; "block": a phrase that cancels the words inside it. */
export type ProblemLabel = ProblemId | "vague" | "block";

/** What a problem phrase is read against: the device, or the kind of accessory mentioned. */
export type DeviceContext = DeviceId | ComponentKind;

export interface ProblemGroup {
  problem: ProblemLabel;
  weight: number;
  terms: readonly string[];
  /** The problem this phrase means for a given device or accessory ("no conecta" + mouse -> peripheral). */
  byDevice?: Partial<Record<DeviceContext, ProblemId>>;
  /** "la pc no reconoce el pendrive": a device named after this phrase is the one at fault. */
  patient?: boolean;
}

/** How a generic complaint ("no anda", "not working") reads once the device is known. */
export const GENERIC_BY_DEVICE: Partial<Record<DeviceContext, ProblemId>> = {
  input: "peripheral",
  audio: "audio",
  peripheral: "peripheral",
  storage: "peripheral",
  printer: "printing",
  router: "no_internet",
  monitor: "display",
};
