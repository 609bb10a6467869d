// Harness for test/scripts/canary-check.test.mjs: canary workers, the stand-in for Cloudflare's
// version routing, HTTP helpers and the script run as a pipeline would run it.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { join } from "node:path";
import { stackStorage } from "../../scripts/local-stack.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "canary-check.mjs");
export const REQUEST_TIMEOUT_MS = 10_000;
const CHECK_TIMEOUT_MS = 20_000;

/**
 * A canary: the same script as a second Miniflare worker with its own version id, counting into the
 * stable's Metrics and LogStream objects, with its own session and breaker objects.
 * @param {string} script
 * @param {{ name: string, id: string, vars: Record<string, string>, d1?: string }} canary `d1`: a
 *   database id of its own instead of the stable's
 * @param {Record<string, string>} smartVars
 */
export function canaryWorker(script, { name, id: versionId, vars, d1 }, smartVars) {
  return {
    name,
    modules: true,
    scriptPath: script,
    compatibilityDate: "2026-11-01",
    compatibilityFlags: ["nodejs_compat"],
    durableObjects: {
      CHAT_SESSION: { className: "ChatSession", useSQLite: true },
      CIRCUIT_BREAKER: { className: "CircuitBreaker", useSQLite: true },
      LOG_STREAM: { className: "LogStream", useSQLite: true, scriptName: "sti-chat-edge" },
      METRICS: { className: "Metrics", useSQLite: true, scriptName: "sti-chat-edge" },
    },
    // The stable's D1 database, R2 bucket and KV namespace, like a version of the same Worker.
    ...stackStorage(),
    ...(d1 ? { d1Databases: { DB: d1 } } : {}),
    bindings: {
      LOG_TOKEN: "bench-token",
      SIGNING_SECRET: "bench-secret",
      RATE_LIMIT_PER_MINUTE: "10000",
      ...smartVars,
      ...vars,
      VERSION: { id: versionId, tag: name, timestamp: new Date().toISOString() },
    },
    unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }],
  };
}

/**
 * Cloudflare's version routing, reduced to what the check relies on: `targetFor(versionId)` gives
 * the URL for a request pinned with `Cloudflare-Workers-Version-Overrides` (null: not pinned).
 */
export function startRouter(targetFor) {
  const server = createServer(async (req, res) => {
    // Node joins a repeated unknown header into one string; an absent one is not pinned.
    const override = req.headers["cloudflare-workers-version-overrides"];
    // The production Worker's name, as canary:check reads it from wrangler.toml's [env.production].
    const pinned =
      typeof override === "string" ? /^sti-chat-edge-production="([^"]+)"$/.exec(override) : null;
    const target = targetFor(pinned ? pinned[1] : null);
    try {
      const upstream = await fetch(new URL(req.url ?? "/", target), {
        headers: { authorization: req.headers.authorization ?? "", accept: req.headers.accept ?? "*/*" },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      res.writeHead(upstream.status, {
        "content-type": upstream.headers.get("content-type") ?? "text/plain",
      });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The port of a server listening on TCP. @param {import("node:net").Server} server */
export const portOf = (server) => /** @type {import("node:net").AddressInfo} */ (server.address()).port;

export function get(target, path) {
  return fetch(target + path, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
}

export async function post(target, path, body) {
  const res = await fetch(target + path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Runs the script as a pipeline would; `env` replaces LOG_TOKEN. */
export function runCheck(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), CHECK_TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
