// Turns smart mode off or on, or shows its KV flag: a thin wrapper around `wrangler kv key`
// that prints the exact wrangler command, so operators learn the raw one for when npm is not at
// hand. Local storage (.wrangler/state, what `npm start` uses) unless --remote, which names the
// deployed environment's namespace (`--env production` unless --env staging).
//
//   npm run smart-mode -- off|on|status [--remote [--env production|staging]] [--persist-to <dir>]
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WRANGLER = join(ROOT, "node_modules", ".bin", "wrangler");
const KEY = "SMART_MODE_ENABLED";
const ENVIRONMENTS = ["production", "staging"];
const USAGE = `Usage: npm run smart-mode -- off|on|status [--remote [--env production|staging]] [--persist-to <dir>]

  off       write ${KEY}=false to the FLAGS KV namespace: every chat answers with the rules only
  on        write ${KEY}=true (smart mode still needs the OPENAI_API_KEY secret)
  status    show the KV value
  --remote  the deployed namespace (needs \`wrangler login\`); default: local storage
  --env E   with --remote: the wrangler.toml environment, production (default) or staging
  --persist-to <dir>  local storage directory (default .wrangler/state, as \`npm start\` uses)`;

/**
 * @typedef {{ command: "off" | "on" | "status", remote: boolean, env: string | null, persistTo: string | null }} Options
 */

/**
 * The parsed command line, or a reason to refuse it.
 * @param {string[]} argv
 * @returns {Options | { error: string }}
 */
function parseArgs(argv) {
  /** @type {Options["command"] | null} */
  let command = null;
  let remote = false;
  /** @type {string | null} */
  let env = null;
  /** @type {string | null} */
  let persistTo = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if ((arg === "off" || arg === "on" || arg === "status") && command === null) command = arg;
    else if (arg === "--remote") remote = true;
    else if (arg === "--env" && ENVIRONMENTS.includes(argv[i + 1] ?? "") && env === null)
      env = argv[++i] ?? null;
    else if (arg === "--persist-to" && argv[i + 1] && !argv[i + 1].startsWith("--")) persistTo = argv[++i];
    else return { error: `unexpected argument "${arg}"` };
  }
  if (command === null) return { error: "say off, on or status" };
  if (remote && persistTo !== null)
    return { error: "--persist-to is for local storage; it cannot go with --remote" };
  if (!remote && env !== null) return { error: "--env names a deployed environment; it needs --remote" };
  return { command, remote, env: remote ? (env ?? "production") : null, persistTo };
}

/** @param {Options} options */
function wranglerArgs({ command, remote, env, persistTo }) {
  const args =
    command === "status"
      ? ["kv", "key", "get", "--binding", "FLAGS", KEY]
      : ["kv", "key", "put", "--binding", "FLAGS", KEY, command === "on" ? "true" : "false"];
  // The top level of wrangler.toml is local development: remotely, always an [env.*]'s namespace.
  if (remote) args.push("--remote", "--env", env ?? "production");
  else args.push("--local");
  // npm runs scripts from the project root; a relative directory means the caller's own.
  if (persistTo !== null)
    args.push("--persist-to", resolve(process.env.INIT_CWD ?? process.cwd(), persistTo));
  return args;
}

/** @param {string} arg */
const shellQuote = (arg) => (/^[\w./:=@-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);

/** What `wrangler kv key get` printed, in words. It prints this exact line when the key is absent. */
/** @param {string} stdout */
function describeValue(stdout) {
  if (stdout === "Value not found\n") return `not set (the ${KEY} var decides)`;
  const value = stdout.trim().toLowerCase();
  if (value === "true" || value === "false") return value;
  return `${JSON.stringify(stdout)} (neither true nor false, so the ${KEY} var decides)`;
}

/** @param {string[]} argv */
function main(argv) {
  const parsed = parseArgs(argv);
  if ("error" in parsed) {
    console.error(`smart-mode: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const args = wranglerArgs(parsed);
  console.log(`$ wrangler ${args.map(shellQuote).join(" ")}`);
  try {
    if (parsed.command === "status") {
      const stdout = execFileSync(WRANGLER, args, {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      console.log(
        `${KEY} in KV (${parsed.remote ? `remote, ${parsed.env}` : "local"}): ${describeValue(stdout)}`,
      );
    } else {
      execFileSync(WRANGLER, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
      console.log(
        `Smart mode ${parsed.command}. A running Worker sees it within SMART_MODE_FLAG_CACHE_SECONDS (default 30 s)` +
          (parsed.remote ? ", plus up to 60 s for KV to reach every location." : "."),
      );
    }
    return 0;
  } catch (thrown) {
    // execFileSync throws an Error carrying the child's exit status (null when a signal ended it).
    const error = /** @type {Error & { status?: number | null }} */ (thrown);
    console.error(
      `smart-mode: wrangler failed${error.status ? ` (exit code ${error.status})` : `: ${error.message}`}`,
    );
    return typeof error.status === "number" && error.status !== 0 ? error.status : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
