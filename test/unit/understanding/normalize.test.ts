import { describe, expect, it } from "vitest";
import { normalize, tokenize } from "../../../src/lib/understanding";

describe("normalize", () => {
  it.each([
    ["Mi Notebook NO PRENDE", "mi notebook no prende"],
    ["Teléfono, ¿qué pasó?", "telefono que paso"],
    ["¡¡Ayuda!! 😡😡 no anda...", "ayuda no anda"],
    ["lentooo", "lento"],
    ["siiii", "si"],
    ["holaaaa", "hola"],
    ["kompu", "compu"],
    ["ke ago", "que ago"],
    ["kiero ayuda", "quiero ayuda"],
    ["q onda", "que onda"],
    ["xq no anda", "porque no anda"],
    ["pq no anda", "porque no anda"],
    ["tmb se apaga", "tambien se apaga"],
    ["x favor", "por favor"],
    ["la pantaya esta asul", "la pantaya esta asul"],
    ["la pantalla está azul", "la pantalla esta asul"],
    ["ola, ay un problema", "hola hay un problema"],
    ["  muchos    espacios  ", "muchos espacios"],
    ["wi-fi", "wifi"],
    ["TP-Link", "tplink"],
    ["doesn't turn on", "doesnt turn on"],
    ["I’m Kate", "im kate"],
    ["año ñandú", "ano nandu"],
  ])("%j -> %j", (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it("keeps k in English words and brands", () => {
    expect(normalize("keyboard broken, kindle, notebook, hacked")).toBe(
      "keyboard broken kindle notebook hacked",
    );
  });

  it("keeps the letter x in model names", () => {
    expect(normalize("xbox series x")).toBe("xbox series x");
  });

  it("keeps digits", () => {
    expect(normalize("ps4 y la play 5")).toBe("ps4 y la play 5");
  });

  it("is idempotent", () => {
    for (const text of [
      "Kiero q me ayuden xq la kompu no prende!!!",
      "Blue screen on my laptop",
      "zapatilla",
    ]) {
      expect(normalize(normalize(text))).toBe(normalize(text));
    }
  });
});

describe("tokenize", () => {
  it("splits the normalised text on spaces", () => {
    expect(tokenize("¡Hola! La PC no prende...")).toEqual(["hola", "la", "pc", "no", "prende"]);
  });

  it("returns no tokens for empty or symbol-only text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize("?!... 👍")).toEqual([]);
  });
});
