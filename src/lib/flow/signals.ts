import {
  DEVICE_IDS,
  type DeviceId,
  LANGUAGES,
  type Language,
  PROBLEM_IDS,
  type ProblemId,
} from "../../protocol";
import { AREA_IDS, type AreaId } from "./state";

/**
 * What a user's turn means to the flow, whether it came from a button or from typed text.
 * Buttons carry these as `value` strings (see `actionValue`), so the widget, ops scripts and the
 * engine share one small grammar.
 */
export type Signal =
  | { type: "consent"; accept: boolean }
  | { type: "language"; language: Language }
  | { type: "skip_name" }
  | { type: "device"; device: DeviceId }
  | { type: "problem"; problem: ProblemId }
  | { type: "area"; area: AreaId }
  | { type: "solved" }
  | { type: "persists" }
  | { type: "help_step"; step: number }
  | { type: "simpler" }
  | { type: "more_steps" }
  | { type: "technician" }
  /** After the hand-off: leave a phone or email for the shop (`give`), or go on without. */
  | { type: "contact"; give: boolean }
  | { type: "close" }
  | { type: "restart" }
  | { type: "back" }
  | { type: "change_device" };

const includes = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

/** A Map, not an object literal: a value such as "constructor" must find nothing inherited. */
const SIMPLE_ACTIONS = new Map<string, Signal>(
  Object.entries({
    "consent:yes": { type: "consent", accept: true },
    "consent:no": { type: "consent", accept: false },
    "name:skip": { type: "skip_name" },
    "steps:solved": { type: "solved" },
    "steps:persists": { type: "persists" },
    "steps:simpler": { type: "simpler" },
    "steps:more": { type: "more_steps" },
    technician: { type: "technician" },
    "contact:yes": { type: "contact", give: true },
    "contact:skip": { type: "contact", give: false },
    close: { type: "close" },
    restart: { type: "restart" },
    back: { type: "back" },
    "device:change": { type: "change_device" },
  } satisfies Record<string, Signal>),
);

/** Parses a button value; `null` for anything outside the grammar (the route answers 400). */
export function parseAction(value: string): Signal | null {
  const simple = SIMPLE_ACTIONS.get(value);
  if (simple) return simple;
  const [kind, arg, extra] = value.split(":");
  if (extra !== undefined) return null;
  if (kind === "lang" && includes(LANGUAGES, arg)) return { type: "language", language: arg };
  if (kind === "device" && includes(DEVICE_IDS, arg)) return { type: "device", device: arg };
  if (kind === "problem" && includes(PROBLEM_IDS, arg)) return { type: "problem", problem: arg };
  if (kind === "area" && includes(AREA_IDS, arg)) return { type: "area", area: arg };
  if (kind === "help" && arg && /^[1-9]$/.test(arg)) return { type: "help_step", step: Number(arg) };
  return null;
}

/** The button value for a signal; the inverse of `parseAction`. */
export function actionValue(signal: Signal): string {
  switch (signal.type) {
    case "consent":
      return signal.accept ? "consent:yes" : "consent:no";
    case "language":
      return `lang:${signal.language}`;
    case "skip_name":
      return "name:skip";
    case "device":
      return `device:${signal.device}`;
    case "problem":
      return `problem:${signal.problem}`;
    case "area":
      return `area:${signal.area}`;
    case "solved":
      return "steps:solved";
    case "persists":
      return "steps:persists";
    case "help_step":
      return `help:${signal.step}`;
    case "simpler":
      return "steps:simpler";
    case "more_steps":
      return "steps:more";
    case "change_device":
      return "device:change";
    case "contact":
      return signal.give ? "contact:yes" : "contact:skip";
    default:
      return signal.type;
  }
}
