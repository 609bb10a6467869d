import { expect, it } from "vitest";
import { postJson } from "../helpers/api";

// docs/RUNBOOK.md verifies a deploy with exactly this call; it must work on an empty store.
it("answers the runbook's smoke test with a normal greeting", async () => {
  const res = await postJson("/api/chat", { sessionId: "test", message: "hola" });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { sessionId: string; reply: string; state: { stage: string } };
  expect(body.sessionId).toBe("test");
  expect(body.state.stage).toBe("consent");
  expect(body.reply).toMatch(/Hola/);
});
