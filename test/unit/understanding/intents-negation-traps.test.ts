import { describe, expect, it } from "vitest";
import { detectIntents } from "../../../src/lib/understanding";

describe("detectIntents does not fall for negations and look-alikes", () => {
  it.each(["no prende", "no enciende", "no tengo sonido", "no anda el wifi", "no me reconoce el pendrive"])(
    "the 'no' in %j is not a refusal",
    (message) => {
      expect(detectIntents(message).has("no")).toBe(false);
    },
  );

  it.each(["no funcionó", "no funciono nada", "no se arregló", "no está funcionando", "todavía no anda"])(
    "%j persists, it is neither a refusal nor solved",
    (message) => {
      const intents = detectIntents(message);
      expect(intents.has("persists")).toBe(true);
      expect(intents.has("no")).toBe(false);
      expect(intents.has("solved")).toBe(false);
    },
  );

  it("does not read a refusal into a 'yes, but'", () => {
    const intents = detectIntents("si pero sigue igual");
    expect(intents.has("yes")).toBe(false);
    expect(intents.has("persists")).toBe(true);
  });

  it("does not take a greeting followed by a problem as a bare greeting", () => {
    expect(detectIntents("hola, mi notebook no prende").has("greeting")).toBe(false);
  });

  it("does not restart the chat when the user restarts a device", () => {
    expect(detectIntents("reiniciar la compu").has("restart")).toBe(false);
    expect(detectIntents("se reinicia sola").has("restart")).toBe(false);
  });

  it("does not skip on 'paso' inside a sentence", () => {
    expect(detectIntents("que paso?").has("skip")).toBe(false);
    expect(detectIntents("ayuda con el paso 2").has("skip")).toBe(false);
  });

  it("does not call a technician for a profession or a hacked app", () => {
    expect(detectIntents("soy técnico").has("technician")).toBe(false);
    expect(detectIntents("me hackearon el whatsapp").has("technician")).toBe(false);
    expect(detectIntents("no tengo sonido en el phone").has("technician")).toBe(false);
  });

  it("does not see frustration in a device that does not work", () => {
    expect(detectIntents("el mouse no sirve").has("frustration")).toBe(false);
  });

  it("does not go back on 'volver a' + verb", () => {
    expect(detectIntents("volver a instalar").has("back")).toBe(false);
  });
});
