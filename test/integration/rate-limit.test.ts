import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { expectError, greet, newSessionId, postJson, say } from "../helpers/api";

it("allows 30 turns a minute per session, then answers 429 with Retry-After and stores nothing", async () => {
  const id = newSessionId();
  await greet(id);
  for (let i = 1; i < 30; i++) await say(id, `mensaje ${i}`);
  const stub = env.CHAT_SESSION.getByName(id);
  const before = (await stub.history()).messages.length;

  const res = await postJson("/api/chat", { sessionId: id, message: "uno más" });
  await expectError(res, 429, "rate_limited");
  const retryAfter = Number(res.headers.get("Retry-After"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);

  const after = await stub.history();
  expect(after.messages.length).toBe(before);
  expect(after.messages.some((m) => m.text === "uno más")).toBe(false);
});

it("counts each session separately", async () => {
  const busy = newSessionId();
  await greet(busy);
  for (let i = 1; i < 30; i++) await say(busy, "hola");
  await expectError(await postJson("/api/chat", { sessionId: busy, message: "hola" }), 429, "rate_limited");
  const other = await greet(newSessionId());
  expect(other.state.stage).toBe("consent");
});
