import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/lib/understanding";

describe("detectLanguage", () => {
  it.each([
    "hola",
    "gracias",
    "mi notebook no prende",
    "el celu esta re lento",
    "laptop re caliente",
    "wifii débil",
    "¿qué hago?",
    "no tengo sonido",
  ])("%s is Spanish", (message) => {
    expect(detectLanguage(message)).toBe("es");
  });

  it.each([
    "hello",
    "thanks",
    "my laptop wont turn on",
    "Mous moves by itself",
    "Batery not chargng.",
    "the modem has no internett light",
    "I suspect malware or virus infection",
  ])("%s is English", (message) => {
    expect(detectLanguage(message)).toBe("en");
  });

  it.each(["", "ok", "pc", "Dell Inspiron 15", "Ana", "👍"])("%j is not clearly either", (message) => {
    expect(detectLanguage(message)).toBeNull();
  });
});
