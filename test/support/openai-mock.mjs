// A local OpenAI-compatible server (Chat Completions only) that tests can make slow, failing or
// malformed. It is the network edge of smart mode: the Worker under test talks to it over real
// HTTP, exactly as it talks to OpenAI, so nothing inside the Worker is faked.
//
// Tests running inside workerd cannot share memory with this process, so they script it over
// HTTP: a scenario is a list of steps for every completion request whose raw body contains a
// marker (random letters the test puts in its chat message), which keeps concurrent test files
// from consuming each other's steps. See test/README.md for the control API.
import { createServer } from "node:http";

/** No response, however it was scripted, stays open longer than this. */
const MAX_RESPONSE_MS = 60_000;
/** Request bodies above this get 413 (a photo turn sends one image as a data URL). */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** Oldest recorded requests are dropped past this many, so a long benchmark stays bounded. */
const MAX_RECORDED_REQUESTS = 1_000;
const MARKER_PATTERN = /^[A-Za-z]{6,64}$/;
const STEP_KINDS = new Set(["ok", "error", "hang", "close_mid_stream", "malformed", "off_schema"]);

export const MOCK_MODEL = "mock-gpt";
export const DEFAULT_ANSWER = "Respuesta de prueba del modelo.";
export const DEFAULT_CLASSIFICATION = '{"device":null,"problem":null}';
export const OFF_SCHEMA_CLASSIFICATION = '{"device":"toaster","problem":42}';

const ERROR_TYPES = {
  400: ["invalid_request_error", "invalid_request"],
  401: ["invalid_request_error", "invalid_api_key"],
  404: ["invalid_request_error", "not_found"],
  413: ["invalid_request_error", "request_too_large"],
  429: ["requests", "rate_limit_exceeded"],
  500: ["server_error", "server_error"],
  503: ["server_error", "service_unavailable"],
};

/**
 * @param {import("./openai-mock.d.mts").OpenAiMockOptions} [options]
 * @returns {Promise<import("./openai-mock.d.mts").OpenAiMock>}
 */
