// The OpenAI mock (test/support/openai-mock.mjs) speaks the wire format the official `openai`
// client expects, and every scripted step does what the smart-mode tests rely on. Loopback only.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, test } from "node:test";
import OpenAI from "openai";
import {
  DEFAULT_ANSWER,
  DEFAULT_CLASSIFICATION,
  OFF_SCHEMA_CLASSIFICATION,
  startOpenAiMock,
} from "../support/openai-mock.mjs";

let mock;
let client;

before(async () => {
  mock = await startOpenAiMock();
  client = new OpenAI({ apiKey: "test-key", baseURL: mock.baseURL, maxRetries: 0, logLevel: "off" });
});

after(() => mock?.close());

/** Random letters: the only thing that ties a request to a scenario. */
const newMarker = () => Array.from(randomBytes(12), (b) => String.fromCharCode(97 + (b % 26))).join("");

const script = async (marker, steps) => {
  const res = await fetch(`${mock.url}/__mock/scenarios`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ marker, steps }),
  });
  assert.equal(res.status, 200, await res.text());
};

const recorded = async (marker) => {
  const res = await fetch(`${mock.url}/__mock/requests?marker=${marker}`);
  return (await res.json()).requests;
};

const messages = (marker) => [{ role: "user", content: `mi notebook no prende ${marker}` }];
const ask = (marker, extra = {}, options = {}) =>
  client.chat.completions.create({ model: "gpt-4o-mini", messages: messages(marker), ...extra }, options);

async function collect(stream) {
  const pieces = [];
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content;
    if (delta) pieces.push(delta);
  }
  return pieces;
}

