import { describe, expect, it } from "vitest";
import { fuzzyEquals } from "../../../src/lib/understanding";

describe("fuzzyEquals", () => {
  it.each([
    ["impresra", "impresora"],
    ["teclao", "teclado"],
    ["screan", "screen"],
    ["notbook", "notebook"],
    ["internett", "internet"],
    ["signall", "signal"],
    ["chargng", "charging"],
    ["mous", "mouse"],
    ["celualr", "celular"],
    ["pantlala", "pantalla"],
  ])("%s is a typo of %s", (typo, word) => {
    expect(fuzzyEquals(typo, word)).toBe(true);
    expect(fuzzyEquals(word, typo)).toBe(true);
  });

  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(fuzzyEquals("sonido", "snoido")).toBe(true);
  });

  it("allows no edits for words of up to three letters", () => {
    expect(fuzzyEquals("pc", "pc")).toBe(true);
    expect(fuzzyEquals("pc", "ps")).toBe(false);
    expect(fuzzyEquals("tv", "tb")).toBe(false);
    expect(fuzzyEquals("sol", "sal")).toBe(false);
  });

  it("allows one edit for four to six letters", () => {
    expect(fuzzyEquals("lento", "lenta")).toBe(true);
    expect(fuzzyEquals("lento", "lindo")).toBe(false);
  });

  it("allows two edits from seven letters on", () => {
    expect(fuzzyEquals("computadora", "compuadra")).toBe(true);
    expect(fuzzyEquals("notebook", "notbuk")).toBe(false);
  });

  it("rejects unrelated words", () => {
    expect(fuzzyEquals("impresora", "pantalla")).toBe(false);
    expect(fuzzyEquals("router", "mouse")).toBe(false);
  });
});
