import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import { app } from "../../src/app";
import { FLAG_READ_DEADLINE_MS, forgetSmartModeFlag } from "../../src/smart/flag";
import { type Fault, faultPlan, faultyEnv } from "../support/faulty-bindings";
import { Conversation, modelRequests, newMarker, parseSse, scenario, setFlag } from "./support";

const MODEL = "Probá con otro cargador y contame si prende alguna luz.";

afterEach(() => forgetSmartModeFlag());

/**
 * The smart-mode flag is the one KV read on the chat's path (every turn here: the smart project
 * caches it for 0 s). KV failing or never answering must not fail or hold a turn: the Worker goes
 * on with what it knew, here the var (smart mode on), within FLAG_READ_DEADLINE_MS.
 */
describe.each<Fault>(["error", "hang"])("KV %s on the smart-mode flag", (fault) => {
  it.each([false, true])(
    "a turn (streamed: %s) is answered by the model, stored once, without waiting on KV past its deadline",
    {
      timeout: 15_000,
    },
    async (streamed) => {
      await setFlag(null); // unset: the var decides
      const chat = new Conversation();
      await chat.toSteps();
      const marker = newMarker();
      await scenario(marker, [{ kind: "ok", content: MODEL }]);
      const plan = faultPlan({ kv: fault });
      const env = faultyEnv(plan);
      const ctx = createExecutionContext();
      const started = Date.now();
      const res = await app.fetch(
        new Request("http://chat.test/api/chat", {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            ...(streamed ? { Accept: "text/event-stream" } : {}),
          },
          body: JSON.stringify({ sessionId: chat.sessionId, message: `${marker} sigue sin prender` }),
          cf: { colo: chat.location },
        } as RequestInit),
        env,
        ctx,
      );
      const text = await res.text();
      const elapsed = Date.now() - started;
      await waitOnExecutionContext(ctx);
      expect(res.status, text).toBe(200);
      expect(plan.faulted).toContain("kv.get");
      const reply = streamed
        ? ((parseSse(text).find((e) => e.event === "done")?.data ?? {}) as { reply?: string }).reply
        : (JSON.parse(text) as { reply: string }).reply;
      expect(reply).toContain(MODEL);
      expect(await modelRequests(marker)).toHaveLength(1);
      // A hang costs one deadline, not the turn.
      if (fault === "hang") expect(elapsed).toBeGreaterThanOrEqual(FLAG_READ_DEADLINE_MS - 50);
      expect(elapsed).toBeLessThan(FLAG_READ_DEADLINE_MS + 5_000);
      const lines = (await chat.history()).messages.filter((m) => m.text.includes("sigue sin prender"));
      expect(lines).toHaveLength(1);
    },
  );
});
