#!/usr/bin/env node
// Releases on Cloudflare: `npm run deploy` and `npm run release:<command>` (docs/releases.md).
//
//   deploy   [--skip-build] [--dry-run]             first deploy, D1 and Durable Object migrations
//   upload   [--message M] [--tag T] [--skip-build] [--dry-run]   a new version, no traffic
//   canary   <pct> [--dry-run]                      <pct>% of traffic to the newest upload
//   promote  [--dry-run]                            the canary to 100%
//   rollback [--to <version-id>] [--message M] [--dry-run]
//   status                                          what serves traffic now
//   --env production|staging (every command)        the wrangler.toml environment; default production
//
// Exit codes: 0 done; 1 a command failed; 2 refused (nothing was changed).
import { parseArgs } from "node:util";
import { canary, checkTarget, deploy, promote, rollback, status, upload } from "./release/commands.mjs";
import { createRunner, Failure, Refusal, TARGETS } from "./release/run.mjs";

const USAGE = `Usage: node scripts/release.mjs <deploy|upload|canary <pct>|promote|rollback|status> [options]
  --dry-run      print the commands that would change anything, run only the read-only ones
  --skip-build   (deploy, upload) do not rebuild the widget into .build/assets
  --message M    (deploy, upload, rollback) the version or deployment message
  --tag T        (deploy, upload) the version tag (default: git short sha)
  --to ID        (rollback) the version to return to
  --env E        the wrangler.toml environment, production (default) or staging; every wrangler
                 command gets --env E (the top level is local development and is never deployed)
See docs/releases.md.`;

const COMMANDS = {
  deploy: (run, options) => deploy(run, options),
  upload: (run, options) => upload(run, options),
  canary: (run, _options, args) => canary(run, args[0]),
  promote: (run) => promote(run),
  rollback: (run, options) => rollback(run, options),
  status: (run) => status(run),
};

function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        "skip-build": { type: "boolean", default: false },
        message: { type: "string" },
        tag: { type: "string" },
        to: { type: "string" },
        env: { type: "string", short: "e", default: "production" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // parseArgs throws a TypeError naming the unknown or malformed option.
    console.error(`${/** @type {Error} */ (error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`${name ? `Unknown command "${name}".` : "No command given."}\n${USAGE}`);
    return 2;
  }
  if (!TARGETS.includes(values.env)) {
    console.error(`Unknown --env "${values.env}": use ${TARGETS.join(" or ")}.\n${USAGE}`);
    return 2;
  }
  const options = {
    dryRun: values["dry-run"],
    skipBuild: values["skip-build"],
    message: values.message,
    tag: values.tag,
    to: values.to,
  };
  const run = createRunner({ dryRun: options.dryRun, target: values.env });
  try {
    checkTarget(values.env);
    command(run, options, args);
    if (options.dryRun && name !== "status") console.log("Dry run: nothing was changed.");
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(`Refused: ${error.message}`);
      return 2;
    }
    if (error instanceof Failure) {
      console.error(`Failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