/** Raw streaming call, for what the client hides (the [DONE] line, timings). */
const rawStream = (marker) =>
  fetch(`${mock.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer raw-key" },
    body: JSON.stringify({ model: "m", stream: true, messages: messages(marker) }),
    signal: AbortSignal.timeout(5_000),
  });

test("default answer: a chat.completion object the client parses", async () => {
  const completion = await ask(newMarker());
  assert.equal(completion.object, "chat.completion");
  assert.equal(completion.model, "gpt-4o-mini");
  assert.equal(completion.choices[0].message.role, "assistant");
  assert.equal(completion.choices[0].message.content, DEFAULT_ANSWER);
  assert.equal(completion.choices[0].finish_reason, "stop");
  assert.ok(completion.usage.total_tokens > 0);
});

test("default answer to a classification call (response_format) is the empty classification", async () => {
  const completion = await ask(newMarker(), {
    response_format: {
      type: "json_schema",
      json_schema: { name: "classification", schema: { type: "object" }, strict: true },
    },
  });
  assert.equal(completion.choices[0].message.content, DEFAULT_CLASSIFICATION);
});

test("default streamed answer: word by word through the client, ending in [DONE]", async () => {
  const pieces = await collect(await ask(newMarker(), { stream: true }));
  assert.ok(pieces.length > 1);
  assert.equal(pieces.join(""), DEFAULT_ANSWER);

  const res = await rawStream(newMarker());
  assert.match(res.headers.get("content-type") ?? "", /^text\/event-stream/);
  const lines = (await res.text()).split("\n").filter((l) => l.startsWith("data: "));
  assert.equal(lines.at(-1), "data: [DONE]");
  const chunks = lines.slice(0, -1).map((l) => JSON.parse(l.slice(6)));
  assert.ok(chunks.every((c) => c.object === "chat.completion.chunk"));
  assert.equal(chunks[0].choices[0].delta.role, "assistant");
  assert.equal(chunks.at(-1).choices[0].finish_reason, "stop");
});

test("GET /v1/models lists one model", async () => {
  const models = [];
  for await (const model of client.models.list()) models.push(model.id);
  assert.equal(models.length, 1);
});

test("ok step: scripted content, JSON and streamed, with the first-token delay", async () => {
  const marker = newMarker();
  await script(marker, [
    { kind: "ok", content: "Primero revisá el cargador." },
    { kind: "ok", content: "Uno dos tres cuatro", firstTokenDelayMs: 150, chunkDelayMs: 10 },
  ]);
  const completion = await ask(marker);
  assert.equal(completion.choices[0].message.content, "Primero revisá el cargador.");

  const started = performance.now();
  const stream = await ask(marker, { stream: true });
  /** @type {number | null} */
  let firstTokenMs = null;
  const pieces = [];
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content;
    if (!delta) continue;
    firstTokenMs ??= performance.now() - started;
    pieces.push(delta);
  }
  assert.deepEqual(pieces, ["Uno", " dos", " tres", " cuatro"]);
  assert.ok(firstTokenMs !== null && firstTokenMs >= 140, `first token after ${firstTokenMs} ms`);

  // Steps are used up: the next request gets the default answer.
  assert.equal((await ask(marker)).choices[0].message.content, DEFAULT_ANSWER);
});

test("error steps: 500, 400 and 503 become APIErrors with the OpenAI error body", async () => {
  const marker = newMarker();
  await script(marker, [
    { kind: "error", status: 500, message: "boom" },
    { kind: "error", status: 400 },
    { kind: "error", status: 503 },
  ]);
  await assert.rejects(ask(marker), (error) => {
    assert.ok(error instanceof OpenAI.InternalServerError);
    assert.equal(error.status, 500);
    // The client types the parsed error body as Object; the mock sends OpenAI's { message, type, ... }.
    assert.equal(/** @type {{ message?: string } | undefined} */ (error.error)?.message, "boom");
    assert.equal(error.type, "server_error");
    return true;
  });
  await assert.rejects(ask(marker), OpenAI.BadRequestError);
  await assert.rejects(
    ask(marker, { stream: true }),
    (error) => error instanceof OpenAI.APIError && error.status === 503,
  );
});

test("error step 429 carries Retry-After (and retry-after-ms when asked)", async () => {
  const marker = newMarker();
  await script(marker, [
    { kind: "error", status: 429, retryAfter: 2 },
    { kind: "error", status: 429, retryAfterMs: 300 },
  ]);
  await assert.rejects(ask(marker), (error) => {
    assert.ok(error instanceof OpenAI.RateLimitError);
    assert.equal(error.headers.get("retry-after"), "2");
    assert.equal(error.code, "rate_limit_exceeded");
    return true;
  });
  await assert.rejects(ask(marker, { stream: true }), (error) => {
    assert.ok(error instanceof OpenAI.APIError);
    assert.equal(error.status, 429);
    assert.equal(error.headers.get("retry-after-ms"), "300");
    return true;
  });
});

test("hang step: nothing comes back until the client gives up", async () => {
  const marker = newMarker();
  await script(marker, [{ kind: "hang" }, { kind: "hang" }]);
  const started = performance.now();
  await assert.rejects(ask(marker, {}, { signal: AbortSignal.timeout(200) }), OpenAI.APIUserAbortError);
  await assert.rejects(
    ask(marker, { stream: true }, { signal: AbortSignal.timeout(200) }),
    OpenAI.APIUserAbortError,
  );
  assert.ok(performance.now() - started < 2_000);
  // The mock is still serving after the aborted requests.
  assert.equal((await ask(marker)).choices[0].message.content, DEFAULT_ANSWER);
});

test("close_mid_stream step: some chunks arrive, then the client sees an error", async () => {
  const marker = newMarker();
  await script(marker, [
    { kind: "close_mid_stream", content: "uno dos tres cuatro cinco", afterChunks: 2 },
    { kind: "close_mid_stream" },
  ]);
  const stream = await ask(marker, { stream: true });
  const pieces = [];
  // Node's fetch reports the dropped connection as TypeError("terminated").
  await assert.rejects(async () => {
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta?.content;
      if (delta) pieces.push(delta);
    }
  }, TypeError);
  assert.deepEqual(pieces, ["uno", " dos"]);
  // Without stream: true the JSON body is cut short.
  await assert.rejects(ask(marker), TypeError);
});

test("malformed step: a 200 that is not JSON fails in the client, streamed or not", async () => {
  const marker = newMarker();
  await script(marker, [{ kind: "malformed" }, { kind: "malformed" }, { kind: "malformed" }]);
  await assert.rejects(ask(marker), SyntaxError);
  await assert.rejects(collect(await ask(marker, { stream: true })), SyntaxError);
  const res = await rawStream(marker);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /^data: \{not json/);
});

test("off_schema step: valid JSON content that breaks the classification schema", async () => {
  const marker = newMarker();
  await script(marker, [{ kind: "off_schema" }]);
  const completion = await ask(marker, {
    response_format: { type: "json_schema", json_schema: { name: "c", schema: { type: "object" } } },
  });
  assert.equal(completion.choices[0].message.content, OFF_SCHEMA_CLASSIFICATION);
  assert.deepEqual(JSON.parse(completion.choices[0].message.content), { device: "toaster", problem: 42 });
});

test("scenarios match by marker only: another conversation gets the default answer", async () => {
  const mine = newMarker();
  const other = newMarker();
  await script(mine, [{ kind: "ok", content: "solo para mí" }]);
  assert.equal((await ask(other)).choices[0].message.content, DEFAULT_ANSWER);
  assert.equal((await ask(mine)).choices[0].message.content, "solo para mí");
});

test("recorded requests: every completion request with the marker, in order, with its headers", async () => {
  const marker = newMarker();
  await ask(marker);
  await ask(marker, { stream: true }).then(collect);
  await ask(newMarker());
  const requests = await recorded(marker);
  assert.equal(requests.length, 2);
  assert.ok(requests[0].at <= requests[1].at);
  assert.equal(requests[0].path, "/v1/chat/completions");
  assert.equal(requests[0].headers.authorization, "Bearer test-key");
  assert.match(requests[0].headers["content-type"], /^application\/json/);
  assert.equal(requests[0].body.stream, undefined);
  assert.equal(requests[1].body.stream, true);
  assert.match(requests[1].body.messages[0].content, new RegExp(marker));
});

test("control API refuses bad scenarios; unknown routes and a missing key are OpenAI-style errors", async () => {
  const post = (body) =>
    fetch(`${mock.url}/__mock/scenarios`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  assert.equal((await post({ marker: "ab", steps: [] })).status, 400);
  assert.equal((await post({ marker: "has spaces", steps: [] })).status, 400);
  assert.equal((await post({ marker: newMarker(), steps: [{ kind: "explode" }] })).status, 400);
  assert.equal((await post({ marker: newMarker(), steps: [{ kind: "error" }] })).status, 400);

  const missing = await fetch(`${mock.url}/v1/nothing`);
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, "not_found");

  const anonymous = await fetch(`${mock.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ model: "m", messages: [] }),
  });
  assert.equal(anonymous.status, 401);
});

test("reset forgets scenarios and recorded requests", async () => {
  const marker = newMarker();
  await script(marker, [{ kind: "error", status: 500 }]);
  await fetch(`${mock.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: "Bearer k" },
    body: JSON.stringify({ model: "m", messages: messages(`${marker} first`) }),
  }).then((r) => r.arrayBuffer());
  await script(marker, [{ kind: "error", status: 500 }]);
  assert.equal((await recorded(marker)).length, 1);

  const res = await fetch(`${mock.url}/__mock/reset`, { method: "POST" });
  assert.equal(res.status, 200);
  assert.deepEqual(await recorded(marker), []);
  assert.equal((await ask(marker)).choices[0].message.content, DEFAULT_ANSWER);
});