export async function startOpenAiMock({ port = 0, defaults = {} } = {}) {
  /** @type {Map<string, object[]>} marker -> steps not yet consumed */
  const scenarios = new Map();
  /** @type {{ at: number, path: string, headers: object, body: unknown, raw: string }[]} */
  let recorded = [];

  const server = createServer((req, res) => {
    // Every response ends by itself, even a `hang` whose client never gives up.
    const guard = setTimeout(() => res.destroy(), MAX_RESPONSE_MS);
    guard.unref();
    res.on("close", () => clearTimeout(guard));
    handle(req, res).catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: "mock_error" } });
      else res.destroy();
    });
  });
  // Neither the server nor an open connection keeps the test process alive.
  server.on("connection", (socket) => socket.unref());

  async function handle(req, res) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = `${req.method} ${url.pathname}`;
    if (route === "GET /v1/models") {
      return sendJson(res, 200, {
        object: "list",
        data: [{ id: MOCK_MODEL, object: "model", created: 0, owned_by: "sti-mock" }],
      });
    }
    if (route === "POST /v1/chat/completions") return completion(req, res);
    if (route === "POST /__mock/scenarios") return registerScenario(req, res);
    if (route === "GET /__mock/requests") {
      const marker = url.searchParams.get("marker");
      const matching = marker ? recorded.filter((r) => r.raw.includes(marker)) : recorded;
      return sendJson(res, 200, { requests: matching.map(({ raw: _raw, ...request }) => request) });
    }
    if (route === "POST /__mock/reset") {
      scenarios.clear();
      recorded = [];
      return sendJson(res, 200, { ok: true });
    }
    return sendError(res, 404, `No route ${route} in the OpenAI mock`);
  }

  async function registerScenario(req, res) {
    const raw = await readBody(req, res);
    if (raw === null) return;
    const parsed = parseJson(raw);
    const problem = scenarioProblem(parsed);
    if (problem) return sendError(res, 400, problem);
    scenarios.set(parsed.marker, [...parsed.steps]);
    return sendJson(res, 200, { ok: true, marker: parsed.marker, steps: parsed.steps.length });
  }

  async function completion(req, res) {
    const raw = await readBody(req, res);
    if (raw === null) return;
    const body = parseJson(raw);
    recorded.push({
      at: Date.now(),
      path: "/v1/chat/completions",
      headers: {
        authorization: req.headers.authorization ?? null,
        "content-type": req.headers["content-type"] ?? null,
      },
      body: body === undefined ? raw : body,
      raw,
    });
    if (recorded.length > MAX_RECORDED_REQUESTS) recorded = recorded.slice(-MAX_RECORDED_REQUESTS);

    if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) {
      return sendError(res, 401, "Missing bearer authentication in header");
    }
    if (body === undefined || typeof body !== "object" || body === null || !Array.isArray(body.messages)) {
      return sendError(res, 400, "The body must be a JSON object with a messages array");
    }
    const request = {
      model: typeof body.model === "string" ? body.model : MOCK_MODEL,
      stream: body.stream === true,
      includeUsage: body.stream_options?.include_usage === true,
      classification: body.response_format !== undefined && body.response_format !== null,
    };
    const step = nextStep(raw) ?? {
      kind: "ok",
      firstTokenDelayMs: defaults.firstTokenDelayMs,
      chunkDelayMs: defaults.chunkDelayMs,
      // A default content is an answer's; classification calls keep their JSON.
      content: request.classification ? undefined : defaults.content,
    };
    return respond(res, request, step);
  }

  /** The first unfinished scenario whose marker is in the body gives up its next step. */
  function nextStep(raw) {
    for (const [marker, steps] of scenarios) {
      if (steps.length > 0 && raw.includes(marker)) return steps.shift();
    }
    return undefined;
  }

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve(undefined);
    });
  });
  server.unref();
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The OpenAI mock has no TCP address");
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/** What is wrong with a scenario registration, or null when it is valid. */
function scenarioProblem(value) {
  if (typeof value !== "object" || value === null) return "The body must be a JSON object";
  if (typeof value.marker !== "string" || !MARKER_PATTERN.test(value.marker)) {
    return "marker must be 6 to 64 ASCII letters (random, so it matches only this test's requests)";
  }
  if (!Array.isArray(value.steps)) return "steps must be an array";
  for (const [i, step] of value.steps.entries()) {
    if (typeof step !== "object" || step === null || !STEP_KINDS.has(step.kind)) {
      return `steps[${i}].kind must be one of ${[...STEP_KINDS].join(", ")}`;
    }
    if (
      step.kind === "error" &&
      !(Number.isInteger(step.status) && step.status >= 400 && step.status <= 599)
    ) {
      return `steps[${i}].status must be an HTTP error status (400-599)`;
    }
  }
  return null;
}

