// The local edge stack for benchmarks and browser tests: builds the Worker once and serves it with
// Miniflare (workerd directly, without wrangler dev's Node proxy), on 127.0.0.1 only, with local
// KV, R2, D1 (production migrations applied), Durable Objects and the static assets (widget and
// demo page) routed as wrangler.toml's [assets] says.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { readD1Migrations } from "@cloudflare/vitest-plugin";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig } from "wrangler";

const CONFIG = "wrangler.toml";
const WIDGET_BUILD = join("scripts", "build-widget.mjs");
/** Local secrets (wrangler.toml declares them required; never real values). */
const LOCAL_SECRETS = { LOG_TOKEN: "bench-token", SIGNING_SECRET: "bench-secret" };

/**
 * Builds the widget's static site (wrangler refuses a missing assets directory), then the Worker,
 * under the project: workerd refuses module paths outside its working directory.
 */
export function buildWorker() {
  if (existsSync(WIDGET_BUILD)) execFileSync(process.execPath, [WIDGET_BUILD], { stdio: "ignore" });
  else mkdirSync(configuredWorker().assetsDirectory ?? join(".build", "assets"), { recursive: true });
  const outdir = join(".build", "worker");
  execFileSync("wrangler", ["deploy", "--dry-run", "--outdir", outdir], { stdio: "ignore" });
  return join(outdir, "index.js");
}

/**
 * The Worker as wrangler.toml declares it (bindings, vars, Durable Objects with SQLite, assets routing,
 * compatibility settings), through wrangler's own reader: the same options `wrangler dev` and the
 * Vitest pool give Miniflare. Only the script and the local secrets come from here.
 */
function configuredWorker() {
  const config = unstable_readConfig({ config: CONFIG });
  // Typed as Miniflare's own shape: wrangler's declared type (an Omit over a union) keeps no fields.
  const workerOptions = /** @type {import("miniflare").V4WorkerOptionsShape & { modulesRules?: unknown }} */ (
    // The stack brings its own local secrets (LOCAL_SECRETS), so wrangler is not asked to look
    // for the required ones (and warn on every start that .dev.vars lacks them).
    unstable_getMiniflareWorkerOptions({ ...config, secrets: undefined }).workerOptions
  );
  const migrationsDir = config.d1_databases.find((d) => d.binding === "DB")?.migrations_dir;
  if (!migrationsDir) throw new Error(`${CONFIG} names no migrations_dir for the DB binding`);
  return { workerOptions, migrationsDir, assetsDirectory: config.assets?.directory };
}

/**
 * The stack's D1, R2 and KV bindings with wrangler.toml's ids: an extra worker given these shares
 * the stack's database, bucket and namespace (as another version of the same Worker would).
 */
export function stackStorage() {
  const { d1Databases, r2Buckets, kvNamespaces } = configuredWorker().workerOptions;
  return { d1Databases, r2Buckets, kvNamespaces };
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
 *
 * @param {string} scriptPath the bundled Worker (from `buildWorker()`)
 * @param {Record<string, string>} [vars] vars over wrangler.toml's (and the local secrets)
 * @param {{ quiet?: boolean, extraWorkers?: import("miniflare").V4WorkerOptions[], assets?: boolean, inspectorPort?: number }} [options]
 */
export async function startWorker(
  scriptPath,
  vars = {},
  { quiet = false, extraWorkers = [], assets = true, inspectorPort } = {},
) {
  const { workerOptions, migrationsDir } = configuredWorker();
  // The script is wrangler's finished bundle (one module), so its module rules have nothing to match.
  const { assets: configuredAssets, modulesRules: _bundled, ...configured } = workerOptions;
  /** @type {import("miniflare").V4WorkerOptions} */
  const worker = {
    ...configured,
    name: "sti-chat-edge",
    modules: true,
    scriptPath,
    ...(assets && configuredAssets ? { assets: configuredAssets } : {}),
    bindings: { ...(configured.bindings ?? {}), ...LOCAL_SECRETS, ...vars },
  };
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      ...(quiet ? { handleStructuredLogs: () => {} } : {}),
      ...(inspectorPort ? { inspectorPort } : {}),
      workers: [worker, ...extraWorkers],
    }),
  );
  // The production migrations, split into statements by wrangler's own SQL splitter (as
  // `wrangler d1 migrations apply` and the tests' setup do), one batch per file.
  const db = await mf.getD1Database("DB");
  for (const { queries } of await readD1Migrations(migrationsDir)) {
    await db.batch(queries.map((query) => db.prepare(query)));
  }
  const url = (await mf.ready).toString().replace(/\/$/, "");
  return { mf, url };
}
