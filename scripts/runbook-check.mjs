// `npm run runbook:check [-- --file <markdown>] [--only local,static,fake-wrangler,env]`
//
// Keeps docs/RUNBOOK.md from rotting: every ```bash block must be preceded by a comment saying how
// it is verified, and is then verified that way:
//
//   <!-- check: local [exit=0,3] [finds=<event>,...] -->
//                                      run as is (bash -euo pipefail) against the local stack, with
//                                      BASE, LOG_TOKEN and SID exported, in document order; with
//                                      finds=, a log search: the event is caused first (when the check
//                                      knows how, scripts/runbook/log-searches.mjs, else by the blocks
//                                      above), its line awaited in /api/logs, and the block's output
//                                      must print a line of each event
//   <!-- check: fake-wrangler scenario=<s> -->  run with the release scripts pointed at the fake
//                                      wrangler (test/support/fake-wrangler.mjs) in scenario <s>
//   <!-- check: static -->             needs Cloudflare: `npm run X` names a script (and its flags
//                                      exist in that script's source); `wrangler ...` resolves to a
//                                      real wrangler command (its offline --help), with no extra
//                                      words, only flags it knows, and --remote wherever the command
//                                      also has --local (production commands must say so)
//   <!-- check: env -->                only `export NAME=...`: exactly the variables local blocks get
//
// An unclassified bash block, an `sh`/`shell` fence, or a check comment with no block fails. Prints
// one line per block and a summary; exits 1 on any failure, 64 on a usage error.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  ARRIVAL_MAX_MS,
  lineArrives,
  missingEvents,
  promisedEvents,
  startCauses,
} from "./runbook/log-searches.mjs";
import { KINDS, parseRunbook } from "./runbook/markdown.mjs";
import {
  BLOCK_TIMEOUT_MS,
  baseEnv,
  loadFakeWrangler,
  outcome,
  runBash,
  seedSession,
  startLocalStack,
  tail,
} from "./runbook/run-blocks.mjs";
import { checkEnv, checkStatic, WranglerHelp } from "./runbook/static-checks.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LOCAL_TOKEN = "bench-token"; // scripts/local-stack.mjs gives the stack this admin token

const USAGE = `Usage: npm run runbook:check [-- --file <markdown>] [--only <kinds>] [--verbose]

  --file <path>   the runbook to check (default docs/RUNBOOK.md)
  --only <kinds>  comma-separated kinds to verify (${KINDS.join(", ")}); the others are listed as skipped
  --verbose       print each block's output`;

