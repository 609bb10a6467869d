import type { DeviceId, Language, ProblemId } from "../../protocol";
import {
  detect,
  detectIntents,
  detectLanguage,
  detectSensitive,
  detectStepHelp,
  extractName,
  type Intent,
  tokenize,
} from "../understanding";

/** Everything the flow needs to know about one typed message, computed once per turn. */
export interface Understood {
  text: string;
  intents: Set<Intent>;
  device: DeviceId | null;
  deviceAlternatives: DeviceId[];
  problem: ProblemId | null;
  vague: boolean;
  language: Language | null;
  sensitive: boolean;
  stepHelp: number | null;
  /** A name stated inside a longer message ("soy Ana, mi notebook no prende"). */
  embeddedName: string | null;
  /** Short messages are commands ("volver", "english"); long ones are descriptions. */
  short: boolean;
}

export function understandTurn(text: string): Understood {
  const detection = detect(text);
  const embedded = extractName(text, "embedded");
  return {
    text,
    intents: detectIntents(text),
    device: detection.device,
    deviceAlternatives: detection.deviceCandidates.filter((d) => d !== detection.device),
    problem: detection.problem,
    vague: detection.vague,
    language: detectLanguage(text),
    sensitive: detectSensitive(text),
    stepHelp: detectStepHelp(text),
    embeddedName: embedded.ok ? embedded.name : null,
    short: tokenize(text).length <= 4,
  };
}

/** Whether the message describes the user's situation (a device, a problem, or a vague complaint). */
export function hasContent(u: Understood): boolean {
  return u.device !== null || u.problem !== null || u.vague;
}
