// The fuzz of every route (docs/reliability.md): hostile requests from a seeded PRNG to each route
// of test/support/reliability/routes.json (checked against app.routes by
// test/integration/reliability-route-table.test.ts) and to paths no route serves: no 5xx, every
// error the project's JSON error shape, no answer later than the per-request deadline, no admin
// route open without the token, no action outside the documented grammar taken. Small here
// (RELIABILITY_FUZZ_REQUESTS, default 700, seed RELIABILITY_SEED, default 15, printed); full size
// with a new seed each run: `npm run bench:reliability`. Loopback only; run by `npm run test:e2e`.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { buildWorker, startWorker } from "../../scripts/local-stack.mjs";
import { groupFailures, runFuzz } from "../support/reliability/fuzz.mjs";
import { ROUTES } from "../support/reliability/fuzz-route.mjs";
import { fuzzSelection, SMALL, sizesFrom } from "../support/reliability/sizes.mjs";

const sizes = sizesFrom(process.env, SMALL);
const { seed, only } = fuzzSelection(process.env, 15);
const TOKEN = "reliability-admin-token";
/** @type {Awaited<ReturnType<typeof startWorker>> | undefined} */
let stack;

before(async () => {
  stack = await startWorker(
    buildWorker(),
    { RATE_LIMIT_PER_MINUTE: "10000", LOG_TOKEN: TOKEN },
    { quiet: true },
  );
});

after(() => stack?.mf.dispose());

test(`${sizes.fuzzRequests} hostile requests over every route (seed ${seed}): no 5xx, JSON errors, no hang`, async (t) => {
  if (!stack) throw new Error("no stack");
  t.diagnostic(`fuzz seed ${seed}: RELIABILITY_SEED=${seed} repeats these requests`);
  const result = await runFuzz(stack.url, {
    seed,
    requests: sizes.fuzzRequests,
    sweep: sizes.sweep,
    concurrency: sizes.concurrency,
    timeoutMs: sizes.timeoutMs,
    token: TOKEN,
    prefix: `fz${Date.now()}`,
    ...(only ? { only } : {}),
  });
  const report = groupFailures(result.failures)
    .map((g) => `${g.count} × ${g.route}: ${g.problem}\n    ${g.examples.join("\n    ")}`)
    .join("\n");
  assert.equal(result.failures.length, 0, `seed ${seed}, ${result.requests} requests:\n${report}`);
  if (only) return;
  assert.ok(result.requests >= sizes.fuzzRequests);
  for (const route of ROUTES) {
    const key = `${route.method} ${route.path}`;
    assert.ok((result.routes[key] ?? 0) >= 5, `${key} got ${result.routes[key] ?? 0} requests`);
  }
});
