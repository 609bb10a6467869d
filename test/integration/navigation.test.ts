import { describe, expect, it } from "vitest";
import { greet, newSessionId, press, say } from "../helpers/api";

describe("going back, restarting and switching language", () => {
  it("goes back one question at a time", async () => {
    const id = newSessionId();
    await greet(id);
    await press(id, "consent:yes");
    await say(id, "Ana");
    await press(id, "device:printer");
    const steps = await press(id, "problem:printing");
    expect(steps.state.stage).toBe("steps");
    const back = await press(id, "back");
    expect(back.state).toMatchObject({ stage: "problem", device: "printer" });
    expect(back.state.problem).toBeUndefined();
    const typedBack = await say(id, "volver");
    expect(typedBack.state.stage).toBe("device");
    expect(typedBack.state.device).toBeUndefined();
  });

  it("restarts the conversation keeping consent, name and language", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "soy Ana, mi notebook no prende");
    const restarted = await say(id, "empezar de nuevo");
    expect(restarted.state).toEqual({ stage: "device", language: "es", name: "Ana" });
    expect(restarted.reply).toMatch(/Empecemos de nuevo/);
  });

  it("switches language mid-conversation and answers in the new one", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "soy Ana, mi notebook no prende");
    const english = await say(id, "english please");
    expect(english.state.language).toBe("en");
    expect(english.state.stage).toBe("steps");
    expect(english.reply).toMatch(/continue in English/);
    const back = await press(id, "lang:es");
    expect(back.reply).toMatch(/seguimos en español/);
  });

  it("starts a new consultation after solving when the user describes a new problem", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "soy Ana, mi notebook no prende");
    await press(id, "steps:solved");
    const next = await say(id, "ahora la impresora no imprime");
    expect(next.state).toMatchObject({ stage: "steps", device: "printer", problem: "printing", name: "Ana" });
  });

  it("ends politely when the privacy notice is declined", async () => {
    const id = newSessionId();
    await greet(id);
    const declined = await say(id, "no acepto");
    expect(declined.state.stage).toBe("declined");
    expect(declined.reply).toMatch(/info@sti\.example/);
  });
});
