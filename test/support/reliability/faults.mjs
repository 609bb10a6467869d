// (b) The OpenAI fault matrix under load: smart mode on against the local OpenAI mock
// (test/support/openai-mock.mjs), every fault answered by the model server to concurrent
// conversations, JSON and streamed, all cells at once. Every turn must be answered with a 200
// (the rules' reply when the model fails), never a 5xx or a stream error, and stored once. A
// control cell whose model answers normally proves smart mode is on and the model is reached.
import { randomBytes } from "node:crypto";
import { DEFAULT_ANSWER } from "../openai-mock.mjs";
import { storedProblem, turn } from "./conversation.mjs";

/** The answer of the control cell's model; the fault cells must never show it. */
export const MODEL_REPLY = "Probá con otro cargador y contame si prende alguna luz. ¿Funcionó?";
const LONG_REPLY = `${MODEL_REPLY} ${"Revisá también el enchufe y la zapatilla, a veces fallan sin avisar. ".repeat(3)}`;

/**
 * Each cell's scripted model behaviour, twice: a retried call (500, a dropped connection) meets
 * the fault again. Leftover steps are cleared after the turn.
 * @type {Record<string, import("../openai-mock.d.mts").Step[]>}
 */
export const FAULTS = {
  model_ok: [{ kind: "ok", content: MODEL_REPLY }],
  error_500: [
    { kind: "error", status: 500 },
    { kind: "error", status: 500 },
  ],
  error_429: [
    { kind: "error", status: 429, retryAfter: 30 },
    { kind: "error", status: 429, retryAfter: 30 },
  ],
  hang: [{ kind: "hang" }, { kind: "hang" }],
  cut_stream: [
    { kind: "close_mid_stream", content: LONG_REPLY, afterChunks: 12 },
    { kind: "close_mid_stream", content: LONG_REPLY, afterChunks: 12 },
  ],
  malformed: [{ kind: "malformed" }, { kind: "malformed" }],
};

/**
 * The stack's vars for the matrix: smart mode on against the mock, short model timeouts (a hang
 * ends at the first-token timeout), no per-session rate limit in the way, and a breaker that
 * never opens, so every turn meets its fault instead of skipping the model.
 * @param {string} baseURL the mock's `/v1`
 * @param {{ firstTokenTimeoutMs: number, totalTimeoutMs: number }} timeouts
 */
export function faultStackVars(baseURL, { firstTokenTimeoutMs, totalTimeoutMs }) {
  return {
    OPENAI_API_KEY: "reliability-key",
    OPENAI_BASE_URL: baseURL,
    OPENAI_FIRST_TOKEN_TIMEOUT_MS: String(firstTokenTimeoutMs),
    OPENAI_TOTAL_TIMEOUT_MS: String(totalTimeoutMs),
    OPENAI_BREAKER_FAILURES: "1000",
    OPENAI_BREAKER_MIN_CALLS: "10000",
    RATE_LIMIT_PER_MINUTE: "10000",
  };
}

/** Buttons only (no model call) up to the steps of a notebook that does not power on. */
const TO_STEPS = ["consent:yes", "name:skip", "device:notebook", "problem:no_power"];

const newMarker = () => Array.from(randomBytes(16), (b) => String.fromCharCode(97 + (b % 26))).join("");

