#!/usr/bin/env node
// A stand-in for wrangler in tests of scripts/release.mjs (there is no Cloudflare account here).
//
// As a program (WRANGLER_BIN=<this file>) it answers exactly the commands the release script
// runs, against a JSON state file named by FAKE_WRANGLER_STATE, and appends every invocation's
// argv to the file's `calls`. Its JSON outputs have the shapes of wrangler 4's (`ApiDeployment`,
// `ApiVersion` in wrangler's src/versions/types.ts: `deployments status --json` prints the latest
// deployment, `versions list --json` the deployable versions oldest first, `versions view --json`
// one version); `d1 migrations list` prints wrangler's table; a Worker never deployed fails as the
// API does ("[code: 10007]").
//
// As a module: `createFakeWrangler(scenario, options)` writes a state file for one of the scenarios
// "fresh" | "stable" | "uploaded" | "split" and returns `{ env, calls(), state(), cleanup() }`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(import.meta.dirname, "..", "..");
const WORKER = "sti-chat-edge";
const ACCOUNT_ID = "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f";
const AUTHOR = "oncall@sti.example";
const START_MS = Date.parse("2026-11-20T10:00:00Z");

/** The `tag`s of wrangler.toml's `[[migrations]]`, in order (read here on its own, not through the script). */
function migrationTags() {
  const text = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
  return [...text.matchAll(/^\[\[migrations\]\]\s*\n\s*tag\s*=\s*"([^"]+)"/gm)].map((match) => match[1]);
}

const d1MigrationFiles = () =>
  readdirSync(join(ROOT, "migrations"))
    .filter((name) => name.endsWith(".sql"))
    .sort();

// ---- State ------------------------------------------------------------------------------------

/** Ids and times advance with each created object, so every run of a scenario is the same. */
function tick(state) {
  state.clock += 1;
  // Cloudflare's timestamps carry microseconds.
  return new Date(START_MS + state.clock * 60_000).toISOString().replace("Z", "000Z");
}
const uuid = (prefix, n) => `${prefix}-0000-4000-8000-${String(n).padStart(12, "0")}`;

function addVersion(state, { message, tag }) {
  const number = state.versions.length + 1;
  const now = tick(state);
  const annotations = { "workers/triggered_by": "upload" };
  if (message !== undefined) annotations["workers/message"] = message;
  if (tag !== undefined) annotations["workers/tag"] = tag;
  const version = {
    id: uuid(`${String(number).padStart(8, "0")}`, number),
    number,
    metadata: {
      created_on: now,
      modified_on: now,
      source: "wrangler",
      author_id: "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4",
      author_email: AUTHOR,
      hasPreview: false,
    },
    annotations,
    resources: {
      bindings: [],
      script: { etag: `etag-${number}`, handlers: ["fetch", "scheduled"], last_deployed_from: "wrangler" },
      script_runtime: {
        compatibility_date: "2026-11-01",
        compatibility_flags: ["nodejs_compat"],
        usage_model: "standard",
        limits: { cpu_ms: 30000 },
      },
    },
  };
  state.versions.push(version);
  return version;
}

/**
 * @param {{ clock: number, deployments: object[] }} state
 * @param {[versionId: string, percentage: number][]} traffic
 * @param {{ message?: string, trigger: string }} annotation without a message, none is recorded
 */
function addDeployment(state, traffic, { message, trigger }) {
  const number = state.deployments.length + 1;
  /** @type {Record<string, string>} */
  const annotations = { "workers/triggered_by": trigger };
  if (message !== undefined) annotations["workers/message"] = message;
  const deployment = {
    id: uuid(`d${String(number).padStart(7, "0")}`, number),
    source: "wrangler",
    strategy: "percentage",
    author_email: AUTHOR,
    annotations,
    created_on: tick(state),
    versions: traffic.map(([version_id, percentage]) => ({ version_id, percentage })),
  };
  state.deployments.unshift(deployment); // newest first, as the API lists them
  return deployment;
}

