// runbook:check, part 4: a troubleshooting search (`<!-- check: local finds=<event>,... -->`) must
// find what it promises. Before such a block runs, the check causes each event it knows how to
// cause on the local stack (the others come from the blocks above it, in document order), waits
// until the event's line reaches the LogStream object (on the stream, bounded, no timers), then
// runs the block, whose output must hold a JSON line of each event. So the check fails when a
// line never reaches `/api/logs`, whatever the reason: not logged, logged where it is not shipped
// (inside a Durable Object), or a search that does not match it.
import { startOpenAiMock } from "../../test/support/openai-mock.mjs";

/** How long the check waits for a caused event's line to reach the store. */
export const ARRIVAL_MAX_MS = 15_000;

/** The breaker's defaults (wrangler.toml does not change them): this many failures in a row open it. */
const BREAKER_FAILURES = 5;

/** The events a block promises to find (`finds=a,b`), in order. */
export const promisedEvents = (block) => (block.options.finds ? block.options.finds.split(",") : []);

/** Each promised event the output holds no JSON line of (`{"event": "<name>", ...}`). */
export function missingEvents(output, events) {
  const found = new Set();
  for (const line of output.split("\n")) {
    const text = line.trim();
    if (!text.startsWith("{")) continue;
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed.event === "string") found.add(parsed.event);
    } catch {
      // a line of pretty-printed JSON or plain text: not a log line
    }
  }
  return events.filter((event) => !found.has(event));
}

/**
 * The OpenAI mock the local stack's smart mode talks to, and the causes that need it. `vars` go
 * to the stack (smart mode on, against the mock); `cause(event)` answers false for an event it
 * cannot cause (it must then come from the blocks above).
 */
export async function startCauses() {
  const mock = await startOpenAiMock();
  /** @type {Record<string, (base: string, mockUrl: string) => Promise<void>>} what causes each event */
  const causeOf = { openai_call_failed: failingModelCalls, circuit_state_changed: failingModelCalls };
  /** @type {Map<Function, Promise<void>>} each cause runs once, even when two events share it */
  const started = new Map();
  return {
    vars: { OPENAI_API_KEY: "runbook-openai-key", OPENAI_BASE_URL: mock.baseURL },
    /** @param {string} event @param {string} base */
    async cause(event, base) {
      const run = causeOf[event];
      if (!run) return false;
      if (!started.has(run)) started.set(run, run(base, mock.url));
      await started.get(run);
      return true;
    },
    close: () => mock.close(),
  };
}

/**
 * OpenAI failing: BREAKER_FAILURES conversations of one location each get to the diagnostic steps
 * with buttons (no model call), then type a message the model must answer, and the mock answers
 * 503 to each call and its retry (the service's own failure: a 4xx does not count toward the
 * breaker): one `openai_call_failed` per conversation (written inside the session's object)
 * and, at the last one, `circuit_state_changed` closed → open (inside the breaker's object).
 */
async function failingModelCalls(base, mockUrl) {
  const marker = `runbook${Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
  const scripted = await fetch(`${mockUrl}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      marker,
      steps: Array.from({ length: 2 * BREAKER_FAILURES }, () => ({ kind: "error", status: 503 })),
    }),
  });
  if (!scripted.ok) throw new Error(`OpenAI mock: ${scripted.status} ${await scripted.text()}`);
  for (let n = 0; n < BREAKER_FAILURES; n++) {
    const sessionId = `${marker}-${n}`;
    const post = async (path, body) => {
      const res = await fetch(`${base}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sessionId, ...body }),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    };
    await post("/api/greeting", { language: "es" });
    for (const action of ["consent:yes", "name:skip", "device:notebook", "problem:no_power"])
      await post("/api/chat", { action });
    await post("/api/chat", { message: `${marker} sigue igual` });
  }
}

/**
 * Follows `GET /api/logs` (replaying from the first stored line) until a line of `event` arrives
 * or the stream ends after `maxMs`; answers whether it arrived. Waits on the stream only.
 */
export async function lineArrives(base, token, event, maxMs = ARRIVAL_MAX_MS) {
  const query = new URLSearchParams({ q: `"event":"${event}"`, since: "0", maxMs: String(maxMs) });
  const res = await fetch(`${base}/api/logs?${query}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) throw new Error(`GET /api/logs: ${res.status} ${await res.text()}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return false;
      text += value;
      if (/^event: log$/m.test(text)) return true;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
