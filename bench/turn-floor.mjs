// How far is a chat turn from the platform's floor? Our Worker and the floor Worker
// (bench/workers/floor.mjs: one RPC, one SQLite row) are served on workerd in the same run; the
// load alternates between them in blocks, each block `users` fresh conversations at once (the
// benches' conversation: greeting + 7 turns ending in a ticket), at 1, 10 and 50 users. Every
// answer of ours is checked against the stages of a reference conversation. Also measured: the
// operations one conversation causes (a third stack whose bindings count their calls,
// bench/workers/counting.mjs), and growth (one session's turn 400 against its turn 10).
// Loopback only; every loop is bounded.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { buildWorker, CONVERSATION, percentile, startFloor, startWorker } from "./lib.mjs";

const LEVELS = (process.env.BENCH_USERS ?? "1,10,50").split(",").map(Number);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 4);
/** Conversations per block with one user (one after the other), so a block is not a single sample. */
const ONE_USER_ROUNDS = 8;
const GROWTH_TURNS = Number(process.env.BENCH_GROWTH_TURNS ?? 400);
const COUNTED_CONVERSATIONS = 5;
const VARS = { RATE_LIMIT_PER_MINUTE: "10000", SESSION_MAX_MESSAGES: "2000" };
/**
 * The benches' conversation (greeting + 7 turns), its last turn a press of "technician": it ends
 * in a ticket (JSON and TXT in R2, a D1 row), as the issue measures it.
 */
const TICKET_CONVERSATION = [
  ...CONVERSATION.slice(0, 7),
  { path: "/api/chat", body: { action: "technician" } },
];

/** @typedef {{ turns: number[], greetings: number[], requests: number, ms: number }} Block */

/**
 * One request; its latency, and the answer's stage when `parse` (ours).
 * @param {string} url @param {string} path @param {object} body @param {boolean} parse
 */
