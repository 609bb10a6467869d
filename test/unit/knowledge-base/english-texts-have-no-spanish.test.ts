import { expect, it } from "vitest";
import { allTexts, isAcronym, words } from "./texts";

/** Common Spanish words that never appear in English prose. */
const SPANISH_STOP_WORDS = new Set([
  "el",
  "la",
  "los",
  "las",
  "que",
  "para",
  "por",
  "una",
  "con",
  "pero",
  "desde",
  "tu",
  "vos",
  "y",
  "es",
  "muy",
  "también",
  "cuando",
  "si",
]);

function spanishIn(text: string): string[] {
  const found = words(text).filter((w) => !isAcronym(w) && SPANISH_STOP_WORDS.has(w.toLowerCase()));
  const accents = text.match(/[áéíóúñ¿¡]/giu) ?? [];
  return [...found, ...accents];
}

it("recognises Spanish leftovers and accepts English", () => {
  expect(spanishIn("Check the cable para ver si anda")).toEqual(["para", "si"]);
  expect(spanishIn("If the LOS light is red, check the Joy-Con and press Del.")).toEqual([]);
});

it("keeps every English text free of Spanish words and Spanish-only characters", () => {
  const offending = allTexts().flatMap(({ where, en }) => {
    const found = spanishIn(en);
    return found.length > 0 ? [`${where}: ${found.join(", ")} in “${en}”`] : [];
  });
  expect(offending).toEqual([]);
});