async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        file: { type: "string", default: join(ROOT, "docs", "RUNBOOK.md") },
        only: { type: "string" },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    // parseArgs throws a TypeError naming the unknown or malformed option.
    console.error(`runbook:check: ${/** @type {Error} */ (error).message}\n\n${USAGE}`);
    return 64;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const only = values.only ? values.only.split(",") : KINDS;
  if (only.some((k) => !KINDS.includes(k))) {
    console.error(`runbook:check: --only takes ${KINDS.join(", ")}\n\n${USAGE}`);
    return 64;
  }
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
  const shown = file.startsWith(ROOT) ? relative(ROOT, file) : file;
  const { blocks, problems } = parseRunbook(readFileSync(file, "utf8"));
  const results = []; // { block, status: "pass"|"fail"|"skip", errors }
  const record = (block, errors, skipped = false) => {
    const status = skipped ? "skip" : errors.length ? "fail" : "pass";
    results.push({ block, status, errors });
    const label = `${shown}:${block.line}`.padEnd(22);
    const kind = (block.kind ?? "unclassified").padEnd(14);
    const first = block.code.split("\n").find((l) => l.trim() && !l.trim().startsWith("#")) ?? "";
    console.log(`${status.toUpperCase().padEnd(4)}  ${label} ${kind} ${first.trim().slice(0, 70)}`);
    for (const e of errors) console.log(`      ${e.replaceAll("\n", "\n      ")}`);
  };

  const skip = (list) => {
    for (const b of list) record(b, [], true);
  };

  for (const p of problems) console.log(`FAIL  ${shown}: ${p}`);
  const runnable = blocks.filter((b) => !b.problem);
  for (const b of blocks.filter((b) => b.problem)) record(b, [b.problem]);

  // Static and env blocks first (no stack needed), wrangler help two at a time at most.
  const help = new WranglerHelp();
  const staticBlocks = runnable.filter((b) => b.kind === "static");
  if (only.includes("static")) {
    const queue = [...staticBlocks];
    const done = new Map();
    const worker = async () => {
      while (queue.length) {
        const b = queue.shift();
        done.set(b, await checkStatic(b, help));
      }
    };
    await Promise.all([worker(), worker()]);
    for (const b of staticBlocks) record(b, done.get(b));
    help.save();
  } else skip(staticBlocks);
  for (const b of runnable.filter((b) => b.kind === "env")) record(b, checkEnv(b), !only.includes("env"));

  // Release scripts against the fake wrangler, one fresh fake per block.
  const fakeBlocks = runnable.filter((b) => b.kind === "fake-wrangler");
  if (fakeBlocks.length && only.includes("fake-wrangler")) {
    const fake = await loadFakeWrangler();
    for (const b of fakeBlocks) {
      if ("error" in fake) {
        record(b, [`cannot verify: ${fake.error}`]);
        continue;
      }
      const instance = await fake.createFakeWrangler(b.options.scenario, {});
      try {
        const result = await runBash(b.code, { env: baseEnv(instance.env), cwd: ROOT });
        const errors = outcome(result, b, BLOCK_TIMEOUT_MS);
        const calls = await instance.calls();
        if (!errors.length && (!Array.isArray(calls) || calls.length === 0))
          errors.push(`the block never called wrangler (through WRANGLER_BIN)\n${tail(result.output)}`);
        if (values.verbose) console.log(result.output);
        record(b, errors);
      } finally {
        await instance.cleanup?.();
      }
    }
  } else skip(fakeBlocks);

  // Local blocks, in document order, against one stack with fresh storage.
  const localBlocks = runnable.filter((b) => b.kind === "local");
  if (localBlocks.length && only.includes("local")) {
    const scratch = mkdtempSync(join(tmpdir(), "runbook-check-"));
    let stack;
    let causes;
    try {
      causes = await startCauses();
      stack = await startLocalStack(causes.vars);
      const sid = `runbook${Math.random().toString(36).slice(2, 10)}`;
      await seedSession(stack.url, sid);
      const env = baseEnv({ BASE: stack.url, LOG_TOKEN: LOCAL_TOKEN, SID: sid, TMPDIR: scratch });
      for (const b of localBlocks) {
        const errors = [];
        for (const event of promisedEvents(b)) {
          const caused = await causes.cause(event, stack.url);
          if (!(await lineArrives(stack.url, LOCAL_TOKEN, event)))
            errors.push(
              `no ${event} line reached /api/logs within ${ARRIVAL_MAX_MS / 1000} s` +
                (caused ? " after the check caused it on the local stack" : " (caused by no block above)"),
            );
        }
        const result = await runBash(b.code, { env, cwd: ROOT });
        if (values.verbose) console.log(result.output);
        errors.push(...outcome(result, b, BLOCK_TIMEOUT_MS));
        const missing = result.timedOut ? [] : missingEvents(result.output, promisedEvents(b));
        if (missing.length)
          errors.push(`the search printed no ${missing.join(", ")} line\n${tail(result.output)}`);
        record(b, errors);
      }
    } catch (error) {
      for (const b of localBlocks.filter((b) => !results.some((r) => r.block === b)))
        record(b, [`local stack: ${error instanceof Error ? error.message : error}`]);
    } finally {
      await stack?.mf.dispose();
      await causes?.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  } else skip(localBlocks);

  const count = (kind, status) =>
    results.filter((r) => (r.block.kind ?? "unclassified") === kind && r.status === status).length;
  console.log(`\n${shown}: ${blocks.length} bash blocks`);
  for (const kind of [...KINDS, "unclassified"]) {
    const total = results.filter((r) => (r.block.kind ?? "unclassified") === kind).length;
    if (!total) continue;
    const parts = [`${count(kind, "pass")} passed`, `${count(kind, "fail")} failed`];
    if (count(kind, "skip")) parts.push(`${count(kind, "skip")} skipped`);
    console.log(`  ${kind.padEnd(14)} ${String(total).padStart(3)}: ${parts.join(", ")}`);
  }
  if (problems.length) console.log(`  other problems: ${problems.length}`);
  const failed = results.filter((r) => r.status === "fail").length + problems.length;
  console.log(failed ? `FAILED: ${failed} problem(s)` : "OK");
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
