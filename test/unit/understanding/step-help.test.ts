import { describe, expect, it } from "vitest";
import { detectStepHelp } from "../../../src/lib/understanding";

describe("detectStepHelp", () => {
  it.each([
    ["ayuda paso 2", 2],
    ["ayuda con el paso 3", 3],
    ["help step 1", 1],
    ["explain step 4", 4],
    ["no entiendo el paso 2", 2],
    ["paso 5?", 5],
    ["el paso 2 no lo entiendo", 2],
    ["el segundo paso no lo entiendo", 2],
    ["cómo hago el paso tres", 3],
    ["what does step 3 mean", 3],
    ["I don't get step 9", 9],
  ] as const)("%s -> %i", (message, step) => {
    expect(detectStepHelp(message)).toBe(step);
  });

  it.each([
    "ya hice el paso 2 y sigue igual",
    "paso",
    "step 10",
    "paso 0",
    "no entiendo",
    "mi notebook no prende",
    "",
  ])("%j -> null", (message) => {
    expect(detectStepHelp(message)).toBeNull();
  });
});
