// Where does a conversation's CPU go, counted the way the machine counts it? The V8 profile
// (turn-profile.mjs) sees only our isolate; this reads the whole workerd process's CPU time
// (/proc, all threads: our isolate, the local R2/D1/KV simulators, the asset router, HTTP, SQLite)
// per conversation, for the Worker as built and for variants that each leave one part out, against
// the floor Worker. Every stack is its own workerd process, started in this run; the load
// alternates between them in blocks (the order rotating per block) with fresh sessions.
// Loopback only; bounded. Linux only (reads /proc).
import { buildWorker, CONVERSATION, startFloor, startWorker, withProcessCpu } from "./lib.mjs";

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 6);
const USERS = Number(process.env.BENCH_USERS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const CONV = [...CONVERSATION.slice(0, 7), { path: "/api/chat", body: { action: "technician" } }];
const BASE = { RATE_LIMIT_PER_MINUTE: "10000" };

const script = buildWorker();
/** @type {[string, () => Promise<{ mf: import("miniflare").Miniflare, url: string }>][]} */
const SYSTEMS = [
  ["ours", () => startWorker(script, BASE, { quiet: true })],
  [
    "ours without the transcript mirror",
    () => startWorker(script, { ...BASE, TRANSCRIPT_MIRROR_ENABLED: "false" }, { quiet: true }),
  ],
  [
    "ours without request log and metrics",
    () =>
      startWorker(
        script,
        { ...BASE, METRICS_ENABLED: "false", REQUEST_LOG_ENABLED: "false" },
        { quiet: true },
      ),
  ],
  ["ours without the local asset router", () => startWorker(script, BASE, { quiet: true, assets: false })],
  ["floor", () => startFloor()],
  ["floor + the conversation's writes outside the object", () => startFloor({ writes: true })],
];

/** @param {string} url @param {string} prefix */
async function load(url, prefix, rounds = ROUNDS) {
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      Array.from({ length: USERS }, async (_, u) => {
        for (const step of CONV) {
          const res = await fetch(url + step.path, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ sessionId: `${prefix}-${round}-${u}`, ...step.body }),
          });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${step.path} answered ${res.status}`);
        }
      }),
    );
  }
}

const stacks = [];
for (const [name, start] of SYSTEMS) stacks.push({ name, ...(await withProcessCpu(start)) });
try {
  for (const stack of stacks) await load(stack.url, "warm", 2);
  /** @type {Record<string, number[]>} */
  const cpu = Object.fromEntries(stacks.map(({ name }) => [name, []]));
  /** @type {Record<string, number[]>} */
  const wall = Object.fromEntries(stacks.map(({ name }) => [name, []]));
  for (let b = 0; b < BLOCKS; b++) {
    const order = stacks.map((_, i) => stacks[(i + b) % stacks.length]);
    for (const stack of order) {
      if (!stack) continue;
      const cpu0 = stack.cpuMs();
      const started = performance.now();
      await load(stack.url, `b${b}-${Date.now()}`);
      const ms = performance.now() - started;
      // The transcript alarm runs about a second after each conversation's last turn: count it.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      cpu[stack.name]?.push((stack.cpuMs() - cpu0) / (USERS * ROUNDS));
      wall[stack.name]?.push(ms / (USERS * ROUNDS));
    }
  }
  const median = (/** @type {number[]} */ xs) =>
    [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
  const ours = median(cpu.ours ?? []);
  console.log(
    JSON.stringify(
      {
        bench: "turn-cpu",
        users: USERS,
        conversations_per_block: USERS * ROUNDS,
        blocks: BLOCKS,
        // Median over blocks of workerd CPU ms per conversation (8 requests), and what leaving a
        // part out saves against the full build.
        cpu_ms_per_conversation: Object.fromEntries(
          stacks.map(({ name }) => {
            const m = median(cpu[name] ?? []);
            return [name, { cpu: Number(m.toFixed(2)), saved: Number((ours - m).toFixed(2)) }];
          }),
        ),
        wall_ms_per_conversation: Object.fromEntries(
          stacks.map(({ name }) => [name, Number(median(wall[name] ?? []).toFixed(2))]),
        ),
      },
      null,
      2,
    ),
  );
} finally {
  for (const stack of stacks) await stack.mf.dispose();
}
