import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import type { RecordedRequests, Scenario } from "../support/openai-mock.mjs";

// Bindings of the smart project that the generated Env does not declare (OPENAI_API_KEY is an
// optional secret, OPENAI_BASE_URL an optional var).
const smartEnv = env as unknown as Record<"OPENAI_BASE_URL" | "OPENAI_API_KEY", string>;

test("workerd reaches the loopback OpenAI mock: a scripted answer comes back and is recorded", async () => {
  const control = env.OPENAI_MOCK_CONTROL_URL;
  expect(control).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const marker = `smoke${crypto.randomUUID().replace(/[^a-f]/g, "")}`;
  const scenario: Scenario = { marker, steps: [{ kind: "ok", content: "hola desde el mock" }] };
  const registered = await fetch(`${control}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(scenario),
  });
  expect(registered.status).toBe(200);
  await registered.arrayBuffer();

  const completion = await fetch(`${smartEnv.OPENAI_BASE_URL}/chat/completions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${smartEnv.OPENAI_API_KEY}` },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `hola ${marker}` }] }),
  });
  const body = (await completion.json()) as { choices: { message: { content: string } }[] };
  expect(body.choices[0]?.message.content).toBe("hola desde el mock");

  const recorded = (await (
    await fetch(`${control}/__mock/requests?marker=${marker}`)
  ).json()) as RecordedRequests;
  expect(recorded.requests).toHaveLength(1);
  expect(recorded.requests[0]?.headers.authorization).toBe("Bearer test-openai-key");
});
