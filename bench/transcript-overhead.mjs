// How much does mirroring transcripts to R2 add to a chat turn's latency?
// Same build, same conversation script, two local stacks in the same run: mirroring on vs off.
// Reported as a ratio against the "off" baseline. Loopback only; bounded rounds.
import { buildWorker, runConversations, startWorker, summary } from "./lib.mjs";

const USERS = Number(process.env.BENCH_USERS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const script = buildWorker();
const results = {};
for (const [name, enabled] of [
  ["warmup", "false"],
  ["mirror_off", "false"],
  ["mirror_on", "true"],
  ["mirror_off_2", "false"],
  ["mirror_on_2", "true"],
]) {
  const { mf, url } = await startWorker(
    script,
    {
      TRANSCRIPT_MIRROR_ENABLED: enabled,
      RATE_LIMIT_PER_MINUTE: "10000",
    },
    { quiet: true },
  );
  try {
    results[name] = summary(await runConversations(url, { users: USERS, rounds: ROUNDS, prefix: name }));
  } finally {
    await mf.dispose();
  }
}
const merge = (a, b) => ({ n: a.n + b.n, p50: (a.p50 + b.p50) / 2, p95: (a.p95 + b.p95) / 2 });
const base = merge(results.mirror_off, results.mirror_off_2);
const on = merge(results.mirror_on, results.mirror_on_2);
const report = {
  bench: "transcript-overhead",
  users: USERS,
  rounds: ROUNDS,
  turnsPerRun: USERS * ROUNDS * 8,
  mirror_off_ms: { p50: base.p50.toFixed(2), p95: base.p95.toFixed(2) },
  mirror_on_ms: { p50: on.p50.toFixed(2), p95: on.p95.toFixed(2) },
  ratio_p50: (on.p50 / base.p50).toFixed(3),
  ratio_p95: (on.p95 / base.p95).toFixed(3),
};
console.log(JSON.stringify(report, null, 2));
