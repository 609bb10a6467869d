import { describe, expect, it } from "vitest";
import { detectIntents, type Intent } from "../../../src/lib/understanding";

const cases: Record<Intent, string[]> = {
  greeting: [
    "hola",
    "Hola!! buenas tardes",
    "buen día",
    "buenas",
    "hello",
    "hi",
    "hey there",
    "good morning",
    "holaa, como estas?",
  ],
  yes: [
    "si",
    "sí",
    "Sí, acepto",
    "dale",
    "ok",
    "de una",
    "claro",
    "yes",
    "sure",
    "accept",
    "I agree",
    "sii dale",
  ],
  no: ["no", "nop", "No, gracias", "no acepto", "rechazo", "decline", "nope", "no thanks", "claro que no"],
  restart: [
    "reiniciar",
    "empezar de nuevo",
    "volver a empezar",
    "start over",
    "restart",
    "new conversation",
    "nueva consulta",
  ],
  back: ["volver", "atrás", "go back", "back", "volver atrás", "paso anterior"],
  solved: [
    "lo pude solucionar",
    "ya funciona",
    "se arregló!",
    "ya anda",
    "funcionó",
    "it works now",
    "fixed",
    "solved, thanks",
  ],
  persists: [
    "sigue igual",
    "el problema persiste",
    "no funcionó",
    "still not working",
    "didn't work",
    "todavía no anda",
  ],
  technician: [
    "quiero hablar con un técnico",
    "una persona por favor",
    "humano",
    "talk to a human",
    "can I speak to an agent",
    "whatsapp",
    "me pasás por whatsapp?",
  ],
  simpler: [
    "no entiendo",
    "más simple",
    "explicame mejor",
    "i don't understand",
    "simpler please",
    "es muy complicado",
  ],
  more_steps: ["más pasos", "otra cosa", "qué más puedo hacer?", "more steps", "what else", "other options?"],
  frustration: [
    "esto no sirve",
    "ya probé todo",
    "no me ayudás",
    "inútil",
    "this is useless",
    "i already tried everything",
    "bot de mierda",
  ],
  thanks: ["gracias", "muchas gracias!", "thank you", "thanks", "genio"],
  goodbye: ["chau", "adiós", "bye", "hasta luego", "nos vemos"],
  skip: ["prefiero no decirlo", "paso", "skip", "rather not say", "no quiero decirlo"],
  lang_es: ["español", "castellano", "spanish", "en español por favor"],
  lang_en: ["english", "inglés", "ingles", "en ingles", "in english please"],
};

describe("detectIntents finds each intent", () => {
  for (const [intent, messages] of Object.entries(cases)) {
    it.each(messages)(`${intent}: %s`, (message) => {
      expect(detectIntents(message).has(intent as Intent)).toBe(true);
    });
  }
});

describe("detectIntents on mixed messages", () => {
  it("finds several intents at once", () => {
    expect(detectIntents("ok, gracias")).toEqual(new Set(["yes", "thanks"]));
    expect(detectIntents("gracias, chau")).toEqual(new Set(["thanks", "goodbye"]));
  });

  it("finds nothing in a plain problem description", () => {
    expect(detectIntents("mi notebook no prende").size).toBe(0);
    expect(detectIntents("la impresora imprime en blanco").size).toBe(0);
  });

  it("finds nothing in empty text", () => {
    expect(detectIntents("").size).toBe(0);
  });

  it("takes a leading yes with a short remark", () => {
    expect(detectIntents("sí, la notebook").has("yes")).toBe(true);
  });
});
