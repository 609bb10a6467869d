// How much do the request log (console + log stream) and the metrics counting add to latency?
// Same build, local stacks in the same run: METRICS_ENABLED + REQUEST_LOG_ENABLED off vs on, in BENCH_PAIRS pairs after a
// warm-up, the order alternating between pairs. Routes: /api/health (several binding probes), an unknown path (the cheapest
// answer, where fixed costs show most) and a chat turn. Ratios against "off". Loopback only; bounded.
// Two loads per run: `saturated` (20 clients on a 2-core machine running both the load and workerd: latency then tracks
// CPU per request, i.e. the throughput cost) and `oneClient` (one request at a time: the latency a user sees when the
// Worker is not overloaded, which is what a Worker normally is since the platform adds isolates under load).
import { buildWorker, runConversations, startWorker, summary } from "./lib.mjs";

const USERS = Number(process.env.BENCH_USERS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 4);
const CONCURRENCY = 20;
const ONE_CLIENT_REQUESTS = Number(process.env.BENCH_ONE_CLIENT_REQUESTS ?? 500);
const ONE_CLIENT_ROUNDS = Number(process.env.BENCH_ONE_CLIENT_ROUNDS ?? 20);

async function timedGet(url, path, expected) {
  const started = performance.now();
  const res = await fetch(url + path);
  await res.arrayBuffer();
  if (res.status !== expected) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

/** `total` GETs by CONCURRENCY clients, each one request at a time. */
async function hammer(url, path, expected, total, concurrency = CONCURRENCY) {
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

const script = buildWorker();
const kinds = [["warmup", "true"]];
for (let pair = 1; pair <= PAIRS; pair++) {
  const off = [`off_${pair}`, "false"];
  const on = [`on_${pair}`, "true"];
  // Alternate which goes first (off-on, on-off, ...) so drift on a busy machine cancels out.
  kinds.push(...(pair % 2 === 1 ? [off, on] : [on, off]));
}
const runs = {};
for (const [name, enabled] of kinds) {
  const { mf, url } = await startWorker(
    script,
    {
      // Logging and metrics together, as the issue asks: on vs the same build with both off.
      METRICS_ENABLED: enabled,
      REQUEST_LOG_ENABLED: enabled,
      RATE_LIMIT_PER_MINUTE: "10000",
    },
    { quiet: true },
  );
  try {
    const health = await hammer(url, "/api/health", 200, REQUESTS);
    const notFound = await hammer(url, "/api/bench-not-found", 404, REQUESTS);
    const chat = await runConversations(url, { users: USERS, rounds: ROUNDS, prefix: name });
    const oneHealth = await hammer(url, "/api/health", 200, ONE_CLIENT_REQUESTS, 1);
    const oneNotFound = await hammer(url, "/api/bench-not-found", 404, ONE_CLIENT_REQUESTS, 1);
    const oneChat = await runConversations(url, {
      users: 1,
      rounds: ONE_CLIENT_ROUNDS,
      prefix: `${name}-one`,
    });
    const sent =
      health.length + notFound.length + chat.length + oneHealth.length + oneNotFound.length + oneChat.length;
    runs[name] = {
      saturated: { health: summary(health), notFound: summary(notFound), chat: summary(chat) },
      oneClient: { health: summary(oneHealth), notFound: summary(oneNotFound), chat: summary(oneChat) },
      sent,
      counted: await counted(url),
    };
  } finally {
    await mf.dispose();
  }
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pairs = Array.from({ length: PAIRS }, (_, i) => i + 1);
const report = {
  bench: "observability-overhead",
  pairs: PAIRS,
  requestsPerRoute: REQUESTS,
  chatTurnsPerRun: USERS * ROUNDS * 8,
  oneClientLoad: { requestsPerRoute: ONE_CLIENT_REQUESTS, conversations: ONE_CLIENT_ROUNDS },
};
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
for (const load of ["saturated", "oneClient"]) {
  report[load] = {};
  for (const route of ["health", "notFound", "chat"]) {
    const avg = (kind, p) => mean(pairs.map((i) => runs[`${kind}_${i}`][load][route][p]));
    const perPair = pairs.map((i) => runs[`on_${i}`][load][route].p50 / runs[`off_${i}`][load][route].p50);
    report[load][route] = {
      off_ms: { p50: avg("off", "p50").toFixed(2), p95: avg("off", "p95").toFixed(2) },
      on_ms: { p50: avg("on", "p50").toFixed(2), p95: avg("on", "p95").toFixed(2) },
      ratio_p50: (avg("on", "p50") / avg("off", "p50")).toFixed(3),
      ratio_p95: (avg("on", "p95") / avg("off", "p95")).toFixed(3),
      // The spread between pairs says how much of the ratio is noise on this machine.
      ratio_p50_per_pair: perPair.map((r) => r.toFixed(3)),
      ratio_p50_median_of_pairs: median(perPair).toFixed(3),
    };
  }
}
report.counted = Object.fromEntries(
  Object.entries(runs).map(([name, r]) => [name, `${r.counted} of ${r.sent}`]),
);
console.log(JSON.stringify(report, null, 2));
