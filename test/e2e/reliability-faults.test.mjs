// The OpenAI fault matrix under load (docs/reliability.md): smart mode on against the local OpenAI
// mock answering 500, 429, a hang past our timeout, a cut stream and a malformed body (and, as a
// control, a normal answer), to concurrent conversations, JSON and streamed, all at once. Every
// turn is answered (the rules' reply when the model fails), never a 5xx or a stream error, and
// stored once. Small here (RELIABILITY_FAULT_SESSIONS per cell × RELIABILITY_FAULT_TURNS, default
// 1 × 2); full size: `npm run bench:reliability`. Loopback only; run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";
import { startOpenAiMock } from "../support/openai-mock.mjs";
import { FAULTS, faultStackVars, runFaultMatrix } from "../support/reliability/faults.mjs";
import { SMALL, sizesFrom } from "../support/reliability/sizes.mjs";

const sizes = sizesFrom(process.env, SMALL);
/** @type {Awaited<ReturnType<typeof startOpenAiMock>> | undefined} */
let mock;
/** @type {Awaited<ReturnType<typeof startWorker>> | undefined} */
let stack;

before(async () => {
  mock = await startOpenAiMock();
  stack = await startWorker(buildWorker(), faultStackVars(mock.baseURL, sizes), { quiet: true });
});

after(async () => {
  await stack?.mf.dispose();
  await mock?.close();
});

test(`every model failure under load is answered by the rules with a 200 and stored once, JSON and streamed`, async () => {
  if (!stack || !mock) throw new Error("no stack");
  const result = await runFaultMatrix(stack.url, mock.url, {
    sessionsPerCell: sizes.faultSessions,
    turns: sizes.faultTurns,
    timeoutMs: sizes.timeoutMs,
    prefix: `rf${Date.now()}`,
  });
  assert.deepEqual(result.failures, []);
  const perCell = sizes.faultSessions * sizes.faultTurns;
  assert.deepEqual(
    Object.keys(result.cells).sort(),
    Object.keys(FAULTS)
      .flatMap((fault) => [`${fault}/json`, `${fault}/stream`])
      .sort(),
  );
  for (const [cell, stats] of Object.entries(result.cells)) {
    assert.equal(stats.answered, perCell, `${cell}: turns answered`);
    assert.ok(
      stats.modelCalls >= perCell,
      `${cell}: every turn reached the model (${stats.modelCalls} calls)`,
    );
    assert.equal(
      stats.fromRules,
      cell.startsWith("model_ok/") ? 0 : perCell,
      `${cell}: replies from the rules`,
    );
  }
  // A stream cut after text was shown tells the client to discard it before the rules' reply.
  assert.equal(result.cells["cut_stream/stream"]?.resets, perCell);
});
