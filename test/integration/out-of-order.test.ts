import { describe, expect, it } from "vitest";
import { greet, newSessionId, press, say } from "../helpers/api";

describe("information given out of order", () => {
  it("fills name, device and problem from one message and goes straight to steps", async () => {
    const id = newSessionId();
    await greet(id);
    const reply = await say(id, "soy Ana, mi notebook no prende");
    expect(reply.state).toEqual({
      stage: "steps",
      language: "es",
      name: "Ana",
      device: "notebook",
      problem: "no_power",
    });
    expect(reply.reply).toMatch(/Ana/);
  });

  it("takes the problem typed at the name question without insisting on a name", async () => {
    const id = newSessionId();
    await greet(id);
    await press(id, "consent:yes");
    const reply = await say(id, "mi celu se quedo sin espacio");
    expect(reply.state).toMatchObject({ stage: "steps", device: "phone", problem: "data" });
  });

  it("asks only for the device when the problem came first", async () => {
    const id = newSessionId();
    await greet(id);
    await press(id, "consent:yes");
    await say(id, "Carla");
    const ask = await say(id, "no tengo sonido");
    expect(ask.state).toMatchObject({ stage: "device", problem: "audio" });
    const steps = await say(id, "es la notebook");
    expect(steps.state).toMatchObject({ stage: "steps", device: "notebook", problem: "audio" });
  });

  it("changes the problem in the middle of the steps", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "soy Leo y mi impresora no imprime");
    const changed = await say(id, "en realidad el problema es que el wifi no anda");
    expect(changed.state).toMatchObject({ stage: "steps", problem: "no_internet" });
  });
});
