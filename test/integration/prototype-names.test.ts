import { describe, expect, it } from "vitest";
import { expectError, greet, newSessionId, postJson, press, say } from "../helpers/api";

/**
 * `constructor`, `__proto__`, `toString`... are names every plain object inherits. Sent as a button
 * value they are unknown actions (400, like "device:toaster"), never a 200 with an empty reply; typed
 * as a message they are words like any other, answered as an unknown word is.
 */
const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];
const UNKNOWN_WORD = "zzqxv";

/** A Spanish conversation at its steps, a notebook that does not power on. */
async function atSteps(): Promise<string> {
  const id = newSessionId("proto");
  await greet(id);
  await press(id, "consent:yes");
  const steps = await say(id, "soy Ana, mi notebook no prende");
  expect(steps.state.stage).toBe("steps");
  return id;
}

describe("names inherited from Object.prototype", () => {
  it("are unknown actions at every stage: 400 validation_failed naming the action", async () => {
    const fresh = newSessionId("proto");
    await greet(fresh);
    const steps = await atSteps();
    for (const sessionId of [fresh, steps]) {
      for (const name of NAMES) {
        for (const action of [name, `device:${name}`, `problem:${name}`, `help:${name}`]) {
          const res = await postJson("/api/chat", { sessionId, action });
          const body = await expectError(res, 400, "validation_failed");
          expect(body.error.message, action).toContain(action);
        }
      }
    }
  });

  it("typed at the steps, they are answered as an unknown word is: not 'solved', same stage and buttons", async () => {
    const control = await say(await atSteps(), UNKNOWN_WORD);
    expect(control.reply.length).toBeGreaterThan(0);
    for (const name of NAMES) {
      const answer = await say(await atSteps(), name);
      expect(answer.state, name).toEqual(control.state);
      expect(answer.buttons, name).toEqual(control.buttons);
      expect(answer.reply, name).toBe(control.reply);
    }
  });
});
