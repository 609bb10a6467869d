// Benchmark helpers: latency summaries, the replaced system's conversation script, the floor
// Worker, and the CPU time of the workerd process serving a stack.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";

export { buildWorker, stackStorage, startWorker } from "../scripts/local-stack.mjs";

/**
 * The floor Worker (workers/floor.mjs) on workerd, in memory like the stack; with `writes`, the
 * floor that also makes a ticket conversation's writes outside its object (workers/floor-writes.mjs).
 */
export async function startFloor({ writes = false } = {}) {
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      workers: [
        {
          name: "floor",
          modules: true,
          scriptPath: join("bench", "workers", writes ? "floor-writes.mjs" : "floor.mjs"),
          compatibilityDate: "2026-11-01",
          durableObjects: { FLOOR: { className: "FloorSession", useSQLite: true } },
          ...(writes ? { r2Buckets: ["FILES"], d1Databases: ["DB"] } : {}),
        },
      ],
    }),
  );
  const url = (await mf.ready).toString().replace(/\/$/, "");
  if (writes) {
    const db = await mf.getD1Database("DB");
    await db.exec("CREATE TABLE tickets (id TEXT PRIMARY KEY, at INTEGER NOT NULL)");
    await db.exec("CREATE TABLE sessions (id TEXT PRIMARY KEY, at INTEGER NOT NULL)");
  }
  return { mf, url };
}

const workerdPids = () =>
  new Set(
    readdirSync("/proc").filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "workerd";
      } catch {
        return false;
      }
    }),
  );

/**
 * Starts a stack (`start` resolves once Miniflare is ready) and finds the workerd process it
 * spawned, so its CPU time can be read (Linux only). Start stacks one at a time.
 * @template {{ mf: Miniflare, url: string }} T
 * @param {() => Promise<T>} start
 * @returns {Promise<T & { cpuMs: () => number }>}
 */
export async function withProcessCpu(start) {
  const before = workerdPids();
  const stack = await start();
  const pid = [...workerdPids()].find((p) => !before.has(p));
  if (!pid) throw new Error("no new workerd process");
  const ticks = Number(process.env.CLK_TCK ?? 100);
  return {
    ...stack,
    /** User + system CPU of the stack's workerd so far, in ms (all its threads and isolates). */
    cpuMs: () => {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
    },
  };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** The same conversation every time: greeting + 7 turns ending in a technician hand-off. */
export const CONVERSATION = [
  { path: "/api/greeting", body: {} },
  { path: "/api/chat", body: { action: "consent:yes" } },
  { path: "/api/chat", body: { message: "me llamo Ana" } },
  { path: "/api/chat", body: { message: "mi notebook no prende" } },
  { path: "/api/chat", body: { action: "help:2" } },
  { path: "/api/chat", body: { message: "sigue igual" } },
  { path: "/api/chat", body: { action: "steps:more" } },
  { path: "/api/chat", body: { message: "no funcionó" } },
];

export async function timedPost(url, path, body) {
  const started = performance.now();
  const res = await fetch(url + path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - started;
}

/** Runs `users` conversations concurrently, `rounds` times; returns per-turn latencies (ms). */
export async function runConversations(url, { users, rounds, prefix }) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      Array.from({ length: users }, async (_, u) => {
        const sessionId = `${prefix}-${round}-${u}`;
        for (const step of CONVERSATION)
          samples.push(await timedPost(url, step.path, { sessionId, ...step.body }));
      }),
    );
  }
  return samples;
}
