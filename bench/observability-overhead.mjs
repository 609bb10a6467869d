// How much do the request log (console + log stream) and the metrics counting add to latency?
// Same build, two local stacks started side by side in the same run: one with METRICS_ENABLED and
// REQUEST_LOG_ENABLED off ("off", the baseline), one with both on ("on"). The load alternates between
// them in short blocks (off-on, on-off, ...), so whatever else the machine does at a given moment
// falls on both alike; the ratio is taken per block pair and its median reported, with the spread.
// Routes: /api/health (several binding probes), an unknown path (the cheapest answer, where fixed
// costs show most) and a chat turn. Two loads: `saturated` (20 clients on a 2-core machine that runs
// both the load and workerd: latency then tracks CPU per request, i.e. the throughput cost) and
// `oneClient` (one request at a time: the latency a user sees when the Worker is not overloaded,
// which is what a Worker normally is, since the platform adds isolates under load).
// Loopback only; every loop is bounded.
import { buildWorker, runConversations, startWorker, summary } from "./lib.mjs";

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 20);
const CONCURRENCY = 20;
const SATURATED_BLOCK = Number(process.env.BENCH_SATURATED_BLOCK ?? 200);
const ONE_CLIENT_BLOCK = Number(process.env.BENCH_ONE_CLIENT_BLOCK ?? 50);
const WARMUP = 300;

async function timedGet(url, path, expected) {
  const started = performance.now();
  const res = await fetch(url + path);
  await res.arrayBuffer();
  if (res.status !== expected) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

/** `total` GETs by `concurrency` clients, each one request at a time. */
async function hammer(url, path, expected, total, concurrency) {
  const samples = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        samples.push(await timedGet(url, path, expected));
      }
    }),
  );
  return samples;
}

/** Sanity check that the runs measured what they claim: counted requests after the load. */
async function counted(url) {
  let requests = -1;
  for (let poll = 0; poll < 50; poll++) {
    const body = await (await fetch(`${url}/api/metrics`)).json();
    if (body.window.sinceStart.requests === requests) break;
    requests = body.window.sinceStart.requests;
  }
  return requests;
}

let conversationBlock = 0;
const health = (users) => (url) =>
  hammer(url, "/api/health", 200, users === 1 ? ONE_CLIENT_BLOCK : SATURATED_BLOCK, users);
const notFound = (users) => (url) =>
  hammer(url, "/api/bench-not-found", 404, users === 1 ? ONE_CLIENT_BLOCK : SATURATED_BLOCK, users);
// One block: `users` new conversations at once (20 × 8 turns), or 2 one after the other (16 turns).
const chat = (users) => (url, name) => {
  conversationBlock += 1;
  return runConversations(url, {
    users,
    rounds: users === 1 ? 2 : 1,
    prefix: `${name}-${users}-${conversationBlock}`,
  });
};

const LOADS = {
  saturated: { health: health(CONCURRENCY), notFound: notFound(CONCURRENCY), chat: chat(CONCURRENCY) },
  oneClient: { health: health(1), notFound: notFound(1), chat: chat(1) },
};

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
const quartiles = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.floor((3 * (s.length - 1)) / 4)]];
};

const script = buildWorker();
const stacks = {};
const sent = { off: 0, on: 0 };
try {
  for (const [name, enabled] of [
    ["off", "false"],
    ["on", "true"],
  ]) {
    stacks[name] = await startWorker(
      script,
      // Logging and metrics together, as the issue asks: on vs the same build with both off.
      { METRICS_ENABLED: enabled, REQUEST_LOG_ENABLED: enabled, RATE_LIMIT_PER_MINUTE: "10000" },
      { quiet: true },
    );
  }
  // Warm-up: JIT, SQLite files, the Metrics and LogStream objects, a few sessions.
  for (const name of ["off", "on"]) {
    const { url } = stacks[name];
    sent[name] += (await hammer(url, "/api/health", 200, WARMUP, CONCURRENCY)).length;
    sent[name] += (await hammer(url, "/api/bench-not-found", 404, WARMUP, CONCURRENCY)).length;
    sent[name] += (
      await runConversations(url, { users: CONCURRENCY, rounds: 1, prefix: `warm-${name}` })
    ).length;
  }

  const report = {
    bench: "observability-overhead",
    method: "off and on stacks side by side, load alternating between them in blocks",
    blocks: BLOCKS,
    requestsPerBlock: { saturated: SATURATED_BLOCK, oneClient: ONE_CLIENT_BLOCK },
  };
  for (const [load, routes] of Object.entries(LOADS)) {
    report[load] = {};
    for (const [route, run] of Object.entries(routes)) {
      const all = { off: [], on: [] };
      const ratios = [];
      for (let block = 0; block < BLOCKS; block++) {
        const p50 = {};
        for (const name of block % 2 === 0 ? ["off", "on"] : ["on", "off"]) {
          const samples = await run(stacks[name].url, name);
          sent[name] += samples.length;
          all[name].push(...samples);
          p50[name] = summary(samples).p50;
        }
        ratios.push(p50.on / p50.off);
      }
      const off = summary(all.off);
      const on = summary(all.on);
      const [q1, q3] = quartiles(ratios);
      report[load][route] = {
        off_ms: { p50: off.p50.toFixed(2), p95: off.p95.toFixed(2) },
        on_ms: { p50: on.p50.toFixed(2), p95: on.p95.toFixed(2) },
        // The headline: median over blocks of (on p50 / off p50), with the quartiles as the spread.
        ratio_p50: median(ratios).toFixed(3),
        ratio_p50_quartiles: [q1.toFixed(3), q3.toFixed(3)],
        ratio_p50_pooled: (on.p50 / off.p50).toFixed(3),
        ratio_p95_pooled: (on.p95 / off.p95).toFixed(3),
        added_ms_p50: (on.p50 - off.p50).toFixed(3),
      };
    }
  }
  report.counted = {
    on: `${await counted(stacks.on.url)} of ${sent.on}`,
    off: `${await counted(stacks.off.url)} (counting off)`,
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  for (const stack of Object.values(stacks)) await stack.mf.dispose();
}
