// Turns of one conversation through the Worker's HTTP API, and the check that storage holds each
// of them exactly once, in order (read back through GET /api/history/:sessionId).
import { send } from "./http.mjs";
import { streamedAnswer } from "./sse.mjs";

/**
 * @typedef {{ text: string, reply: string }} DoneTurn   one typed message and the reply it got
 * @typedef {{ ok: true, reply: string, events?: string[], ms: number }
 *   | { ok: false, problem: string, ms: number }} TurnResult
 */

const JSON_HEADERS = { "Content-Type": "application/json" };

/**
 * POST /api/greeting or /api/chat, JSON or streamed; a turn is answered only by a 200 whose reply
 * (the `done` event's, when streamed) is a string.
 * @param {string} url
 * @param {string} path
 * @param {Record<string, unknown>} body
 * @param {{ stream?: boolean, timeoutMs: number }} options
 * @returns {Promise<TurnResult>}
 */
export async function turn(url, path, body, { stream = false, timeoutMs }) {
  const answer = await send(
    {
      method: "POST",
      url: `${url}${path}`,
      headers: stream ? { ...JSON_HEADERS, Accept: "text/event-stream" } : JSON_HEADERS,
      body: JSON.stringify(body),
    },
    timeoutMs,
  );
  const { ms } = answer;
  if (answer.failure) return { ok: false, problem: answer.failure, ms };
  if (answer.status !== 200)
    return { ok: false, problem: `answered ${answer.status}: ${answer.text.slice(0, 200)}`, ms };
  if (stream) {
    if (!answer.contentType.startsWith("text/event-stream")) {
      return { ok: false, problem: `a streamed turn answered ${answer.contentType}`, ms };
    }
    const streamed = streamedAnswer(answer.text);
    return streamed.ok
      ? { ok: true, reply: streamed.response.reply, events: streamed.events, ms }
      : { ...streamed, ms };
  }
  try {
    const reply = JSON.parse(answer.text).reply;
    if (typeof reply !== "string") return { ok: false, problem: "the answer has no reply", ms };
    return { ok: true, reply, ms };
  } catch {
    return { ok: false, problem: "the answer is not JSON", ms };
  }
}

/**
 * What is wrong with the stored conversation: it must be `before` (the replies and user lines that
 * came first, e.g. the greeting's reply) and then each turn's typed message and its reply, in order,
 * each once, and nothing else.
 * @param {string} url
 * @param {string} sessionId
 * @param {{ role: string, kind?: string, text: string | null }[]} before  (`text: null`: any text)
 * @param {DoneTurn[]} turns
 * @param {number} timeoutMs
 * @returns {Promise<string | null>}
 */
export async function storedProblem(url, sessionId, before, turns, timeoutMs) {
  const answer = await send({ method: "GET", url: `${url}/api/history/${sessionId}` }, timeoutMs);
  if (answer.failure) return `history: ${answer.failure}`;
  if (answer.status !== 200) return `history answered ${answer.status}`;
  /** @type {{ role: string, kind: string, text: string }[]} */
  const messages = JSON.parse(answer.text).messages;
  const expected = [
    ...before,
    ...turns.flatMap((t) => [
      { role: "user", kind: "text", text: t.text },
      { role: "assistant", kind: "reply", text: t.reply },
    ]),
  ];
  for (const [i, want] of expected.entries()) {
    const got = messages[i];
    if (!got)
      return `stored ${messages.length} messages, expected ${expected.length}: message ${i} is missing`;
    if (
      got.role !== want.role ||
      (want.kind && got.kind !== want.kind) ||
      (want.text !== null && got.text !== want.text)
    ) {
      return `message ${i}: stored ${got.role}/${got.kind} ${JSON.stringify(got.text.slice(0, 80))}, expected ${want.role}/${want.kind} ${JSON.stringify(want.text?.slice(0, 80))}`;
    }
  }
  if (messages.length !== expected.length) {
    return `stored ${messages.length} messages, expected ${expected.length} (extra: ${JSON.stringify(messages[expected.length]?.text?.slice(0, 80))})`;
  }
  return null;
}
