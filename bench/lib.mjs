// Benchmark helpers: latency summaries and the replaced system's conversation script.
export { buildWorker, stackStorage, startWorker } from "../scripts/local-stack.mjs";

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