async function script(mockUrl, marker, steps) {
  const res = await fetch(`${mockUrl}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ marker, steps }),
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 200) throw new Error(`the mock refused a scenario: ${res.status} ${await res.text()}`);
}

/** How many model calls were made for the turn whose own message carries `marker`. */
async function modelCalls(mockUrl, marker) {
  const res = await fetch(`${mockUrl}/__mock/requests?marker=${marker}`, {
    signal: AbortSignal.timeout(10_000),
  });
  /** @type {{ body: { messages?: { role: string, content: unknown }[] } }[]} */
  const requests = (await res.json()).requests;
  // Later turns carry earlier markers in their history: count only calls for this turn's message.
  return requests.filter((r) => {
    const last = r.body?.messages?.at(-1);
    return last?.role === "user" && typeof last.content === "string" && last.content.includes(marker);
  }).length;
}

/**
 * @param {string} url the stack
 * @param {string} mockUrl the mock's root (control API)
 * @param {{ sessionsPerCell: number, turns: number, timeoutMs: number, prefix: string }} options
 */
export async function runFaultMatrix(url, mockUrl, { sessionsPerCell, turns, timeoutMs, prefix }) {
  /** @type {string[]} */
  const failures = [];
  /** @type {Record<string, { turns: number, answered: number, modelCalls: number, fromRules: number, resets: number, ms: number[] }>} */
  const cells = {};
  const runs = [];
  for (const [fault, steps] of Object.entries(FAULTS)) {
    for (const mode of ["json", "stream"]) {
      const cell = `${fault}/${mode}`;
      cells[cell] = { turns: 0, answered: 0, modelCalls: 0, fromRules: 0, resets: 0, ms: [] };
      const stats = cells[cell];
      for (let s = 0; s < sessionsPerCell; s++) {
        runs.push(
          conversation(
            `${prefix}-${fault.replace("_", "")}-${mode}-${s}`,
            steps,
            mode === "stream",
            stats,
          ).catch((error) => failures.push(`${cell}: ${error}`)),
        );
      }
    }
  }

  async function conversation(sessionId, steps, stream, stats) {
    const greeting = await turn(url, "/api/greeting", { sessionId }, { timeoutMs });
    if (!greeting.ok) return void failures.push(`${sessionId} greeting: ${greeting.problem}`);
    /** @type {{ role: string, kind: string, text: string | null }[]} */
    const before = [{ role: "assistant", kind: "reply", text: greeting.reply }];
    for (const action of TO_STEPS) {
      const pressed = await turn(url, "/api/chat", { sessionId, action }, { timeoutMs });
      if (!pressed.ok) return void failures.push(`${sessionId} ${action}: ${pressed.problem}`);
      before.push(
        { role: "user", kind: "action", text: null },
        { role: "assistant", kind: "reply", text: pressed.reply },
      );
    }
    /** @type {import("./conversation.mjs").DoneTurn[]} */
    const done = [];
    const control = steps[0]?.kind === "ok";
    for (let t = 0; t < turns; t++) {
      const marker = newMarker();
      await script(mockUrl, marker, steps);
      const text = `${marker} sigue igual, no prende`;
      stats.turns++;
      const result = await turn(url, "/api/chat", { sessionId, message: text }, { stream, timeoutMs });
      stats.ms.push(result.ms);
      // Whatever was not consumed must not answer a later turn (its history carries this marker).
      await script(mockUrl, marker, []);
      if (!result.ok) return void failures.push(`${sessionId} turn ${t}: ${result.problem}`);
      stats.answered++;
      if (result.events?.includes("reset")) stats.resets++;
      const calls = await modelCalls(mockUrl, marker);
      stats.modelCalls += calls;
      if (calls === 0) failures.push(`${sessionId} turn ${t}: the model was never called (smart mode off?)`);
      if (control && result.reply !== MODEL_REPLY) {
        failures.push(`${sessionId} turn ${t}: the model answered normally but the reply is not its answer`);
      }
      if (!control) {
        const model = result.reply.startsWith(MODEL_REPLY) || result.reply === DEFAULT_ANSWER;
        if (result.reply.trim() === "" || model) {
          failures.push(
            `${sessionId} turn ${t}: a failed model call gave ${JSON.stringify(result.reply.slice(0, 80))}`,
          );
        } else stats.fromRules++;
      }
      done.push({ text, reply: result.reply });
    }
    const stored = await storedProblem(url, sessionId, before, done, timeoutMs);
    if (stored) failures.push(`${sessionId} storage: ${stored}`);
  }

  const started = performance.now();
  await Promise.all(runs);
  const turnsTotal = Object.values(cells).reduce((n, c) => n + c.turns, 0);
  const answered = Object.values(cells).reduce((n, c) => n + c.answered, 0);
  return {
    cells,
    turns: turnsTotal,
    answered,
    expected: Object.keys(cells).length * sessionsPerCell * turns,
    failures,
    ms: performance.now() - started,
  };
}
