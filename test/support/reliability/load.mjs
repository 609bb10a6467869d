// (a) Load: `sessions` conversations at once, `turns` typed turns each (every third one streamed),
// rule-based. Every turn must be answered with a 200, and afterwards storage must hold each user
// message and its reply exactly once, in order.
import { storedProblem, turn } from "./conversation.mjs";

/** Typed messages that walk the flow: name, device and problem, steps, help, a hand-off, language, restart. */
const SCRIPT = [
  "hola",
  "soy Ana",
  "mi notebook no prende",
  "sigue igual",
  "ayuda con el paso 2",
  "no funcionó",
  "quiero hablar con un técnico",
  "volver",
  "english please",
  "my printer does not print",
  "still the same",
  "explain it simpler",
  "empezar de nuevo",
  "mi celular está muy lento",
  "ya probé reiniciarlo",
  "sigue lento",
  "tengo un virus creo",
  "no sé qué más hacer",
  "gracias",
  "una consulta más",
];

/**
 * @param {string} url
 * @param {{ sessions: number, turns: number, timeoutMs: number, prefix: string }} options
 */
export async function runLoad(url, { sessions, turns, timeoutMs, prefix }) {
  /** @type {string[]} */
  const failures = [];
  /** @type {number[]} */
  const latencies = [];
  let answered = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: sessions }, async (_, s) => {
      const sessionId = `${prefix}-s${s}`;
      const greeting = await turn(url, "/api/greeting", { sessionId }, { timeoutMs });
      if (!greeting.ok) return void failures.push(`${sessionId} greeting: ${greeting.problem}`);
      /** @type {import("./conversation.mjs").DoneTurn[]} */
      const done = [];
      for (let t = 0; t < turns; t++) {
        // The tag makes every message unique, so "stored once" is checkable.
        const text = `${SCRIPT[t % SCRIPT.length]} [s${s}t${t}]`;
        const result = await turn(
          url,
          "/api/chat",
          { sessionId, message: text },
          { stream: t % 3 === 2, timeoutMs },
        );
        latencies.push(result.ms);
        if (!result.ok)
          return void failures.push(`${sessionId} turn ${t} (${JSON.stringify(text)}): ${result.problem}`);
        answered++;
        done.push({ text, reply: result.reply });
      }
      const stored = await storedProblem(
        url,
        sessionId,
        [{ role: "assistant", kind: "reply", text: greeting.reply }],
        done,
        timeoutMs,
      );
      if (stored) failures.push(`${sessionId} storage: ${stored}`);
    }),
  );
  return {
    sessions,
    turns,
    answered,
    expected: sessions * turns,
    failures,
    latencies,
    ms: performance.now() - started,
  };
}
