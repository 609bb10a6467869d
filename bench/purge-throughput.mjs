// How fast does the retention purge go through R2, and what does it cost over plain deletes?
// One local stack (workerd through Miniflare, loopback only). Each round seeds 10,000 objects
// (8,000 expired uploads, 1,000 expired tickets, 1,000 fresh transcripts) and measures, on the
// same data, in this order:
//   dry run   POST /api/admin/purge?dryRun=1: the purge's listing and planning alone;
//   purge     POST /api/admin/purge, called until `complete`: list, plan, bulk delete, save place;
// then seeds the same mix again and measures
//   baseline  a plain loop in a second worker of the same workerd, on the same R2 bucket: list each
//             prefix 1,000 keys a page and bulk delete the keys the purge would delete (no
//             metadata, no planning, no saved place, no D1). Run inside workerd, like the purge:
//             the same loop driven from Node through Miniflare's proxy managed ~700 objects/s,
//             which measures the proxy, not R2.
// Seeding goes through Miniflare from Node (not timed). Reported as objects handled per second
// and as ratios against the baseline. Bounded rounds.
import { buildWorker, stackStorage, startWorker } from "./lib.mjs";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const UPLOADS_EXPIRED = 8_000;
const TICKETS_EXPIRED = 1_000;
const TRANSCRIPTS_FRESH = 1_000;
const OBJECTS = UPLOADS_EXPIRED + TICKETS_EXPIRED + TRANSCRIPTS_FRESH;
const EXPIRED = UPLOADS_EXPIRED + TICKETS_EXPIRED;
const DAY = 86_400_000;
const SEED_CONCURRENCY = 100;
const AUTH = { Authorization: "Bearer bench-token" };

const day = (at) => new Date(at).toISOString().slice(0, 10);
const rand = () => crypto.randomUUID().replaceAll("-", "");

function dataset(round) {
  const objects = [];
  for (let i = 0; i < UPLOADS_EXPIRED; i++) {
    const at = Date.now() - (40 + (i % 10)) * DAY;
    objects.push({ key: `uploads/${day(at)}/${day(at).replaceAll("-", "")}-${rand().slice(0, 22)}` });
  }
  for (let i = 0; i < TICKETS_EXPIRED; i++) {
    const at = Date.now() - (100 + (i % 10)) * DAY;
    const id = `STI-${day(at).replaceAll("-", "")}-${rand().slice(0, 6).toUpperCase()}`;
    objects.push({ key: `tickets/${id}.json`, createdAt: new Date(at).toISOString() });
  }
  for (let i = 0; i < TRANSCRIPTS_FRESH; i++)
    objects.push({ key: `transcripts/bench-${round}-${rand()}.json` });
  return objects;
}

async function seed(bucket, objects) {
  for (let i = 0; i < objects.length; i += SEED_CONCURRENCY) {
    await Promise.all(
      objects
        .slice(i, i + SEED_CONCURRENCY)
        .map(({ key, createdAt }) =>
          bucket.put(key, "x", createdAt ? { customMetadata: { createdAt } } : undefined),
        ),
    );
  }
}

async function purgeUntilComplete(url, dryRun) {
  const started = performance.now();
  const totals = { runs: 0, scanned: 0, deleted: 0, expired: 0, operations: 0 };
  for (let run = 0; run < 20; run++) {
    const res = await fetch(`${url}/api/admin/purge${dryRun ? "?dryRun=1" : ""}`, {
      method: "POST",
      headers: AUTH,
    });
    if (res.status !== 200) throw new Error(`purge answered ${res.status}: ${await res.text()}`);
    const summary = await res.json();
    totals.runs++;
    totals.operations += summary.budget.operations;
    for (const t of Object.values(summary.targets)) {
      totals.scanned += t.scanned;
      totals.deleted += t.deleted;
      totals.expired += t.expired;
    }
    if (summary.complete) return { ...totals, ms: performance.now() - started };
  }
  throw new Error("the purge did not complete in 20 runs");
}

