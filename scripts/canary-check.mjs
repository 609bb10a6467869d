// `npm run canary:check -- --base <url> [--token <t>] [--canary <id>] [--stable <id>] [--json]`
//
// Reads GET /api/metrics and GET /api/health on a deployment and applies the runbook's rollback
// criteria to the canary version against the stable one over the last 5 minutes: prints a verdict
// (promote, hold, disable smart mode, roll back) with the figures behind it, and exits non-zero
// when action is needed, so it can gate a pipeline. The rules are in scripts/canary/verdict.mjs;
// docs/observability.md ("Watching a canary") documents them.
import { parseCommandLine, USAGE } from "./canary/args.mjs";
import { fetchHealth, fetchMetrics, workerName } from "./canary/fetch-figures.mjs";
import { formatCannotDecide, formatJson, formatText } from "./canary/format.mjs";
import { decide, EXIT_CODES, pickVersions } from "./canary/verdict.mjs";

async function main(argv) {
  const parsed = parseCommandLine(argv, process.env);
  if ("help" in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ("error" in parsed) {
    process.stderr.write(`canary:check: ${parsed.error}\n\n${USAGE}\n`);
    return EXIT_CODES.usage;
  }
  const options = parsed.options;
  const cannotDecide = (reason) => {
    process.stdout.write(formatCannotDecide(reason, options));
    return EXIT_CODES.cannot_decide;
  };

  let worker;
  try {
    worker = options.worker ?? workerName(options.env);
  } catch (error) {
    return cannotDecide(`worker name: ${error instanceof Error ? error.message : error}; pass --worker`);
  }
  const metrics = await fetchMetrics(options);
  if (!metrics.ok) return cannotDecide(metrics.reason);
  const report = metrics.report;
  const selection = pickVersions(report.versions, { canary: options.canary, stable: options.stable });
  if (!selection.ok) return cannotDecide(selection.reason);

  const health = await fetchHealth({ ...options, worker, canaryId: selection.canary?.id ?? null });
  const result = decide({ report, selection, health, options });
  const context = { canary: selection.canary, stable: selection.stable, report, base: options.base };
  process.stdout.write(options.json ? formatJson(result, context) : formatText(result, context));
  return result.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
