import { describe, expect, it } from "vitest";
import { extractName } from "../../../src/lib/understanding";

describe("extractName in answer mode", () => {
  it.each([
    ["Ana", "Ana"],
    ["ana lopez", "Ana Lopez"],
    ["ANA LÓPEZ", "Ana López"],
    ["Ana López", "Ana López"],
    ["me llamo Ana", "Ana"],
    ["soy Juan Pablo", "Juan Pablo"],
    ["Mi nombre es María José", "María José"],
    ["hola, soy Ana", "Ana"],
    ["I'm Tom", "Tom"],
    ["my name is Ann Lee", "Ann Lee"],
    ["jean-luc", "Jean-Luc"],
    ["o'brien", "O'Brien"],
    ["María de los Ángeles", "María de los Ángeles"],
    ["Pedro!", "Pedro"],
    ["me llamo carlos, gracias", "Carlos"],
    ["Tina", "Tina"],
    ["Luz", "Luz"],
  ])("%j -> %j", (message, name) => {
    expect(extractName(message, "answer")).toEqual({ ok: true, name });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["hola", "greeting"],
    ["Buenas tardes", "greeting"],
    ["notebook", "tech_word"],
    ["impresora", "tech_word"],
    ["wifi", "tech_word"],
    ["asdf", "troll"],
    ["xxx", "troll"],
    ["asdfgh", "troll"],
    ["ajsdkajsd", "troll"],
    ["tu vieja", "troll"],
    ["123", "troll"],
    ["boludo", "troll"],
    ["estoy cansado", "not_a_name"],
    ["si", "not_a_name"],
    ["Juan Pablo Martín Gómez", "too_many_words"],
    ["mi notebook no prende nunca", "too_many_words"],
  ] as const)("%j is rejected as %s", (message, reason) => {
    expect(extractName(message, "answer")).toEqual({ ok: false, reason });
  });
});
