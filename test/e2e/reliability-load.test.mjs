// Load (docs/reliability.md): concurrent conversations, rule-based, every turn answered and found
// in storage afterwards, once each, in order (GET /api/history/:sessionId). Small here
// (RELIABILITY_SESSIONS × RELIABILITY_TURNS, default 5 × 5); full size: `npm run bench:reliability`.
// Against the built Worker on workerd, loopback only; run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";
import { runLoad } from "../support/reliability/load.mjs";
import { SMALL, sizesFrom } from "../support/reliability/sizes.mjs";

const sizes = sizesFrom(process.env, SMALL);
/** @type {Awaited<ReturnType<typeof startWorker>> | undefined} */
let stack;

before(async () => {
  // The per-session limit (30 turns a minute) is not what this measures.
  stack = await startWorker(buildWorker(), { RATE_LIMIT_PER_MINUTE: "10000" }, { quiet: true });
});

after(() => stack?.mf.dispose());

test(`${sizes.sessions} concurrent sessions × ${sizes.turns} turns: every turn answered and stored once, in order`, async () => {
  if (!stack) throw new Error("no stack");
  const result = await runLoad(stack.url, {
    sessions: sizes.sessions,
    turns: sizes.turns,
    timeoutMs: sizes.timeoutMs,
    prefix: `rl${Date.now()}`,
  });
  assert.deepEqual(result.failures, []);
  assert.equal(result.answered, sizes.sessions * sizes.turns);
});
