import { describe, expect, it } from "vitest";
import { extractName } from "../../../src/lib/understanding";
import { MAX_NAME_CHARS } from "../../../src/protocol";

/**
 * A name the conversation keeps is bounded: at most MAX_NAME_CHARS characters (the limit an admin's
 * manual ticket has), and no letter buried under combining marks ("zalgo" text, which passes every
 * per-word check on its base letters). Such a message is not taken as a name: the flow asks again.
 */

const zalgo = (word: string, marks: number) => `${word}${"\u0301".repeat(marks)}`;

describe("names have a length bound", () => {
  const refused: [string, "answer" | "embedded", string][] = [
    ["'Ana' under 500 acute accents", "answer", zalgo("Ana", 500)],
    ["'Ana' under 1,990 acute accents", "answer", zalgo("Ana", 1990)],
    [
      "'soy Ana' under 1,990 accents inside a message",
      "embedded",
      `soy ${zalgo("Ana", 1990)}, mi notebook no prende`,
    ],
    [
      "'soy Ana' under 120 accents inside a message",
      "embedded",
      `soy ${zalgo("Ana", 120)}, mi notebook no prende`,
    ],
    ["three marks on one letter", "answer", zalgo("Ana", 3)],
    ["four marks on the surname's last letter", "answer", `Ana ${zalgo("Lopez", 4)}`],
  ];
  it.each(refused)("%s is not a name", (_, mode, text) => {
    const result = extractName(text, mode);
    expect(result.ok, JSON.stringify(result).slice(0, 80)).toBe(false);
  });

  it("names near the bound still count, with marks real names use (up to two on a letter)", () => {
    expect(extractName("Nguyễn", "answer")).toEqual({ ok: true, name: "Nguyễn" });
    expect(extractName("Nguye\u0302\u0303n", "answer")).toEqual({ ok: true, name: "Nguye\u0302\u0303n" });
    expect(extractName("María de los Ángeles", "answer")).toEqual({ ok: true, name: "María de los Ángeles" });
    const long = "Maximiliana Bartolomea Constantina";
    expect(extractName(long, "answer")).toEqual({ ok: true, name: long });
  });

  it("every accepted name, from any message, is at most MAX_NAME_CHARS long", () => {
    const words = ["Ana", zalgo("María", 2), "Constantinopla", zalgo("Lu", 40), "de", "la", "Torre"];
    let seed = 3;
    const pick = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return words[seed % words.length] ?? "Ana";
    };
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + (i % 5) }, pick).join(" ");
      for (const mode of ["answer", "embedded"] as const) {
        const result = extractName(mode === "embedded" ? `soy ${text}, no prende` : text, mode);
        if (result.ok) expect(result.name.length, result.name).toBeLessThanOrEqual(MAX_NAME_CHARS);
      }
    }
  });
});
