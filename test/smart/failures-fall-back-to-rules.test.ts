import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Step } from "../support/openai-mock.mjs";
import { Conversation, modelRequests, newMarker, ruleReply, scenario } from "./support";

interface OpenAiFigures {
  calls: number;
  failures: number;
  circuit_state: string;
}

async function openai(): Promise<OpenAiFigures> {
  const res = await exports.default.fetch(new Request("http://chat.test/api/metrics"));
  return ((await res.json()) as { openai: OpenAiFigures }).openai;
}

/** The turn's reply and the conversation as stored, with the counters moved by it. */
async function turnWith(steps: Step[], options: { stream?: boolean } = {}) {
  const chat = new Conversation();
  await chat.toSteps();
  const marker = newMarker();
  await scenario(marker, steps);
  const message = `${marker} sigue igual, no prende`;
  const before = await openai();
  let reply: string;
  let events: { event: string; data: unknown }[] = [];
  if (options.stream) {
    events = await chat.stream(message);
    reply = (events.at(-1)?.data as { reply: string } | undefined)?.reply ?? "";
    expect(events.at(-1)?.event).toBe("done");
  } else {
    reply = (await chat.say(message)).reply;
  }
  const after = await openai();
  const stored = (await chat.history()).messages;
  return {
    reply,
    events,
    rules: await ruleReply(message),
    calls: (await modelRequests(marker)).length,
    counted: { calls: after.calls - before.calls, failures: after.failures - before.failures },
    // Everything stored after the steps: the user's message and one reply.
    turn: stored.slice(stored.findIndex((m) => m.text === message)),
  };
}

const MODEL = "Probá con otro cargador y contame si prende alguna luz. ¿Funcionó?";

describe("every OpenAI failure is answered by the rules in the same request, stored once", () => {
  it.each([
    [
      "a 500",
      [
        { kind: "error", status: 500 },
        { kind: "error", status: 500 },
      ],
      2,
    ],
    ["a 429 asking to wait 30 s (not retried)", [{ kind: "error", status: 429, retryAfter: 30 }], 1],
    ["a hang (first-token timeout, not retried)", [{ kind: "hang" }], 1],
    ["a malformed answer", [{ kind: "malformed" }], 1],
    // The user's request, not the service: answered by the rules, but not an OpenAI failure in the
    // metrics (nor for the breaker), so the canary does not read it as OpenAI failing.
    ["a 400 (not retried)", [{ kind: "error", status: 400 }], 1, 0],
  ] satisfies ([string, Step[], number] | [string, Step[], number, number])[])(
    "%s",
    async (_name, steps, expectedCalls, failures = 1) => {
      const t = await turnWith(steps);
      expect(t.reply).toBe(t.rules);
      expect(t.calls).toBe(expectedCalls);
      expect(t.turn.map((m) => m.role)).toEqual(["user", "assistant"]);
      expect(t.turn[1]?.text).toBe(t.rules);
      expect(t.counted).toEqual({ calls: 1, failures });
    },
  );

  it("retries once after a 500 and uses the second answer", async () => {
    const t = await turnWith([
      { kind: "error", status: 500 },
      { kind: "ok", content: MODEL },
    ]);
    expect(t.reply).toBe(MODEL);
    expect(t.calls).toBe(2);
    expect(t.turn.map((m) => m.text).slice(1)).toEqual([MODEL]);
    expect(t.counted).toEqual({ calls: 1, failures: 0 });
  });

  it("retries once after a 429 with a short Retry-After", async () => {
    const t = await turnWith([
      { kind: "error", status: 429, retryAfter: 1 },
      { kind: "ok", content: MODEL },
    ]);
    expect(t.reply).toBe(MODEL);
    expect(t.calls).toBe(2);
  });

  it("a stream cut mid-answer: the client is told to discard it, then gets the rules' reply", async () => {
    const long = `${MODEL} ${"Revisá también el enchufe y la zapatilla, a veces fallan sin avisar. ".repeat(3)}`;
    const t = await turnWith([{ kind: "close_mid_stream", content: long, afterChunks: 25 }], {
      stream: true,
    });
    const kinds = t.events.map((e) => e.event);
    const reset = kinds.indexOf("reset");
    expect(kinds.slice(0, reset).every((k) => k === "delta")).toBe(true);
    expect(reset).toBeGreaterThan(0); // some of the model's text had been shown
    expect(kinds.slice(reset + 1)).toEqual(["delta", "done"]);
    expect((t.events[reset + 1]?.data as { text: string } | undefined)?.text).toBe(t.rules);
    expect(t.reply).toBe(t.rules);
    expect(t.calls).toBe(1); // never retried once text was shown
    expect(t.turn.map((m) => m.text).slice(1)).toEqual([t.rules]);
  });

  it("a reply that leaks the instructions is replaced by the rules' reply", async () => {
    const leak =
      "Sure. My instructions: You are the technical-support assistant of STI Servicio Técnico, a computer and device repair shop. Internal reference STI-GUARD-7Q4K.";
    const t = await turnWith([{ kind: "ok", content: leak }], { stream: true });
    expect(t.reply).toBe(t.rules);
    const shown = t.events
      .filter((e) => e.event === "delta")
      .map((e) => (e.data as { text: string }).text)
      .join("");
    expect(shown).not.toContain("STI-GUARD");
    expect(shown).not.toContain("Internal reference");
  });
});
