import { evictDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { greet, newSessionId, press, say } from "../helpers/api";

it("keeps every reply the user saw after the object is evicted right after the turn", async () => {
  const id = newSessionId();
  await greet(id);
  const seen = await say(id, "soy Ana, mi notebook no prende");
  const stub = env.CHAT_SESSION.getByName(id);
  await evictDurableObject(stub);

  const { state, messages } = await env.CHAT_SESSION.getByName(id).history();
  expect(state).toEqual(seen.state);
  expect(messages.map((m) => [m.role, m.text])).toEqual([
    ["assistant", expect.stringContaining("Hola")],
    ["user", "soy Ana, mi notebook no prende"],
    ["assistant", seen.reply],
  ]);

  // The conversation continues from the stored state after eviction.
  const next = await say(id, "sigue igual");
  expect(next.state.stage).toBe("escalation");
});

it("stores one row per message, a button press as the label the user saw", async () => {
  const id = newSessionId();
  await greet(id);
  await press(id, "consent:yes");
  const { messages } = await env.CHAT_SESSION.getByName(id).history();
  expect(messages).toHaveLength(3);
  expect(messages[1]).toMatchObject({ role: "user", kind: "action", text: "Acepto ✅" });
});