/** The baseline worker: the plainest purge of the same keys, timed from Node like the purge. */
const BASELINE_WORKER = {
  name: "purge-baseline",
  modules: true,
  compatibilityDate: "2026-11-01",
  // The stack's own bucket (wrangler.toml's), so both purge the same objects.
  r2Buckets: stackStorage().r2Buckets,
  script: `export default {
    async fetch(request, env) {
      let scanned = 0;
      let deleted = 0;
      for (const prefix of ["uploads/", "transcripts/", "tickets/"]) {
        let cursor;
        do {
          const page = await env.BUCKET.list({ prefix, limit: 1000, ...(cursor ? { cursor } : {}) });
          scanned += page.objects.length;
          const keys = prefix === "transcripts/" ? [] : page.objects.map((o) => o.key);
          if (keys.length > 0) await env.BUCKET.delete(keys);
          deleted += keys.length;
          cursor = page.truncated ? page.cursor : undefined;
        } while (cursor);
      }
      return Response.json({ scanned, deleted });
    },
  };`,
};

async function plainDeletes(baseline) {
  const started = performance.now();
  const res = await baseline.fetch("http://baseline/");
  const result = await res.json();
  return { ...result, ms: performance.now() - started };
}

async function clear(bucket) {
  for (;;) {
    const page = await bucket.list({ limit: 1_000 });
    if (page.objects.length === 0) return;
    await bucket.delete(page.objects.map((o) => o.key));
  }
}

const script = buildWorker();
const { mf, url } = await startWorker(script, {}, { quiet: true, extraWorkers: [BASELINE_WORKER] });
const rows = [];
try {
  const bucket = await mf.getR2Bucket("BUCKET");
  const baseline = await mf.getWorker("purge-baseline");
  // Warm-up on an empty bucket: the first call of each worker pays for its startup.
  await purgeUntilComplete(url, false);
  await plainDeletes(baseline);
  for (let round = 0; round < ROUNDS; round++) {
    const measurePurge = async () => {
      await clear(bucket);
      await seed(bucket, dataset(`p${round}`));
      const dry = await purgeUntilComplete(url, true);
      const purge = await purgeUntilComplete(url, false);
      if (purge.deleted !== EXPIRED) throw new Error(`purge deleted ${purge.deleted}, expected ${EXPIRED}`);
      return { dry, purge };
    };
    const measureBaseline = async () => {
      await clear(bucket);
      await seed(bucket, dataset(`b${round}`));
      const base = await plainDeletes(baseline);
      if (base.deleted !== EXPIRED) throw new Error(`baseline deleted ${base.deleted}, expected ${EXPIRED}`);
      return base;
    };
    // Alternate the order so that neither side always runs on a bucket just emptied by the other.
    if (round % 2 === 0) rows.push({ ...(await measurePurge()), base: await measureBaseline() });
    else {
      const base = await measureBaseline();
      rows.push({ ...(await measurePurge()), base });
    }
  }
} finally {
  await mf.dispose();
}

const perSecond = (r) => Math.round(OBJECTS / (r.ms / 1000));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ms = (pick) => mean(rows.map(pick));
const report = {
  bench: "purge-throughput",
  rounds: ROUNDS,
  objects: OBJECTS,
  expired: EXPIRED,
  purge_runs_per_round: rows.map((r) => r.purge.runs),
  purge_operations_per_round: rows.map((r) => r.purge.operations),
  purge_ms: ms((r) => r.purge.ms).toFixed(0),
  dry_run_ms: ms((r) => r.dry.ms).toFixed(0),
  baseline_ms: ms((r) => r.base.ms).toFixed(0),
  purge_objects_per_s: mean(rows.map((r) => perSecond(r.purge))).toFixed(0),
  dry_run_objects_per_s: mean(rows.map((r) => perSecond(r.dry))).toFixed(0),
  baseline_objects_per_s: mean(rows.map((r) => perSecond(r.base))).toFixed(0),
  ratio_purge_vs_baseline_time: (ms((r) => r.purge.ms) / ms((r) => r.base.ms)).toFixed(3),
  ratio_dry_run_vs_purge_time: (ms((r) => r.dry.ms) / ms((r) => r.purge.ms)).toFixed(3),
};
console.log(JSON.stringify(report, null, 2));
