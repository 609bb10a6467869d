import { describe, expect, it } from "vitest";
import { greet, newSessionId, press, say, values } from "../helpers/api";

describe("an English conversation through the Worker", () => {
  it("switches to English from the greeting and reaches solved", async () => {
    const id = newSessionId();
    await greet(id);
    const english = await press(id, "lang:en");
    expect(english.state).toEqual({ stage: "consent", language: "en" });
    expect(english.reply).toMatch(/Privacy notice/);
    expect(values(english)).toContain("lang:es");

    expect((await say(id, "yes, I accept")).reply).toMatch(/What's your name/);
    expect((await say(id, "my name is Kate")).state.name).toBe("Kate");
    const steps = await say(id, "my phone screen is cracked");
    expect(steps.state).toMatchObject({
      stage: "steps",
      device: "phone",
      problem: "display",
      language: "en",
    });
    expect(steps.reply).toMatch(/Try these steps/);
    const done = await say(id, "it works now, thanks");
    expect(done.state.stage).toBe("solved");
    expect(done.reply).toMatch(/glad/);
  });

  it("detects English from the first message and escalates to a technician", async () => {
    const id = newSessionId();
    const hello = await greet(id);
    expect(hello.state.language).toBe("es");
    const first = await say(id, "My PC is very slow");
    expect(first.state).toMatchObject({ language: "en", device: "desktop", problem: "slow", stage: "name" });
    // The reply already speaks English: the greeting's Spanish did not stick.
    expect(first.reply).toMatch(/What's your name/);
    await press(id, "name:skip");
    expect((await press(id, "steps:persists")).state.stage).toBe("escalation");
    const handoff = await press(id, "technician");
    expect(handoff.reply).toMatch(/technician/);
    expect(handoff.state.stage).toBe("escalation");
  });
});
