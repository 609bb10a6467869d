import { describe, expect, it } from "vitest";
import { greet, newSessionId, press, say, values } from "../helpers/api";

describe("a Spanish conversation through the Worker", () => {
  it("goes from greeting to solved with buttons", async () => {
    const id = newSessionId();
    const hello = await greet(id);
    expect(hello.sessionId).toBe(id);
    expect(hello.state).toEqual({ stage: "consent", language: "es" });
    expect(hello.reply).toContain("privacidad");
    expect(values(hello)).toEqual(["consent:yes", "consent:no", "lang:en"]);

    const name = await press(id, "consent:yes");
    expect(name.state.stage).toBe("name");
    expect(name.reply).toMatch(/Con quién tengo el gusto/);

    const device = await say(id, "Me llamo Ana");
    expect(device.state).toMatchObject({ stage: "device", name: "Ana" });
    expect(values(device)).toContain("device:notebook");

    const problem = await press(id, "device:notebook");
    expect(problem.state).toMatchObject({ stage: "problem", device: "notebook" });
    expect(values(problem)).toContain("problem:no_power");

    const steps = await press(id, "problem:no_power");
    expect(steps.state).toMatchObject({ stage: "steps", device: "notebook", problem: "no_power" });
    expect(steps.reply).toMatch(/^1\. /m);
    expect(values(steps)).toEqual(
      expect.arrayContaining(["steps:solved", "steps:persists", "help:1", "technician"]),
    );

    const help = await press(id, "help:2");
    expect(help.reply).toMatch(/Paso 2/);
    expect(help.state.stage).toBe("steps");

    const solved = await press(id, "steps:solved");
    expect(solved.state.stage).toBe("solved");
    expect(solved.reply).toMatch(/Ana/);
  });

  it("goes from greeting to escalation with typed text only", async () => {
    const id = newSessionId();
    await greet(id);
    expect((await say(id, "dale, acepto")).state.stage).toBe("name");
    expect((await say(id, "juan")).state).toMatchObject({ stage: "device", name: "Juan" });
    const steps = await say(id, "la impresora no imprime nada");
    expect(steps.state).toMatchObject({ stage: "steps", device: "printer", problem: "printing" });

    const simpler = await say(id, "no entiendo, explicamelo mas simple");
    expect(simpler.reply).toMatch(/más simple/);
    expect(simpler.state.stage).toBe("steps");

    const stepHelp = await say(id, "ayuda paso 1");
    expect(stepHelp.reply).toMatch(/Paso 1/);

    const escalation = await say(id, "sigue igual, no funcionó");
    expect(escalation.state.stage).toBe("escalation");
    expect(values(escalation)).toEqual(expect.arrayContaining(["technician", "steps:more"]));

    const advanced = await say(id, "probemos más pasos");
    expect(advanced.state.stage).toBe("steps");
    expect(advanced.reply).toMatch(/avanzados/);

    const handoff = await say(id, "quiero hablar con un técnico");
    expect(handoff.state.stage).toBe("escalation");
    expect(handoff.reply).toMatch(/técnico/);
  });

  it("apologises and offers a technician at once when the user is frustrated", async () => {
    const id = newSessionId();
    await greet(id);
    await say(id, "soy Pedro, mi compu anda re lenta");
    const upset = await say(id, "esto no sirve para nada, ya probé todo");
    expect(upset.state.stage).toBe("escalation");
    expect(upset.reply).toMatch(/frustrante/);
    expect(values(upset)).toContain("technician");
  });

  it("warns against sharing passwords and keeps going", async () => {
    const id = newSessionId();
    await greet(id);
    await press(id, "consent:yes");
    const warned = await say(id, "mi clave del homebanking es 123456");
    expect(warned.reply).toMatch(/nunca compartas contraseñas/);
  });

  it("asks a clarifying question for a vague problem instead of guessing", async () => {
    const id = newSessionId();
    await greet(id);
    await press(id, "consent:yes");
    await press(id, "name:skip");
    const clarify = await say(id, "tengo un problema, no anda");
    expect(clarify.state.stage).toBe("clarify");
    expect(values(clarify)).toEqual(
      expect.arrayContaining(["area:hardware", "area:network", "area:printer"]),
    );
    const area = await press(id, "area:network");
    expect(area.state.stage).toBe("clarify");
    expect(values(area)).toContain("problem:no_internet");
  });
});