/** Plays one step. Streamed answers are one chunk per word, like the real API's small deltas. */
async function respond(res, request, step) {
  const content =
    step.kind === "off_schema"
      ? OFF_SCHEMA_CLASSIFICATION
      : (step.content ?? (request.classification ? DEFAULT_CLASSIFICATION : DEFAULT_ANSWER));
  const firstTokenDelayMs = clampDelay(step.firstTokenDelayMs);
  const chunkDelayMs = clampDelay(step.chunkDelayMs);

  switch (step.kind) {
    case "error": {
      const headers = {};
      if (step.retryAfter !== undefined) headers["Retry-After"] = String(step.retryAfter);
      if (step.retryAfterMs !== undefined) headers["retry-after-ms"] = String(step.retryAfterMs);
      return sendError(res, step.status, step.message, headers);
    }
    case "hang":
      // Headers are not even sent: the client sees a server that accepted and went silent.
      return;
    case "malformed":
      if (!request.stream) {
        res.writeHead(200, { "Content-Type": "application/json" });
        return void res.end('{"id":"chatcmpl-mock","choices":[{"message":');
      }
      startStream(res);
      await write(res, "data: {not json\n\n");
      await write(res, "data: {not json either\n\n");
      return void res.end("data: [DONE]\n\n");
  }

  const id = `chatcmpl-mock${Math.random().toString(36).slice(2, 12)}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = {
    prompt_tokens: 10,
    completion_tokens: words(content).length,
    total_tokens: 10 + words(content).length,
  };

  if (!request.stream) {
    if (step.kind === "close_mid_stream") {
      // Half a body, then the connection drops.
      res.writeHead(200, { "Content-Type": "application/json" });
      await write(res, '{"id":"chatcmpl-mock","object":"chat.completion","choices":[');
      return void res.destroy();
    }
    if (!(await sleep(firstTokenDelayMs, res))) return;
    return sendJson(res, 200, {
      id,
      object: "chat.completion",
      created,
      model: request.model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content, refusal: null },
          logprobs: null,
          finish_reason: "stop",
        },
      ],
      usage,
    });
  }

  const chunk = (delta, finishReason = null) =>
    `data: ${JSON.stringify({
      id,
      object: "chat.completion.chunk",
      created,
      model: request.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    })}\n\n`;
  startStream(res);
  await write(res, chunk({ role: "assistant", content: "" }));
  const pieces = words(content);
  const limit = step.kind === "close_mid_stream" ? Math.max(0, step.afterChunks ?? 2) : pieces.length;
  for (const [i, piece] of pieces.slice(0, limit).entries()) {
    if (!(await sleep(i === 0 ? firstTokenDelayMs : chunkDelayMs, res))) return;
    await write(res, chunk({ content: piece }));
  }
  if (step.kind === "close_mid_stream") return void res.destroy();
  await write(res, chunk({}, "stop"));
  if (request.includeUsage) {
    await write(
      res,
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: request.model, choices: [], usage })}\n\n`,
    );
  }
  res.end("data: [DONE]\n\n");
}

/** "a b c" -> ["a", " b", " c"]: concatenated, the pieces are the content again. */
function words(content) {
  return content.match(/\s*\S+/g) ?? (content ? [content] : []);
}

function startStream(res) {
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache",
    Connection: "keep-alive",
  });
  res.flushHeaders();
}

/** Resolves once the bytes are handed to the socket (or the client is gone). */
function write(res, text) {
  if (res.destroyed) return Promise.resolve();
  return new Promise((resolve) => res.write(text, () => resolve(undefined)));
}

/** Waits `ms`; false when the client went away meanwhile (then there is nothing left to do). */
function sleep(ms, res) {
  if (res.destroyed) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off("close", onClose);
      resolve(!res.destroyed);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once("close", onClose);
  });
}

function clampDelay(ms) {
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_RESPONSE_MS) : 0;
}

function readBody(req, res) {
  return new Promise((resolve) => {
    const parts = [];
    let size = 0;
    req.on("data", (part) => {
      size += part.length;
      if (size <= MAX_BODY_BYTES) parts.push(part);
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) {
        sendError(res, 413, `Request bodies are limited to ${MAX_BODY_BYTES} bytes`);
        resolve(null);
      } else resolve(Buffer.concat(parts).toString("utf8"));
    });
    req.on("error", () => resolve(null));
  });
}

function parseJson(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function sendJson(res, status, value, headers = {}) {
  const body = JSON.stringify(value);
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(body);
}

function sendError(res, status, message, headers = {}) {
  const [type, code] =
    ERROR_TYPES[status] ?? (status >= 500 ? ["server_error", null] : ["invalid_request_error", null]);
  sendJson(
    res,
    status,
    { error: { message: message ?? `Mock error ${status}`, type, param: null, code } },
    headers,
  );
}
