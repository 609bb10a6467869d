import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { CLIENT_LIMITS } from "../../src/lib/client-limits";
import type { ChatResponse } from "../../src/protocol";
import { clientHeaders, newClientAddress, overLimit } from "../integration/client-limits/support";
import { DEFAULT_ANSWER } from "../support/openai-mock.mjs";
import { Conversation, modelRequests, newMarker } from "./support";

const LIMIT = CLIENT_LIMITS.smartTurn.limit;

async function say(chat: Conversation, message: string, address: string): Promise<ChatResponse> {
  const res = await chat.request("/api/chat", { sessionId: chat.sessionId, message }, clientHeaders(address));
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as ChatResponse;
}

it("one address's smart turns over SMART_TURN_RATE_LIMITER are answered by the rules, with no model call and no failure", async () => {
  const location = new Conversation().location;
  // Two conversations (each well under its own per-session limit), started without an address.
  const chats = [new Conversation(location), new Conversation(location)];
  for (const chat of chats) await chat.toSteps();
  const address = newClientAddress();
  const marker = newMarker();

  const replies: string[] = [];
  for (let i = 0; i < overLimit(LIMIT); i++) {
    const chat = chats[i % chats.length] as Conversation;
    replies.push((await say(chat, `${marker} y ahora qué hago`, address)).reply);
  }
  const byModel = replies.filter((r) => r === DEFAULT_ANSWER).length;
  expect(byModel).toBeGreaterThanOrEqual(LIMIT);
  expect(byModel).toBeLessThanOrEqual(2 * LIMIT);
  // The others are the rules' answer (a real reply, not an error), and never reached the model.
  expect(replies.filter((r) => r !== DEFAULT_ANSWER && r.length > 0)).toHaveLength(replies.length - byModel);
  expect(await modelRequests(marker)).toHaveLength(byModel);
  // Being limited is not an OpenAI failure: the location's breaker saw only successes.
  const breaker = await env.CIRCUIT_BREAKER.getByName(location).snapshot();
  expect(breaker).toMatchObject({ state: "closed", consecutiveFailures: 0 });

  // Another address in the same conversation still gets the model.
  const other = newMarker();
  expect((await say(chats[0] as Conversation, `${other} y ahora qué hago`, newClientAddress())).reply).toBe(
    DEFAULT_ANSWER,
  );
});