async function post(url, path, body, parse) {
  const started = performance.now();
  const res = await fetch(url + path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${text.slice(0, 200)}`);
  return {
    ms,
    stage: parse ? /** @type {{ state: { stage: string } }} */ (JSON.parse(text)).state.stage : null,
  };
}

/**
 * `users` conversations at once, `rounds` times; checks each answer's stage against `expected`.
 * @param {string} url @param {number} users @param {number} rounds @param {string} prefix
 * @param {string[] | null} expected
 * @returns {Promise<Block>}
 */
async function conversations(url, users, rounds, prefix, expected) {
  /** @type {Block} */
  const block = { turns: [], greetings: [], requests: 0, ms: 0 };
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      Array.from({ length: users }, async (_, u) => {
        const sessionId = `${prefix}-${round}-${u}`;
        for (const [i, step] of TICKET_CONVERSATION.entries()) {
          const { ms, stage } = await post(url, step.path, { sessionId, ...step.body }, expected !== null);
          if (expected && stage !== expected[i]) {
            throw new Error(`${sessionId} step ${i}: stage ${stage}, expected ${expected[i]}`);
          }
          (i === 0 ? block.greetings : block.turns).push(ms);
          block.requests += 1;
        }
      }),
    );
  }
  block.ms = performance.now() - started;
  return block;
}

/** @param {number[]} samples */
const latency = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};
/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
/** @param {number} x */
const fixed = (x, digits = 2) => Number(x.toFixed(digits));

/**
 * The counting build: bench/workers/counting.mjs around the built Worker, bundled into one module
 * (workerd loads one script; the Worker's own imports of the platform stay external).
 */
async function countingScript(/** @type {string} */ script) {
  const dir = join(script, "..");
  copyFileSync(join("bench", "workers", "counting.mjs"), join(dir, "counting.mjs"));
  writeFileSync(
    join(dir, "bundle.mjs"),
    'export * from "./index.js";\nexport { default } from "./index.js";\n',
  );
  const outfile = join(dir, "counted.js");
  await build({
    entryPoints: [join(dir, "counting.mjs")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    external: ["cloudflare:*", "node:*"],
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

/** Operations per conversation, once the deferred work (index refresh, transcript alarm) is done. */
async function operations(/** @type {string} */ url) {
  await fetch(`${url}/__bench/counts`, { method: "POST" });
  await conversations(url, 1, COUNTED_CONVERSATIONS, `ops-${Date.now()}`, null);
  // The transcript alarm fires about 1 s after the last turn; wait until the counts stop moving.
  let last = "";
  for (let poll = 0; poll < 20; poll++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await (await fetch(`${url}/__bench/counts`)).text();
    if (now === last) break;
    last = now;
  }
  const counts = /** @type {Record<string, number>} */ (JSON.parse(last));
  const per = Object.fromEntries(
    Object.entries(counts).map(([k, v]) => [k, fixed(v / COUNTED_CONVERSATIONS, 1)]),
  );
  return {
    ...per,
    // Writes outside the session object's SQLite, a row or an object each: D1 rows changed, R2
    // puts, KV writes. (D1's billed `rows_written`, which counts index entries too, is above.)
    writesOutsideSession: fixed(
      ((counts.d1RowsChanged ?? 0) + (counts.r2Puts ?? 0) + (counts.kvWrites ?? 0)) / COUNTED_CONVERSATIONS,
      1,
    ),
  };
}

/** One session's turn latency near turn 10 and near the last turn (sequential, one user). */
async function growth(/** @type {string} */ url) {
  const sessionId = `growth-${Date.now()}`;
  await post(url, "/api/greeting", { sessionId }, false);
  await post(url, "/api/chat", { sessionId, action: "consent:yes" }, false);
  const samples = [];
  for (let turn = 1; turn <= GROWTH_TURNS; turn++) {
    samples.push(
      (await post(url, "/api/chat", { sessionId, message: `sigue igual, vez ${turn}` }, false)).ms,
    );
  }
  const around = (/** @type {number} */ at) => median(samples.slice(Math.max(0, at - 10), at));
  return {
    turn10_ms: fixed(around(10)),
    [`turn${GROWTH_TURNS}_ms`]: fixed(around(GROWTH_TURNS)),
    ratio: fixed(around(GROWTH_TURNS) / around(10)),
  };
}

const script = buildWorker();
const stacks = {
  ours: await startWorker(script, VARS, { quiet: true }),
  floor: await startFloor(),
  // The floor plus the five writes outside the object a ticket conversation needs (R2, D1, alarm).
  floorWrites: await startFloor({ writes: true }),
};
const counted = await startWorker(await countingScript(script), VARS, { quiet: true });
try {
  // The stages a correct conversation goes through, from one run on the fresh stack.
  const reference = [];
  for (const step of TICKET_CONVERSATION) {
    reference.push(
      (await post(stacks.ours.url, step.path, { sessionId: "reference", ...step.body }, true)).stage,
    );
  }
  // Warm-up: JIT, SQLite, the global objects.
  await conversations(stacks.ours.url, 10, 1, "warm", reference);
  await conversations(stacks.floor.url, 10, 1, "warm", null);
  await conversations(stacks.floorWrites.url, 10, 1, "warm", null);

  const report = { bench: "turn-floor", blocks: BLOCKS, stages: reference, levels: {} };
  for (const users of LEVELS) {
    /** @type {Record<string, Block[]>} */
    const blocks = { ours: [], floor: [], floorWrites: [] };
    const names = Object.keys(blocks);
    for (let b = 0; b < BLOCKS; b++) {
      // Each block rotates which system goes first.
      for (const name of [...names.slice(b % names.length), ...names.slice(0, b % names.length)]) {
        const prefix = `${name}-${users}-${b}`;
        const rounds = users === 1 ? ONE_USER_ROUNDS : 1;
        blocks[name].push(
          await conversations(stacks[name].url, users, rounds, prefix, name === "ours" ? reference : null),
        );
      }
    }
    const side = (/** @type {Block[]} */ bs) => ({
      turnsPerSecond: fixed(median(bs.map((b) => (b.requests * 1000) / b.ms)), 0),
      turn_ms: Object.fromEntries(
        Object.entries(latency(bs.flatMap((b) => b.turns))).map(([k, v]) => [k, fixed(v)]),
      ),
      greeting_ms: Object.fromEntries(
        Object.entries(latency(bs.flatMap((b) => b.greetings))).map(([k, v]) => [k, fixed(v)]),
      ),
    });
    const ours = side(blocks.ours);
    const floor = side(blocks.floor);
    const floorWrites = side(blocks.floorWrites);
    const against = (/** @type {ReturnType<typeof side>} */ base) => ({
      turnsPerSecond: fixed(ours.turnsPerSecond / base.turnsPerSecond),
      turn_p50: fixed(ours.turn_ms.p50 / base.turn_ms.p50),
      turn_p95: fixed(ours.turn_ms.p95 / base.turn_ms.p95),
    });
    report.levels[users] = {
      ours,
      floor,
      floorWrites,
      ratio: {
        ...against(floor),
        greeting_vs_turn_p50: fixed(ours.greeting_ms.p50 / ours.turn_ms.p50),
        floorWrites_turnsPerSecond_vs_floor: fixed(floorWrites.turnsPerSecond / floor.turnsPerSecond),
      },
      ratioToFloorWrites: against(floorWrites),
    };
  }
  report.perConversation = await operations(counted.url);
  report.growth = await growth(stacks.ours.url);
  console.log(JSON.stringify(report, null, 2));
} finally {
  for (const stack of [...Object.values(stacks), counted]) await stack.mf.dispose();
}
