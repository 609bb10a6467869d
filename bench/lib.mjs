// Shared benchmark harness: builds the Worker once and serves it with Miniflare (workerd directly,
// without wrangler dev's Node proxy), on loopback only, with local KV/R2/D1/Durable Objects.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";

/** Built under the project: workerd refuses module paths outside its working directory. */
export function buildWorker() {
  const outdir = join("bench", ".build");
  execFileSync("wrangler", ["deploy", "--dry-run", "--outdir", outdir], { stdio: "ignore" });
  return join(outdir, "index.js");
}

function readVars() {
  const toml = readFileSync("wrangler.toml", "utf8");
  const section = toml.split("[vars]")[1] ?? "";
  return Object.fromEntries([...section.matchAll(/^([A-Z_]+)\s*=\s*"([^"]*)"/gm)].map((m) => [m[1], m[2]]));
}

export async function startWorker(scriptPath, vars = {}) {
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      workers: [
        {
          name: "sti-chat-edge",
          modules: true,
          scriptPath,
          compatibilityDate: "2026-11-01",
          compatibilityFlags: ["nodejs_compat"],
          durableObjects: { CHAT_SESSION: { className: "ChatSession", useSQLite: true } },
          r2Buckets: ["BUCKET"],
          kvNamespaces: ["FLAGS"],
          d1Databases: ["DB"],
          versionMetadata: "VERSION",
          bindings: { ...readVars(), LOG_TOKEN: "bench-token", SIGNING_SECRET: "bench-secret", ...vars },
        },
      ],
    }),
  );
  const db = await mf.getD1Database("DB");
  for (const file of readdirSync("migrations").sort()) {
    for (const statement of readFileSync(join("migrations", file), "utf8")
      .replace(/--.*$/gm, "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean)) {
      await db.prepare(statement).run();
    }
  }
  const url = (await mf.ready).toString().replace(/\/$/, "");
  return { mf, url };
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
