// What is deployed, what is uploaded, what is pending: read through wrangler's JSON outputs
// (`deployments status --json`, `versions list --json`, `versions view --json`; the shapes are
// wrangler's ApiDeployment and ApiVersion) and, where no JSON exists, its text
// (`d1 migrations list` prints a table). Plus wrangler.toml's Durable Object migration tags and git.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Failure, failed, parseJson, ROOT } from "./run.mjs";

/** How a version's message records the Durable Object migrations it was deployed with. */
export const MIGRATIONS_MARK = /\[do-migrations=([^\]\s]+)\]/;
/** Cloudflare keeps short annotations; the mark at the end must survive, so the subject is cut. */
const MESSAGE_MAX_CHARS = 100;

/**
 * The current deployment (`{ versions: [{ version_id, percentage }], ... }`), or null when the
 * Worker has never been deployed: wrangler then fails, with "has no deployments" or, for a
 * Worker that does not exist yet, the API's "[code: 10007]".
 */
export function currentDeployment(run) {
  const args = ["deployments", "status", "--json"];
  const result = run.read(args);
  if (result.status === 0) return parseJson(args, result.stdout);
  const text = `${result.stderr}\n${result.stdout}`;
  if (/has no deployments|\[code: 10007\]|does not exist on your account/i.test(text)) return null;
  throw new Failure(failed(args, result));
}

/** One version (`{ id, number, metadata: { created_on, ... }, annotations: { "workers/message", "workers/tag" } }`). */
export const viewVersion = (run, id) => run.readJson(["versions", "view", id, "--json"]);

/** The newest uploaded versions, oldest first (wrangler sorts them by created_on). */
export const listVersions = (run) => run.readJson(["versions", "list", "--json"]);

/**
 * The deployment with each side's version details, and which side is stable: a single version
 * at 100%, or in a two-version split the older one (the side that was at 100% before the canary;
 * by age, not by share, so a canary above 50% is still the canary).
 */
export function deploymentState(run) {
  const deployment = currentDeployment(run);
  if (!deployment) return null;
  const sides = deployment.versions.map(({ version_id, percentage }) => ({
    id: version_id,
    percentage,
    version: viewVersion(run, version_id),
  }));
  const byAge = [...sides].sort((a, b) => createdOn(a.version).localeCompare(createdOn(b.version)));
  return {
    deployment,
    sides,
    split: sides.length > 1,
    stable: byAge[0],
    canary: sides.length === 2 ? byAge[1] : null,
  };
}

export const createdOn = (version) => version?.metadata?.created_on ?? "";
export const messageOf = (version) => version?.annotations?.["workers/message"] ?? "";
export const tagOf = (version) => version?.annotations?.["workers/tag"] ?? "";
export const recordedMigrationTag = (version) => MIGRATIONS_MARK.exec(messageOf(version))?.[1] ?? null;

/** D1 migrations not yet applied to the remote database (`[]` when none). */
export function pendingD1Migrations(run) {
  const args = ["d1", "migrations", "list", "DB", "--remote"];
  const result = run.read(args);
  if (result.status !== 0) throw new Failure(failed(args, result));
  if (/No migrations to apply/.test(result.stdout)) return [];
  const [, table] = result.stdout.split(/Migrations to be applied:/);
  if (table === undefined) throw new Failure(`Could not read the output of \`wrangler ${args.join(" ")}\`.`);
  return [...table.matchAll(/^\s*│\s*(\S[^│]*?)\s*│\s*$/gm)]
    .map((match) => match[1])
    .filter((name) => name !== "Name");
}

/** The `tag` of each `[[migrations]]` table in wrangler.toml, in file order (oldest first). */
export function migrationTags(file = join(ROOT, "wrangler.toml")) {
  const tags = [];
  let inMigrations = false;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line.startsWith("[")) inMigrations = line === "[[migrations]]";
    const tag = inMigrations && /^tag\s*=\s*["']([^"']+)["']/.exec(line);
    if (tag) tags.push(tag[1]);
  }
  return tags;
}

export const newestMigrationTag = () => migrationTags().at(-1) ?? "none";

/**
 * What wrangler.toml's `[env.<target>]` would deploy: whether the section exists, and the
 * `ENVIRONMENT` of its `[env.<target>.vars]` (null when unset there: vars are not inherited).
 */
export function configuredEnvironment(target, file = join(ROOT, "wrangler.toml")) {
  const section = `[env.${target}]`;
  const vars = `[env.${target}.vars]`;
  let declared = false;
  let inVars = false;
  /** @type {string | null} */
  let environment = null;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line.startsWith("[")) {
      inVars = line === vars;
      // The section is declared by its own table or by any of its sub-tables.
      declared ||= line === section || line.replace(/^\[+/, "[").startsWith(`[env.${target}.`);
    }
    const value = inVars && /^ENVIRONMENT\s*=\s*["']([^"']*)["']/.exec(line);
    if (value) environment = value[1];
  }
  return { declared, environment };
}

/** HEAD's short sha and subject, the default tag and message of what is shipped. */
export function gitHead() {
  const git = (...args) => {
    const result = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
    if (result.status !== 0) {
      throw new Failure("Could not read git HEAD (is this a git checkout?): pass --message and --tag.");
    }
    return result.stdout.trim();
  };
  return { sha: git("rev-parse", "--short", "HEAD"), subject: git("log", "-1", "--format=%s") };
}

/** `<text> [do-migrations=<tag>]`, the text cut so that the whole stays short. */
export function stampMessage(text, tag) {
  const mark = ` [do-migrations=${tag}]`;
  const room = MESSAGE_MAX_CHARS - mark.length;
  const cut = text.length > room ? `${text.slice(0, room - 3)}...` : text;
  return `${cut}${mark}`;
}