function scenarioState(scenario, options) {
  const tag = options.deployedMigrationTag ?? migrationTags().at(-1) ?? "none";
  const pending = options.pendingD1Migrations ?? [];
  const state = {
    worker: WORKER,
    clock: 0,
    versions: [],
    deployments: [],
    d1: { applied: d1MigrationFiles().filter((name) => !pending.includes(name)), pending: [...pending] },
    calls: [],
  };
  if (scenario === "fresh") return state;
  const stable = addVersion(state, {
    message: `deploy 1a2b3c4: first release [do-migrations=${tag}]`,
    tag: "1a2b3c4",
  });
  addDeployment(state, [[stable.id, 100]], { trigger: "upload" });
  if (scenario === "stable") return state;
  const next = addVersion(state, { message: `Fix the greeting [do-migrations=${tag}]`, tag: "5d6e7f8" });
  if (scenario === "uploaded") return state;
  if (scenario === "split") {
    addDeployment(
      state,
      [
        [next.id, 5],
        [stable.id, 95],
      ],
      { message: "canary 5d6e7f8 at 5%", trigger: "deployment" },
    );
    return state;
  }
  throw new Error(`Unknown fake-wrangler scenario "${scenario}" (fresh, stable, uploaded, split).`);
}

/**
 * A fake wrangler in one of four states: "fresh" (nothing deployed), "stable" (one version at
 * 100%, its message recording wrangler.toml's newest Durable Object migration tag), "uploaded"
 * ("stable" plus a newer version not deployed), "split" (the newer at 5%, the stable at 95%).
 * Options: `pendingD1Migrations` (file names not yet applied remotely), `deployedMigrationTag`
 * (the tag the deployed version's message records instead of wrangler.toml's newest).
 */
export function createFakeWrangler(scenario, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), "fake-wrangler-"));
  const file = join(dir, "state.json");
  writeFileSync(file, JSON.stringify(scenarioState(scenario, options), null, 2));
  const state = () => JSON.parse(readFileSync(file, "utf8"));
  return {
    env: { WRANGLER_BIN: SELF, FAKE_WRANGLER_STATE: file },
    calls: () => state().calls,
    state,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// ---- The program ------------------------------------------------------------------------------

class WranglerError extends Error {}

const VALUE_FLAGS = new Set([
  "--message",
  "-m",
  "--tag",
  "--name",
  "--version-id",
  "--percentage",
  "--env",
  "-e",
]);

function parse(argv) {
  const positionals = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (VALUE_FLAGS.has(arg)) flags[arg.replace(/^-+/, "")] = argv[++i];
    else if (arg.startsWith("-")) flags[arg.replace(/^-+/, "")] = true;
    else positionals.push(arg);
  }
  if (flags.m !== undefined) flags.message = flags.m;
  if (flags.y) flags.yes = true;
  return { positionals, flags };
}

function notFound(path) {
  return new WranglerError(
    `A request to the Cloudflare API (/accounts/${ACCOUNT_ID}/workers/scripts/${WORKER}${path}) failed.\n\n` +
      "  This Worker does not exist on your account. [code: 10007]",
  );
}

const findVersion = (state, id) => {
  const version = state.versions.find((candidate) => candidate.id === id);
  if (!version) {
    throw new WranglerError(
      `A request to the Cloudflare API (/accounts/${ACCOUNT_ID}/workers/scripts/${WORKER}/versions/${id}) failed.\n\n` +
        "  version not found [code: 10250]",
    );
  }
  return version;
};

function d1Table(names) {
  const width = Math.max(4, ...names.map((name) => name.length));
  const rule = "─".repeat(width + 2);
  const row = (text) => `│ ${text.padEnd(width)} │`;
  return [`┌${rule}┐`, row("Name"), ...names.flatMap((name) => [`├${rule}┤`, row(name)]), `└${rule}┘`].join(
    "\n",
  );
}

const BANNER = "\n ⛅️ wrangler 4.164.0 (fake)\n────────────────────";

