// The reliability suite at full size (docs/reliability.md): (a) load, 50 concurrent conversations
// × 20 turns, every turn found in storage afterwards; (b) the OpenAI fault matrix under load,
// smart mode on against the local OpenAI mock; (c) the fuzz of every route, 5,000 requests from a
// new seed each run (printed; RELIABILITY_SEED repeats it). Sizes from RELIABILITY_* (see
// test/support/reliability/sizes.mjs). Each part on its own stack (the built Worker on workerd),
// loopback only; every loop is bounded and every request has a deadline. Prints one JSON report;
// exits 1 when any part failed.
import { startOpenAiMock } from "../test/support/openai-mock.mjs";
import { faultStackVars, runFaultMatrix } from "../test/support/reliability/faults.mjs";
import { groupFailures, runFuzz } from "../test/support/reliability/fuzz.mjs";
import { runLoad } from "../test/support/reliability/load.mjs";
import { FULL, fuzzSelection, sizesFrom } from "../test/support/reliability/sizes.mjs";
import { buildWorker, startWorker, summary } from "./lib.mjs";

const sizes = sizesFrom(process.env, FULL);
const { seed, only } = fuzzSelection(process.env);
const TOKEN = "reliability-admin-token";
const run = Date.now();
console.error(
  `reliability: fuzz seed ${seed} (RELIABILITY_SEED=${seed} repeats it); sizes ${JSON.stringify(sizes)}`,
);

const ms = (samples) => {
  const { n, p50, p95 } = summary(samples);
  return { n, p50: Math.round(p50), p95: Math.round(p95), max: Math.round(Math.max(...samples)) };
};

const script = buildWorker();

async function load() {
  const { mf, url } = await startWorker(script, { RATE_LIMIT_PER_MINUTE: "10000" }, { quiet: true });
  try {
    const r = await runLoad(url, {
      sessions: sizes.sessions,
      turns: sizes.turns,
      timeoutMs: sizes.timeoutMs,
      prefix: `bl${run}`,
    });
    return {
      sessions: r.sessions,
      turns_per_session: r.turns,
      turns_answered: `${r.answered}/${r.expected}`,
      turn_ms: ms(r.latencies),
      seconds: Number((r.ms / 1000).toFixed(1)),
      failures: r.failures.slice(0, 20),
      failure_count: r.failures.length,
    };
  } finally {
    await mf.dispose();
  }
}

async function faults() {
  const mock = await startOpenAiMock();
  const { mf, url } = await startWorker(script, faultStackVars(mock.baseURL, sizes), { quiet: true });
  try {
    const r = await runFaultMatrix(url, mock.url, {
      sessionsPerCell: sizes.faultSessions,
      turns: sizes.faultTurns,
      timeoutMs: sizes.timeoutMs,
      prefix: `bf${run}`,
    });
    return {
      sessions_per_cell: sizes.faultSessions,
      turns_per_session: sizes.faultTurns,
      concurrent_sessions: Object.keys(r.cells).length * sizes.faultSessions,
      first_token_timeout_ms: sizes.firstTokenTimeoutMs,
      turns_answered: `${r.answered}/${r.expected}`,
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([cell, c]) => [
          cell,
          {
            answered: `${c.answered}/${c.turns}`,
            model_calls: c.modelCalls,
            from_rules: c.fromRules,
            resets: c.resets,
            turn_ms: ms(c.ms),
          },
        ]),
      ),
      seconds: Number((r.ms / 1000).toFixed(1)),
      failures: r.failures.slice(0, 20),
      failure_count: r.failures.length,
    };
  } finally {
    await mf.dispose();
    await mock.close();
  }
}

async function fuzz() {
  const { mf, url } = await startWorker(
    script,
    { RATE_LIMIT_PER_MINUTE: "10000", LOG_TOKEN: TOKEN },
    { quiet: true },
  );
  try {
    const r = await runFuzz(url, {
      seed,
      requests: sizes.fuzzRequests,
      sweep: sizes.sweep,
      concurrency: sizes.concurrency,
      timeoutMs: sizes.timeoutMs,
      token: TOKEN,
      prefix: `bz${run}`,
      ...(only ? { only } : {}),
    });
    return {
      seed,
      requests: r.requests,
      cases: r.cases,
      fresh_sessions: r.freshSessions,
      concurrency: sizes.concurrency,
      statuses: r.statuses,
      families: r.families,
      requests_per_route: r.routes,
      request_ms: ms(r.latencies),
      seconds: Number((r.ms / 1000).toFixed(1)),
      failure_count: r.failures.length,
      failures: groupFailures(r.failures),
    };
  } finally {
    await mf.dispose();
  }
}

const report = { bench: "reliability", seed, load: await load(), faults: await faults(), fuzz: await fuzz() };
console.log(JSON.stringify(report, null, 2));
const failed = report.load.failure_count + report.faults.failure_count + report.fuzz.failure_count;
if (failed > 0) {
  console.error(`reliability: ${failed} failures (seed ${seed})`);
  process.exitCode = 1;
}
