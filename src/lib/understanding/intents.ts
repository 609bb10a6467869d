/** Conversation-control intents ("sí", "volver", "quiero hablar con un técnico", ...). */
import { INTENT_PHRASES, type Intent } from "./data/intent-phrases";
import { tokenize } from "./normalize";
import { Lexicon } from "./pattern";

export type { Intent } from "./data/intent-phrases";
export { detectLanguage } from "./language";
export { detectSensitive } from "./sensitive";
export { detectStepHelp } from "./step-help";

type Tag = { intent: Intent | "filler" | "block"; whole: boolean };

const lexicon = new Lexicon<Tag>();
for (const group of INTENT_PHRASES) {
  const tag: Tag = { intent: group.intent, whole: group.whole === true };
  for (const term of group.terms) lexicon.add(term, tag, 1);
}

/** Intents that may share a "whole" message with another one ("hola, gracias", "sí, dale, gracias"). */
const COURTESY = new Set<Tag["intent"]>(["filler", "greeting", "thanks", "goodbye"]);
const NEGATIONS = new Set([
  "no",
  "not",
  "todavia",
  "aun",
  "nunca",
  "never",
  "didnt",
  "doesnt",
  "isnt",
  "still",
  "tampoco",
]);
const CONTRAST = new Set(["no", "not", "pero", "but", "nunca", "never", "tampoco", "sin"]);
/** "Sí, la notebook": a leading yes still counts with this many other words, if none of them negates. */
const YES_SLACK = 2;

/**
 * All intents found in the message. Refusals, greetings, "paso" and the like count only when they
 * are essentially the whole message, so the "no" in "no prende" is not a refusal.
 */
export function detectIntents(text: string): Set<Intent> {
  const tokens = tokenize(text);
  const found = new Set<Intent>();
  if (tokens.length === 0) return found;
  const hits = lexicon.scan(tokens);
  const cover: Set<Tag["intent"]>[] = tokens.map(() => new Set());
  for (const hit of hits) {
    if (hit.value.intent === "block") continue;
    for (const index of hit.indices) cover[index]?.add(hit.value.intent);
  }
  const essentially = (intent: Intent) =>
    cover.every((set) => set.has(intent) || [...set].some((other) => COURTESY.has(other)));

  for (const hit of hits) {
    const { intent, whole } = hit.value;
    if (intent === "block" || intent === "filler") continue;
    if (intent === "solved" && negatedBefore(tokens, hit.indices[0] ?? 0)) {
      found.add("persists");
    } else if (!whole || essentially(intent)) {
      found.add(intent);
    } else if (intent === "yes" && hit.indices[0] === 0 && lenientYes(tokens, cover)) {
      found.add(intent);
    }
  }
  return found;
}

function negatedBefore(tokens: string[], start: number): boolean {
  for (let i = Math.max(0, start - 2); i < start; i++) if (NEGATIONS.has(tokens[i] ?? "")) return true;
  return false;
}

function lenientYes(tokens: string[], cover: Set<Tag["intent"]>[]): boolean {
  if (tokens.some((token) => CONTRAST.has(token))) return false;
  return cover.filter((set) => set.size === 0).length <= YES_SLACK;
}