/** Runs one command against `state`; returns what wrangler would print on stdout. */
function execute(state, argv) {
  const { positionals, flags } = parse(argv);
  const command = positionals.slice(0, 2).join(" ");
  const exists = state.deployments.length > 0;
  const dryRun = flags["dry-run"] === true;

  if (command === "deployments status" && flags.json) {
    if (!exists) throw notFound("/deployments");
    return JSON.stringify(state.deployments[0], null, 2);
  }
  if (command === "versions list" && flags.json) {
    if (!exists && state.versions.length === 0) throw notFound("/versions?deployable=true");
    const list = state.versions.map(({ resources: _resources, ...version }) => version);
    return JSON.stringify(list.slice(-10), null, 2);
  }
  if (command === "versions view" && flags.json) {
    return JSON.stringify(findVersion(state, positionals[2]), null, 2);
  }
  if (positionals[0] === "d1" && positionals[1] === "migrations") {
    if (!flags.remote) throw new WranglerError("fake-wrangler fakes remote D1 only: pass --remote.");
    if (positionals[3] !== "DB")
      throw new WranglerError(`Couldn't find a D1 DB with the name or binding '${positionals[3]}'.`);
    const head = `${BANNER}\nResource location: remote \n`;
    if (state.d1.pending.length === 0) return `${head}\n✅ No migrations to apply!`;
    const table = `${head}\nMigrations to be applied:\n${d1Table(state.d1.pending)}`;
    if (positionals[2] === "list") return table;
    if (positionals[2] !== "apply")
      throw new WranglerError(`Unknown command: d1 migrations ${positionals[2]}`);
    const applied = state.d1.pending.map((name) => `${name} ✅`).join("\n");
    state.d1.applied.push(...state.d1.pending);
    state.d1.pending = [];
    return `${table}\n${applied}`;
  }
  if (positionals[0] === "deploy" && positionals.length === 1) {
    if (dryRun) return `${BANNER}\n--dry-run: exiting now.`;
    const version = addVersion(state, { message: flags.message, tag: flags.tag });
    addDeployment(state, [[version.id, 100]], { trigger: "upload", message: flags.message });
    return `${BANNER}\nUploaded ${WORKER} (1.00 sec)\nDeployed ${WORKER} triggers (0.50 sec)\nCurrent Version ID: ${version.id}`;
  }
  if (command === "versions upload") {
    if (!exists) throw notFound("/versions");
    if (dryRun) return `${BANNER}\n--dry-run: exiting now.`;
    const version = addVersion(state, { message: flags.message, tag: flags.tag });
    return `${BANNER}\nUploaded ${WORKER} (1.00 sec)\nWorker Version ID: ${version.id}`;
  }
  if (command === "versions deploy") {
    const traffic = positionals.slice(2).map((spec) => {
      const [id, pct] = spec.split("@");
      findVersion(state, id);
      return /** @type {[string, number]} */ ([id, Number(pct)]);
    });
    const total = traffic.reduce((sum, [, pct]) => sum + pct, 0);
    if (traffic.length < 1 || traffic.length > 2 || traffic.some(([, pct]) => !Number.isInteger(pct))) {
      throw new WranglerError("You must select one or two versions, each as <version-id>@<percentage>.");
    }
    if (total !== 100) throw new WranglerError(`Percentages must add up to 100% (got ${total}%).`);
    if (dryRun) return `${BANNER}\n--dry-run: exiting now.`;
    addDeployment(state, traffic, { trigger: "deployment", message: flags.message });
    const shares = traffic.map(([id, pct]) => `version ${id} at ${pct}%`).join(" and ");
    return `${BANNER}\n✨ SUCCESS Deployed ${WORKER} ${shares}.`;
  }
  if (positionals[0] === "rollback") {
    if (!exists) throw notFound("/deployments");
    const target = positionals[1] ?? previousStable(state);
    findVersion(state, target);
    addDeployment(state, [[target, 100]], { trigger: "rollback", message: flags.message ?? "Rollback" });
    return `${BANNER}\nPerforming rollback...\n✨ SUCCESS Worker Version ${target} has been deployed to 100% of traffic.\n\nCurrent Version ID: ${target}`;
  }
  throw new WranglerError(`fake-wrangler does not fake \`wrangler ${argv.join(" ")}\`.`);
}

/** Wrangler's default rollback target: the 100% version of the newest deployment before the current one. */
function previousStable(state) {
  for (const deployment of state.deployments.slice(1)) {
    const stable = deployment.versions.find(({ percentage }) => percentage === 100);
    if (stable) return stable.version_id;
  }
  throw new WranglerError(
    "Could not find stable Worker Version to rollback to. Please try again with an explicit Version ID.",
  );
}

function main(argv) {
  const file = process.env.FAKE_WRANGLER_STATE;
  if (!file) {
    process.stderr.write("fake-wrangler: FAKE_WRANGLER_STATE is not set.\n");
    return 1;
  }
  const state = JSON.parse(readFileSync(file, "utf8"));
  state.calls.push(argv);
  try {
    const output = execute(state, argv);
    process.stdout.write(`${output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof WranglerError)) throw error;
    process.stderr.write(`\n✘ [ERROR] ${error.message}\n\n`);
    return 1;
  } finally {
    writeFileSync(file, JSON.stringify(state, null, 2));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) process.exitCode = main(process.argv.slice(2));
