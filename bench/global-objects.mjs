// How much can each global object take? The Worker's stack is served on workerd with a driver
// worker beside it (bench/workers/global-driver.ts, bundled here) bound to the same Metrics,
// LogStream and CircuitBreaker objects; for each object the driver runs more and more concurrent
// callers, each calling back to back with what one isolate sends at once (a metrics flush, a log
// batch of 4 lines, a breaker report), and the object's calls/s and latency are recorded. The
// ceiling is the calls/s where adding callers stops adding throughput. docs/scale.md turns these
// into traffic. Loopback only; every step is bounded in time.
import { join } from "node:path";
import { build } from "esbuild";
import { buildWorker, percentile, startWorker } from "./lib.mjs";

const STEP_MS = Number(process.env.BENCH_STEP_MS ?? 2_000);
const CALLERS = (process.env.BENCH_CALLERS ?? "1,4,16,64").split(",").map(Number);
const TARGETS = ["metrics", "logs", "breaker"];

const script = buildWorker();
const driverPath = join(".build", "worker", "global-driver.js");
await build({
  entryPoints: [join("bench", "workers", "global-driver.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  external: ["cloudflare:*", "node:*"],
  outfile: driverPath,
  logLevel: "silent",
});
const driver = {
  name: "global-driver",
  modules: true,
  scriptPath: driverPath,
  compatibilityDate: "2026-11-01",
  durableObjects: {
    METRICS: { className: "Metrics", useSQLite: true, scriptName: "sti-chat-edge" },
    LOG_STREAM: { className: "LogStream", useSQLite: true, scriptName: "sti-chat-edge" },
    CIRCUIT_BREAKER: { className: "CircuitBreaker", useSQLite: true, scriptName: "sti-chat-edge" },
  },
};
const { mf } = await startWorker(script, {}, { quiet: true, extraWorkers: [driver] });
try {
  const worker = await mf.getWorker("global-driver");
  /** @param {string} target @param {number} callers @param {number} ms */
  const drive = async (target, callers, ms) => {
    const res = await worker.fetch("http://driver/drive", {
      method: "POST",
      body: JSON.stringify({ target, callers, ms }),
    });
    return /** @type {{ calls: number, ms: number, latencies: number[] }} */ (await res.json());
  };
  const report = {
    bench: "global-objects",
    stepMs: STEP_MS,
    targets: /** @type {Record<string, object[]>} */ ({}),
  };
  for (const target of TARGETS) {
    await drive(target, 4, 500); // warm-up: the object, its SQLite, the JIT
    report.targets[target] = [];
    for (const callers of CALLERS) {
      const { calls, ms, latencies } = await drive(target, callers, STEP_MS);
      const sorted = latencies.sort((a, b) => a - b);
      report.targets[target].push({
        callers,
        callsPerSecond: Math.round((calls * 1000) / ms),
        p50_ms: Number(percentile(sorted, 50).toFixed(2)),
        p95_ms: Number(percentile(sorted, 95).toFixed(2)),
      });
    }
  }
  console.log(JSON.stringify(report, null, 2));
} finally {
  await mf.dispose();
}
