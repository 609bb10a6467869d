// runbook:check, part 3: running blocks with bash, against the local stack or the fake wrangler.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "node_modules", ".bin");
export const BLOCK_TIMEOUT_MS = 45_000;

/**
 * @param {string} code
 * @param {{ env: NodeJS.ProcessEnv, cwd: string, timeoutMs?: number }} options
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null, timedOut: boolean, output: string }>}
 */
export function runBash(code, { env, cwd, timeoutMs = BLOCK_TIMEOUT_MS }) {
  return new Promise((done) => {
    const child = spawn("bash", ["-euo", "pipefail", "-c", code], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        // The whole process group, so commands bash started die too; no pid means bash never started.
        if (child.pid === undefined) throw new Error("bash has no pid");
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code: timedOut ? null : code, signal, timedOut, output });
    });
  });
}

function expectedExits(block) {
  return (block.options.exit ?? "0").split(",").map(Number);
}

export const tail = (text, n = 15) => text.trimEnd().split("\n").slice(-n).join("\n");

export function outcome(result, block, timeoutMs) {
  if (result.timedOut) return [`timed out after ${timeoutMs / 1000} s\n${tail(result.output)}`];
  if (!expectedExits(block).includes(result.code))
    return [
      `exit ${result.code ?? result.signal} (expected ${expectedExits(block).join(" or ")})\n${tail(result.output)}`,
    ];
  return [];
}

export function baseEnv(extra) {
  return {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH ?? ""}`,
    NO_COLOR: "1",
    WRANGLER_SEND_METRICS: "false",
    ...extra,
  };
}

/** A conversation for SID, as a person would leave it: consent, then name, device and problem. */
export async function seedSession(url, sid) {
  const post = async (path, body) => {
    const res = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  await post("/api/greeting", { sessionId: sid });
  await post("/api/chat", { sessionId: sid, action: "consent:yes" });
  await post("/api/chat", { sessionId: sid, message: "soy Ana, mi notebook no prende" });
}

/** @param {Record<string, string>} [vars] vars over wrangler.toml's */
export async function startLocalStack(vars = {}) {
  const previous = process.cwd();
  process.chdir(ROOT); // local-stack.mjs works with paths relative to the project
  try {
    const { buildWorker, startWorker } = await import(
      pathToFileURL(join(ROOT, "scripts", "local-stack.mjs")).href
    );
    const script = buildWorker();
    return await startWorker(script, vars, { quiet: true });
  } finally {
    process.chdir(previous);
  }
}

export async function loadFakeWrangler() {
  const file = join(ROOT, "test", "support", "fake-wrangler.mjs");
  if (!existsSync(file)) return { error: "test/support/fake-wrangler.mjs does not exist (yet)" };
  const module = await import(pathToFileURL(file).href);
  if (typeof module.createFakeWrangler !== "function")
    return { error: "test/support/fake-wrangler.mjs exports no createFakeWrangler" };
  return { createFakeWrangler: module.createFakeWrangler };
}
