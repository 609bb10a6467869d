// Where does a chat turn's CPU go? Serves the Worker on workerd with its DevTools inspector open,
// records a CPU profile (V8's sampling profiler) while `users` clients run the turn bench's
// conversation, maps every sample through the bundle's source map to the original file, and sums
// the samples by stage of a turn (a native frame counts for the nearest frame of ours above it).
// Prints milliseconds of CPU per conversation and per request, by stage. Loopback only; bounded.
import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { buildWorker, CONVERSATION, startWorker } from "./lib.mjs";

const USERS = Number(process.env.BENCH_USERS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const INSPECTOR_PORT = Number(process.env.BENCH_INSPECTOR_PORT ?? 9329);
const CONV = [...CONVERSATION.slice(0, 7), { path: "/api/chat", body: { action: "technician" } }];

/** The stage a source file belongs to; first match wins. */
const STAGES = /** @type {[string, RegExp][]} */ ([
  ["smart-mode flag", /src\/(smart\/flag|routes\/turn-context|lib\/smart\/mode)/],
  [
    "routing, validation, errors",
    /src\/(index|routes\/|middleware\/|schemas|errors|refusals|config|lib\/allowed-methods)|node_modules\/(hono|zod|@hono)/,
  ],
  [
    "logs (request line, shipper, masking of lines)",
    /src\/observability\/(log|request-log|levels|isolate-sender|execution-context)|src\/lib\/masking/,
  ],
  ["metrics", /src\/observability\/metrics/],
  ["understanding", /src\/lib\/understanding/],
  ["engine and replies", /src\/lib\/(flow|knowledge-base)/],
  [
    "ticket (hand-off)",
    /durable-objects\/chat-session\/ticket-writer|src\/lib\/tickets|src\/storage\/tickets|src\/lib\/signing|src\/lib\/keys/,
  ],
  ["session index (D1)", /durable-objects\/chat-session\/index-row|src\/storage\/sessions/],
  [
    "transcript alarm (R2)",
    /durable-objects\/chat-session\/alarms|src\/storage\/transcripts|src\/lib\/transcript/,
  ],
  ["session storage (SQLite, rate limit)", /durable-objects\/chat-session\/(storage|schema)/],
  ["session object (queue, pipeline, RPC glue)", /durable-objects\/|src\/protocol/],
  ["other bundled code", /./],
]);

/** A tiny DevTools protocol client over the inspector's WebSocket. */
async function inspector(/** @type {number} */ port) {
  const targets = /** @type {{ title: string, webSocketDebuggerUrl: string }[]} */ (
    await (await fetch(`http://127.0.0.1:${port}/json`)).json()
  );
  const target = targets.find((t) => t.title.includes("sti-chat-edge")) ?? targets[0];
  if (!target) throw new Error("no inspector target");
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve, { once: true });
    ws.addEventListener("error", reject, { once: true });
  });
  let id = 0;
  /** @type {Map<number, (value: any) => void>} */
  const waiting = new Map();
  ws.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data));
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  return {
    /** @param {string} method @param {object} [params] @returns {Promise<any>} */
    send(method, params = {}) {
      id += 1;
      ws.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve) => waiting.set(id, resolve));
    },
    close: () => ws.close(),
  };
}

