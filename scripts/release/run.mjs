// How the release script runs wrangler (and the widget build): every command is printed first as
// `$ wrangler ...`, so the person on call learns the raw commands; commands that change anything
// are only printed under --dry-run. Every wrangler command carries `--env <target>`: the top level
// of wrangler.toml is local development and is never deployed. The binary is
// node_modules/.bin/wrangler unless WRANGLER_BIN names another one (the tests' fake).
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");

/** The person asked for something that cannot be done now: exit 2, one sentence, nothing changed. */
export class Refusal extends Error {}
/** A command failed or answered something unexpected: exit 1. */
export class Failure extends Error {}

/** Shell-style quoting, so a printed command can be copied and run as is. */
export const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`);
export const display = (argv) => argv.map(quote).join(" ");

function wranglerCommand(env) {
  const bin = env.WRANGLER_BIN || join(ROOT, "node_modules", ".bin", "wrangler");
  return /\.(c|m)?js$/.test(bin) ? [process.execPath, [bin]] : [bin, []];
}

/** The wrangler.toml environments the scripts deploy; `--env` picks one, production by default. */
export const TARGETS = ["production", "staging"];

/**
 * `read` runs a command that only looks (always, even under --dry-run) and returns its output;
 * `change` runs one that changes something, with the terminal attached so wrangler's own output
 * and prompts reach the person; `node` runs a local Node script the same way. `target` is the
 * wrangler.toml environment every wrangler command is given (`--env <target>`).
 * @param {{ target: string, dryRun?: boolean, env?: NodeJS.ProcessEnv, log?: (line: string) => void }} options
 */
export function createRunner({ target, dryRun = false, env = process.env, log = console.log }) {
  if (!TARGETS.includes(target)) throw new Error(`createRunner: target must be one of ${TARGETS.join(", ")}`);
  const [bin, prefix] = wranglerCommand(env);
  const withEnv = (args) => [...args, "--env", target];

  function read(given) {
    const args = withEnv(given);
    log(`$ ${display(["wrangler", ...args])}`);
    const result = spawnSync(bin, [...prefix, ...args], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw new Failure(`Could not run wrangler (${bin}): ${result.error.message}.`);
    return { status: result.status ?? 1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
  }

  function readJson(args) {
    const result = read(args);
    if (result.status !== 0) throw new Failure(failed(withEnv(args), result));
    return parseJson(withEnv(args), result.stdout);
  }

  function change(given) {
    const args = withEnv(given);
    spawnAttached(bin, [...prefix, ...args], ["wrangler", ...args]);
  }

  function node(script, args = []) {
    spawnAttached(process.execPath, [script, ...args], ["node", script, ...args]);
  }

  function spawnAttached(file, argv, shown) {
    log(`$ ${display(shown)}${dryRun ? "   (dry run: not run)" : ""}`);
    if (dryRun) return;
    const result = spawnSync(file, argv, { cwd: ROOT, env, stdio: "inherit" });
    if (result.error) throw new Failure(`Could not run ${shown[0]}: ${result.error.message}.`);
    if (result.status !== 0) {
      throw new Failure(`\`${display(shown)}\` failed (exit code ${result.status}); see its output above.`);
    }
  }

  return { dryRun, target, read, readJson, change, node, log };
}

export function failed(args, { status, stderr, stdout }) {
  const output = (stderr || stdout).trim().split("\n").slice(-6).join("\n");
  return `\`${display(["wrangler", ...args])}\` failed (exit code ${status}):\n${output}`;
}

export function parseJson(args, text) {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    // Tolerate a line printed before the JSON (a warning that went to stdout).
    const start = trimmed.search(/^[[{]/m);
    if (start > 0) {
      try {
        return JSON.parse(trimmed.slice(start));
      } catch {}
    }
    throw new Failure(`\`${display(["wrangler", ...args])}\` did not print JSON:\n${trimmed.slice(0, 400)}`);
  }
}
