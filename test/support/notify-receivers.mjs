// Local receivers for the notification channels: a generic webhook, a Slack- and a
// Discord-compatible incoming webhook and Telegram's Bot API (sendMessage), on one loopback HTTP
// server. They are the network edge of the notifications: the queue consumer under test posts to
// them over real HTTP, exactly as it posts to Slack or Telegram, so nothing inside the Worker is
// faked (vitest.config.ts starts it for the `notifications` project).
//
// Tests inside workerd script it over HTTP, like the OpenAI mock: a scenario is a list of steps
// for one channel's requests whose raw body contains a marker (a ticket id), consumed one request
// at a time; without steps a receiver accepts. Every request is recorded, raw body included, so a
// test can verify the webhook's signature the way a receiver would.
import { createServer } from "node:http";

/** No response, however it was scripted, stays open longer than this. */
const MAX_RESPONSE_MS = 60_000;
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_RECORDED_REQUESTS = 2_000;
const CHANNELS = new Set(["webhook", "slack", "discord", "telegram"]);
const STEP_KINDS = new Set(["ok", "error", "hang", "reset"]);
const KEPT_HEADERS = ["content-type", "user-agent", "x-sti-signature", "x-sti-delivery"];

/**
 * @param {{ port?: number }} [options]
 * @returns {Promise<import("./notify-receivers.d.mts").NotifyReceivers>}
 */
export async function startNotifyReceivers({ port = 0 } = {}) {
  /** @type {Map<string, object[]>} `${channel} ${marker}` -> steps not yet consumed */
  const scenarios = new Map();
  /** @type {object[]} */
  let recorded = [];

  const server = createServer((req, res) => {
    const guard = setTimeout(() => res.destroy(), MAX_RESPONSE_MS);
    guard.unref();
    res.on("close", () => clearTimeout(guard));
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, { error: String(error) });
      else res.destroy();
    });
  });
  server.on("connection", (socket) => socket.unref());

  async function handle(req, res) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readBody(req);
    if (req.method === "POST" && url.pathname === "/__mock/scenarios") return register(res, raw);
    if (req.method === "GET" && url.pathname === "/__mock/requests") {
      const marker = url.searchParams.get("marker");
      const channel = url.searchParams.get("channel");
      const matching = recorded.filter(
        (r) => (!marker || r.raw.includes(marker)) && (!channel || r.channel === channel),
      );
      return send(res, 200, { requests: matching });
    }
    const channel = url.pathname.split("/")[1] ?? "";
    if (req.method !== "POST" || !CHANNELS.has(channel)) return send(res, 404, { error: "no such receiver" });
    const step = nextStep(channel, raw);
    const headers = Object.fromEntries(KEPT_HEADERS.map((h) => [h, req.headers[h] ?? null]));
    recorded.push({
      at: Date.now(),
      channel,
      path: url.pathname,
      headers,
      raw,
      answer: step.kind === "hang" ? "hang" : (step.status ?? 200),
    });
    if (recorded.length > MAX_RECORDED_REQUESTS) recorded = recorded.slice(-MAX_RECORDED_REQUESTS);
    if (step.kind === "hang") return; // accepted, never answered (cut by the guard)
    if (step.kind === "reset") return req.socket.destroy(); // the connection drops: a network error
    if (step.kind === "error") return send(res, step.status, { ok: false, error: "scripted failure" });
    if (channel === "discord") return send(res, 204, null);
    if (channel === "telegram") return send(res, 200, { ok: true, result: { message_id: recorded.length } });
    if (channel === "slack") return sendText(res, 200, "ok");
    return send(res, 200, { received: true });
  }

  function nextStep(channel, raw) {
    for (const [key, steps] of scenarios) {
      const [scripted, marker] = key.split(" ");
      if (scripted === channel && raw.includes(marker) && steps.length > 0) return steps.shift();
    }
    return { kind: "ok" };
  }

  function register(res, raw) {
    const scenario = JSON.parse(raw);
    const { marker, channel, steps } = scenario ?? {};
    if (typeof marker !== "string" || marker.length < 6 || marker.includes(" ")) {
      return send(res, 400, { error: "marker: 6 or more characters, no spaces" });
    }
    if (!CHANNELS.has(channel))
      return send(res, 400, { error: `channel: one of ${[...CHANNELS].join(", ")}` });
    if (!Array.isArray(steps) || steps.some((s) => !STEP_KINDS.has(s?.kind))) {
      return send(res, 400, { error: `steps: a list of { kind: ${[...STEP_KINDS].join(" | ")} }` });
    }
    scenarios.set(`${channel} ${marker}`, [...steps]);
    return send(res, 200, { ok: true });
  }

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(undefined));
  });
  server.unref();
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("body too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res, status, body) {
  if (body === null) {
    res.writeHead(status);
    return res.end();
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

function sendText(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}