/** @param {string} url @param {number} users @param {number} rounds @param {string} prefix */
async function load(url, users, rounds, prefix) {
  let requests = 0;
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      Array.from({ length: users }, async (_, u) => {
        for (const step of CONV) {
          const res = await fetch(url + step.path, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ sessionId: `${prefix}-${round}-${u}`, ...step.body }),
          });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${step.path} answered ${res.status}`);
          requests += 1;
        }
      }),
    );
  }
  return requests;
}

const script = buildWorker();
const map = new SourceMap(JSON.parse(readFileSync(`${script}.map`, "utf8")));
const { mf, url } = await startWorker(
  script,
  { RATE_LIMIT_PER_MINUTE: "10000" },
  { quiet: true, inspectorPort: INSPECTOR_PORT },
);
try {
  await load(url, USERS, 2, "warm");
  const devtools = await inspector(INSPECTOR_PORT);
  await devtools.send("Profiler.enable");
  await devtools.send("Profiler.setSamplingInterval", { interval: 100 });
  await devtools.send("Profiler.start");
  const requests = await load(url, USERS, ROUNDS, `profiled-${Date.now()}`);
  // Deferred work (index refresh, transcript alarm ~1 s later) belongs to the turns too.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { profile } = await devtools.send("Profiler.stop");
  devtools.close();

  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  /** @type {Map<number, string>} */
  const stageOf = new Map();
  /** @type {Map<number, string>} */
  const fileOf = new Map();
  /** @type {(nodeId: number) => string} */
  const classify = (nodeId) => {
    const known = stageOf.get(nodeId);
    if (known) return known;
    const { callFrame } = nodes.get(nodeId);
    /** @type {string} */
    let stage;
    if (callFrame.url.endsWith("index.js")) {
      const entry = map.findEntry(callFrame.lineNumber, callFrame.columnNumber);
      const source = "originalSource" in entry ? String(entry.originalSource) : "";
      stage = STAGES.find(([, re]) => re.test(source))?.[0] ?? "other bundled code";
      const fn = callFrame.functionName || "(anonymous)";
      fileOf.set(nodeId, `${source.replace(/^.*?(src\/|durable-objects\/|node_modules\/)/, "$1")} ${fn}`);
    } else if (["(idle)", "(program)", "(garbage collector)"].includes(callFrame.functionName)) {
      stage = callFrame.functionName === "(idle)" ? "idle" : "runtime (GC, program)";
    } else {
      const up = parent.get(nodeId);
      stage = up === undefined ? "runtime (native, no caller of ours)" : classify(up);
      if (up !== undefined)
        fileOf.set(nodeId, `${fileOf.get(up) ?? "?"} > ${callFrame.functionName || "(native)"}`);
    }
    stageOf.set(nodeId, stage);
    return stage;
  };
  /** @type {Record<string, number>} */
  const us = {};
  /** @type {Record<string, number>} */
  const byFunction = {};
  profile.samples.forEach((/** @type {number} */ nodeId, /** @type {number} */ i) => {
    const stage = classify(nodeId);
    const dt = profile.timeDeltas[i] ?? 0;
    us[stage] = (us[stage] ?? 0) + dt;
    const where = fileOf.get(nodeId);
    if (where) byFunction[where] = (byFunction[where] ?? 0) + dt;
  });
  const conversations = USERS * ROUNDS;
  const busy = Object.entries(us).filter(([stage]) => stage !== "idle");
  const total = busy.reduce((sum, [, t]) => sum + t, 0);
  console.log(
    JSON.stringify(
      {
        bench: "turn-profile",
        users: USERS,
        conversations,
        requests,
        cpu_ms_per_conversation: Number((total / 1000 / conversations).toFixed(2)),
        cpu_ms_per_request: Number((total / 1000 / requests).toFixed(3)),
        by_stage_ms_per_request: Object.fromEntries(
          busy
            .sort((a, b) => b[1] - a[1])
            .map(([stage, t]) => [stage, Number((t / 1000 / requests).toFixed(3))]),
        ),
        share: Object.fromEntries(busy.map(([stage, t]) => [stage, `${((100 * t) / total).toFixed(1)}%`])),
        // The 25 functions (and the native calls they make) with the most self time, ms per request.
        top_functions: Object.fromEntries(
          Object.entries(byFunction)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 25)
            .map(([where, t]) => [where, Number((t / 1000 / requests).toFixed(3))]),
        ),
      },
      null,
      2,
    ),
  );
} finally {
  await mf.dispose();
}
