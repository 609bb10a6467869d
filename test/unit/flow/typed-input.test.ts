import { describe, expect, it } from "vitest";
import { runTurn, type TurnInput } from "../../../src/lib/flow/engine";
import type { SessionState } from "../../../src/lib/flow/state";

const shop = { name: "STI", contact: "info@sti.example" };

/** Plays typed messages through the pure engine, returning each turn's result. */
function play(messages: string[], start: SessionState | null = null) {
  let state = start;
  return messages.map((text) => {
    const input: TurnInput = { kind: "text", text };
    const result = runTurn(state, input, shop);
    state = result.state;
    return result;
  });
}

// The replaced system once ignored typed text after the name step for weeks: cover every stage.
describe("typed text works at every stage", () => {
  it("consent -> name -> device -> problem -> steps -> solved, typing only", () => {
    const turns = play(["hola", "si", "Martina", "la compu", "anda muy lenta", "listo, ya funciona"]);
    expect(turns.map((t) => t.state.stage)).toEqual([
      "consent",
      "name",
      "device",
      "problem",
      "steps",
      "solved",
    ]);
    expect(turns[3]?.state.device).toBe("desktop");
    expect(turns[4]?.state.problem).toBe("slow");
  });

  it("steps -> escalation -> advanced steps -> technician, typing only", () => {
    const turns = play([
      "hola",
      "ok",
      "prefiero no decirlo",
      "mi router no da internet",
      "no",
      "mas pasos",
      "sigue igual",
      "si",
    ]);
    expect(turns.map((t) => t.state.stage)).toEqual([
      "consent",
      "name",
      "device",
      "steps",
      "escalation",
      "steps",
      "escalation",
      "escalation",
    ]);
    expect(turns[7]?.handoffRequested).toBe(true);
  });

  it("re-asks the name on nonsense and goes on without it after three tries", () => {
    const turns = play(["hola", "dale", "asdfgh", "123", "zzzz"]);
    expect(turns.slice(2).map((t) => t.state.stage)).toEqual(["name", "name", "device"]);
    expect(turns[4]?.state.name).toBeUndefined();
  });

  it("takes a device typed at the name question instead of insisting on the name", () => {
    const turns = play(["hola", "dale", "asdfgh", "es mi notebook"]);
    expect(turns[3]?.state).toMatchObject({ stage: "problem", device: "notebook" });
  });

  it("answers in the session's language at every stage", () => {
    const turns = play(["hello", "yes", "Tom", "my printer", "it doesn't print", "still the same"]);
    for (const turn of turns.slice(1)) {
      expect(turn.state.language).toBe("en");
      expect(turn.reply).not.toMatch(/\b(contame|probá|querés|fijate)\b/i);
    }
  });

  it("redacts a message that shares a password", () => {
    const [, , turn] = play(["hola", "si", "mi contraseña es Gato1234"]);
    expect(turn?.redactUserText).toBe(true);
    expect(turn?.reply).toMatch(/contraseñas/);
  });
});
