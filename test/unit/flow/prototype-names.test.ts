import { describe, expect, it } from "vitest";
import { understandTurn } from "../../../src/lib/flow/engine";
import { parseAction } from "../../../src/lib/flow/signals";
import { detectLanguage, detectStepHelp, normalize, tokenize } from "../../../src/lib/understanding";

/**
 * Button values and typed words are looked up in tables. Names every plain object inherits
 * (`constructor`, `__proto__`, `toString`...) must find nothing there: they are unknown actions and
 * ordinary words, exactly like any other word the tables do not list.
 */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);
const NAMES = [...new Set([...INHERITED, ...INHERITED.map((n) => n.toLowerCase())])];
/** A word no table lists, to compare with. */
const UNKNOWN = "zzqxv";

describe("names of Object.prototype members", () => {
  it("covers the names the brief lists", () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      expect(NAMES).toContain(name);
    }
  });

  it("are not button values, alone or as an argument", () => {
    for (const name of NAMES) {
      for (const value of [
        name,
        `device:${name}`,
        `problem:${name}`,
        `lang:${name}`,
        `area:${name}`,
        `help:${name}`,
        `steps:${name}`,
        `consent:${name}`,
        `${name}:yes`,
      ]) {
        expect(parseAction(value), value).toBeNull();
      }
    }
  });

  it("are ordinary words to the normaliser: kept as typed (lower case), never replaced", () => {
    for (const name of NAMES) {
      const plain = name.toLowerCase().replaceAll("_", " ").trim();
      expect(normalize(name), name).toBe(normalize(plain));
      expect(normalize(`mi ${name} anda`), name).toBe(`mi ${normalize(plain)} anda`);
      expect(tokenize(name).join(" "), name).not.toMatch(/function|native code|object/i);
    }
  });

  it("weigh nothing for either language, so the other words decide", () => {
    for (const name of NAMES) {
      expect(detectLanguage(`hola ${name}`), name).toBe(detectLanguage(`hola ${UNKNOWN}`));
      expect(detectLanguage(`hello ${name}`), name).toBe(detectLanguage(`hello ${UNKNOWN}`));
      // Scores that would go wrong if added up as strings: a weak Spanish word, then a strong English one.
      expect(detectLanguage(`${name} si hello`), name).toBe(detectLanguage(`${UNKNOWN} si hello`));
      expect(detectLanguage(`${name} hola gracias ${name}`), name).toBe("es");
      expect(detectLanguage(`${name} hello thanks ${name}`), name).toBe("en");
    }
  });

  it("are neither step numbers nor ordinals", () => {
    for (const name of NAMES) {
      for (const text of [
        `paso ${name}`,
        `${name} paso`,
        `step ${name}`,
        `${name} step`,
        `ayuda paso ${name}`,
      ]) {
        expect(detectStepHelp(text), text).toBeNull();
      }
    }
  });

  it("mean to the flow what an unknown word means (no 'solved', no device, no problem)", () => {
    const unknown = understandTurn(UNKNOWN);
    for (const name of NAMES) {
      const u = understandTurn(name);
      expect([...u.intents], name).toEqual([...unknown.intents]);
      expect(u.device, name).toBe(unknown.device);
      expect(u.problem, name).toBe(unknown.problem);
      expect(u.vague, name).toBe(unknown.vague);
      expect(u.stepHelp, name).toBeNull();
      expect(u.language === null || typeof u.language === "string", name).toBe(true);
    }
  });
});
