/** Natural-language understanding for the chat: pure functions, no I/O, vocabulary compiled at load. */
export { type Detection, detect } from "./detect";
export { fuzzyEquals } from "./fuzzy";
export { detectIntents, detectLanguage, detectSensitive, detectStepHelp, type Intent } from "./intents";
export { extractName, type NameResult } from "./name";
export { normalize, tokenize } from "./normalize";
