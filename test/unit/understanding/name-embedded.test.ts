import { describe, expect, it } from "vitest";
import { extractName } from "../../../src/lib/understanding";

describe("extractName in embedded mode", () => {
  it.each([
    ["soy Ana, mi notebook no prende", "Ana"],
    ["me llamo Pedro y la impresora no imprime", "Pedro"],
    ["hi, I'm Kate and my laptop won't start", "Kate"],
    ["hola soy ana y no me anda el wifi", "Ana"],
    ["Soy Maria Laura, tengo un problema", "Maria Laura"],
    ["mi nombre es Lucía y tengo una consulta", "Lucía"],
    ["hola! soy Juan", "Juan"],
    ["my name is ann and my printer is offline", "Ann"],
  ])("%j -> %j", (message, name) => {
    expect(extractName(message, "embedded")).toEqual({ ok: true, name });
  });

  it.each([
    "soy de Rosario",
    "soy técnico",
    "estoy cansado",
    "I'm having a problem",
    "soy nuevo en esto",
    "I'm stuck",
    "soy muy malo con la tecnología",
    "mi notebook no prende",
    "ya probé todo",
    "Ana",
  ])("finds no name in %j", (message) => {
    expect(extractName(message, "embedded").ok).toBe(false);
  });
});
