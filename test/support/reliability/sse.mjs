// Server-Sent Events as the chat streams them (`delta`, `reset`, then one `done` or `error`).

/**
 * Every event of a complete SSE body, in order.
 * @param {string} text
 * @returns {{ event: string, data: string }[]}
 */
export function parseSse(text) {
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const event = lines.find((l) => l.startsWith("event: "))?.slice(7) ?? "message";
      const data = lines
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.replace(/^data: ?/, ""))
        .join("\n");
      return { event, data };
    })
    .filter((e) => e.event !== "message" || e.data !== "");
}

/**
 * The chat answer a streamed turn ended with, or why there is none: the last event must be the
 * one `done`, with the answer's JSON, and no `error` event may come before it.
 * @param {string} text
 * @returns {{ ok: true, response: { reply: string }, events: string[] } | { ok: false, problem: string }}
 */
export function streamedAnswer(text) {
  const events = parseSse(text);
  const names = events.map((e) => e.event);
  if (names.includes("error"))
    return { ok: false, problem: `the stream sent an error event: ${text.slice(-200)}` };
  const last = events.at(-1);
  if (last?.event !== "done" || names.indexOf("done") !== names.length - 1) {
    return { ok: false, problem: `the stream did not end with one done event (${names.join(",")})` };
  }
  try {
    const response = JSON.parse(last.data);
    if (typeof response?.reply !== "string") return { ok: false, problem: "the done event has no reply" };
    return { ok: true, response, events: names };
  } catch {
    return { ok: false, problem: "the done event is not JSON" };
  }
}
