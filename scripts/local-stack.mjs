// The local edge stack for benchmarks and browser tests: builds the Worker once and serves it with
// Miniflare (workerd directly, without wrangler dev's Node proxy), on 127.0.0.1 only, with local
// KV, R2, D1 (production migrations applied), Durable Objects and the static assets (widget and
// demo page) routed as wrangler.toml's [assets] says.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { unstable_readConfig } from "wrangler";

const WIDGET_BUILD = join("scripts", "build-widget.mjs");

/**
 * Builds the widget's static site (wrangler refuses a missing assets directory), then the Worker,
 * under the project: workerd refuses module paths outside its working directory.
 */
export function buildWorker() {
  if (existsSync(WIDGET_BUILD)) execFileSync(process.execPath, [WIDGET_BUILD], { stdio: "ignore" });
  else mkdirSync(assetsConfig().directory, { recursive: true });
  const outdir = join(".build", "worker");
  execFileSync("wrangler", ["deploy", "--dry-run", "--outdir", outdir], { stdio: "ignore" });
  return join(outdir, "index.js");
}

/** wrangler.toml's [assets], as Miniflare's (v4-style) options: the same routing as `wrangler dev`. */
function assetsConfig() {
  const { assets } = unstable_readConfig({ config: "wrangler.toml" });
  if (!assets?.directory) throw new Error("wrangler.toml has no [assets] directory");
  return {
    directory: resolve(assets.directory),
    // Without it the router never calls the Worker: every path would be an asset or a 404.
    routerConfig: { has_user_worker: true },
    ...(assets.run_worker_first !== undefined ? { run_worker_first: assets.run_worker_first } : {}),
    assetConfig: {
      ...(assets.not_found_handling ? { not_found_handling: assets.not_found_handling } : {}),
      ...(assets.html_handling ? { html_handling: assets.html_handling } : {}),
    },
  };
}

function readVars() {
  const toml = readFileSync("wrangler.toml", "utf8");
  const section = toml.split("[vars]")[1] ?? "";
  return Object.fromEntries([...section.matchAll(/^([A-Z_]+)\s*=\s*"([^"]*)"/gm)].map((m) => [m[1], m[2]]));
}

/**
 * `quiet`: the Worker's console lines are still written by workerd and read by Miniflare, but not
 * printed by this Node process. Benchmarks use it: in production those lines go to Workers Logs,
 * not to the terminal of the process generating the load on the same cores.
 * `extraWorkers`: more Miniflare workers in the same workerd (reached with `mf.getWorker(name)`),
 * e.g. a baseline that uses the same R2 bucket from inside workerd.
 * `inspectorPort`: open workerd's DevTools inspector on that port (CPU profiles of the Worker, e.g. to
 * find what a bench's extra cost is made of).
 * `assets`: serve wrangler.toml's static assets in front of the Worker (default); `false` gives the
 * bare Worker, every path reaching it.
 */
export async function startWorker(
  scriptPath,
  vars = {},
  { quiet = false, extraWorkers = [], assets = true, inspectorPort } = {},
) {
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      ...(quiet ? { handleStructuredLogs: () => {} } : {}),
      ...(inspectorPort ? { inspectorPort } : {}),
      workers: [
        {
          name: "sti-chat-edge",
          modules: true,
          scriptPath,
          compatibilityDate: "2026-11-01",
          compatibilityFlags: ["nodejs_compat"],
          durableObjects: {
            CHAT_SESSION: { className: "ChatSession", useSQLite: true },
            LOG_STREAM: { className: "LogStream", useSQLite: true },
            METRICS: { className: "Metrics", useSQLite: true },
            CIRCUIT_BREAKER: { className: "CircuitBreaker", useSQLite: true },
          },
          r2Buckets: ["BUCKET"],
          kvNamespaces: ["FLAGS"],
          d1Databases: ["DB"],
          versionMetadata: "VERSION",
          ...(assets ? { assets: assetsConfig() } : {}),
          bindings: { ...readVars(), LOG_TOKEN: "bench-token", SIGNING_SECRET: "bench-secret", ...vars },
        },
        ...extraWorkers,
      ],
    }),
  );
  const db = await mf.getD1Database("DB");
  for (const file of readdirSync("migrations").sort()) {
    for (const statement of readFileSync(join("migrations", file), "utf8")
      .replace(/--.*$/gm, "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean)) {
      await db.prepare(statement).run();
    }
  }
  const url = (await mf.ready).toString().replace(/\/$/, "");
  return { mf, url };
}
