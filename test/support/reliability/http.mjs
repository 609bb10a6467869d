// One request of the reliability suite, sent with a deadline and judged: did it answer at all,
// was it a 5xx, and is an error the project's one JSON error shape (src/errors.ts, src/protocol/)?
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Most of an answer's body kept for judging and for the report. */
const MAX_BODY_CHARS = 64 * 1024;

/**
 * The stable error codes, read from src/protocol/errors.ts (Node cannot import the TypeScript
 * module), so a code added there is accepted here without an edit.
 * @returns {Set<string>}
 */
export function errorCodes() {
  const source = readFileSync(
    fileURLToPath(new URL("../../../src/protocol/errors.ts", import.meta.url)),
    "utf8",
  );
  const list = /ERROR_CODES\s*=\s*\[([^\]]*)\]/.exec(source)?.[1];
  const codes = new Set([...(list ?? "").matchAll(/"([a-z_]+)"/g)].map((m) => m[1] ?? ""));
  if (codes.size === 0) throw new Error("no ERROR_CODES found in src/protocol/errors.ts");
  return codes;
}

/**
 * @typedef {{ method: string, url: string, headers?: Record<string, string>, body?: BodyInit | null,
 *   stream?: boolean }} Outgoing
 * `stream`: an answer that stays open by design (the log stream): its first bytes are enough.
 * @typedef {{ status: number, contentType: string, requestId: string | null, text: string,
 *   ms: number, failure: string | null }} Answer
 * `failure`: no answer in time, or the connection failed; status is 0 then.
 */

/**
 * Sends one request and reads its answer, all within `timeoutMs` (headers and body: a body that
 * does not end in time is a hang too, unless the route streams by design).
 * @param {Outgoing} request
 * @param {number} timeoutMs
 * @returns {Promise<Answer>}
 */
export async function send(request, timeoutMs) {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error("deadline")), timeoutMs);
  const done = (fields) => ({
    status: 0,
    contentType: "",
    requestId: null,
    text: "",
    failure: null,
    ...fields,
    ms: performance.now() - started,
  });
  try {
    const init = /** @type {RequestInit & { duplex?: "half" }} */ ({
      method: request.method,
      headers: request.headers ?? {},
      body: request.body ?? null,
      signal: controller.signal,
      redirect: "manual",
    });
    if (request.body instanceof ReadableStream) init.duplex = "half";
    const res = await fetch(request.url, init);
    const contentType = res.headers.get("content-type") ?? "";
    const requestId = res.headers.get("x-request-id");
    const endless = request.stream === true && contentType.startsWith("text/event-stream");
    const text = await readText(res, endless);
    return done({ status: res.status, contentType, requestId, text });
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return done({
      failure: timedOut
        ? `no complete answer within ${timeoutMs} ms`
        : `connection failed: ${causeOf(error)}`,
    });
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text (at most MAX_BODY_CHARS); for an endless stream, its first chunk only. */
async function readText(res, endless) {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (text.length < MAX_BODY_CHARS) text += decoder.decode(value, { stream: true });
      if (endless) break;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return text.slice(0, MAX_BODY_CHARS);
}

const causeOf = (error) => {
  const cause = error?.cause;
  return String(cause?.code ?? cause?.message ?? error?.message ?? error);
};

/**
 * What is wrong with an answer under the suite's rules: no answer, a 5xx, or an error (4xx) that
 * is not `{ "error": { "code", "message", "requestId"? } }` as JSON with a known code. HEAD answers
 * have no body to judge.
 * @param {string} method
 * @param {Answer} answer
 * @param {Set<string>} codes
 * @returns {string | null}
 */
export function answerProblem(method, answer, codes) {
  if (answer.failure) return answer.failure;
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status < 400 || method === "HEAD") return null;
  return errorShapeProblem(answer, codes);
}

/** @param {Answer} answer @param {Set<string>} codes */
export function errorShapeProblem(answer, codes) {
  if (!/^application\/json\b/i.test(answer.contentType)) {
    return `a ${answer.status} that is not JSON (Content-Type: ${answer.contentType || "none"})`;
  }
  let body;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return `a ${answer.status} whose body is not valid JSON`;
  }
  const error = body?.error;
  const keys = body && typeof body === "object" ? Object.keys(body) : [];
  if (keys.length !== 1 || keys[0] !== "error" || typeof error !== "object" || error === null) {
    return `a ${answer.status} without the error shape: ${answer.text.slice(0, 120)}`;
  }
  const extra = Object.keys(error).filter((k) => !["code", "message", "requestId"].includes(k));
  if (extra.length > 0) return `a ${answer.status} error with extra fields: ${extra.join(", ")}`;
  if (!codes.has(error.code))
    return `a ${answer.status} with an unknown error code: ${JSON.stringify(error.code)}`;
  if (typeof error.message !== "string" || error.message.length === 0) {
    return `a ${answer.status} error without a message`;
  }
  if (/\n\s+at |\.(ts|js|mjs):\d+/.test(error.message)) {
    return `a ${answer.status} error whose message looks like a stack trace`;
  }
  if (error.requestId !== undefined && error.requestId !== answer.requestId) {
    return `a ${answer.status} error whose requestId differs from X-Request-Id`;
  }
  return null;
}
