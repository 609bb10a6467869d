// The release commands (docs/releases.md). Each one reads the state it needs, refuses with one
// sentence when the step would be wrong, and otherwise runs the wrangler commands that change
// production, printed first. Refusals come before anything changes.
import { Refusal } from "./run.mjs";
import {
  configuredEnvironment,
  createdOn,
  deploymentState,
  gitHead,
  listVersions,
  messageOf,
  migrationTags,
  newestMigrationTag,
  pendingD1Migrations,
  recordedMigrationTag,
  stampMessage,
  tagOf,
} from "./state.mjs";
import { formatStatus } from "./status-table.mjs";

const BUILD_WIDGET = "scripts/build-widget.mjs";

export const NOTHING_DEPLOYED = "Nothing is deployed yet: the first deploy must be `npm run deploy`.";

const shortId = (id) => id.slice(0, 8);
const label = (side) => `${shortId(side.id)}${tagOf(side.version) ? ` (${tagOf(side.version)})` : ""}`;
const splitText = (state) => state.sides.map((side) => `${label(side)} at ${side.percentage}%`).join(", ");

function requireDeployed(run) {
  const state = deploymentState(run);
  if (!state) throw new Refusal(NOTHING_DEPLOYED);
  if (state.sides.length > 2) {
    throw new Refusal(
      `The deployment is split between more than two versions (${splitText(state)}): ` +
        "return it to one version with `npm run release:rollback -- --to <version-id>` first.",
    );
  }
  return state;
}

function refuseDuringCanary(state) {
  if (!state?.split) return;
  throw new Refusal(
    `A canary is in progress (${splitText(state)}): finish it with \`npm run release:promote\` ` +
      "or undo it with `npm run release:rollback` first.",
  );
}

function buildWidget(run, options) {
  if (options.skipBuild) run.log("(widget build skipped: --skip-build)");
  else run.node(BUILD_WIDGET);
}

/**
 * HEAD's sha and subject, the default tag and message; git is not asked (and may be absent) when
 * --message and --tag are both given, and then those stand in.
 */
function headOrGiven(options) {
  return options.message && options.tag ? { sha: options.tag, subject: options.message } : gitHead();
}

/** First deploy and Durable Object class migrations: build, D1 migrations, then `wrangler deploy`. */
export function deploy(run, options) {
  refuseDuringCanary(deploymentState(run));
  const head = headOrGiven(options);
  const tag = options.tag ?? head.sha;
  const message = stampMessage(options.message ?? `deploy ${tag}: ${head.subject}`, newestMigrationTag());
  buildWidget(run, options);
  run.change(["d1", "migrations", "apply", "DB", "--remote"]);
  run.change(["deploy", "--message", message, "--tag", tag]);
}

/**
 * Refuses, before any wrangler call, to ship an `[env.<target>]` that is missing or whose vars do
 * not say `ENVIRONMENT = "<target>"`: wrangler would then deploy the top level's development
 * settings, or a version that opens /api/metrics and uses the published development signing key.
 */
export function checkTarget(target, file) {
  const { declared, environment } = configuredEnvironment(target, file);
  if (!declared) {
    throw new Refusal(
      `wrangler.toml has no [env.${target}] section, so wrangler would deploy its top level (local development): ` +
        "add it (docs/releases.md) or pick another --env.",
    );
  }
  if (environment !== target) {
    throw new Refusal(
      `wrangler.toml's [env.${target}.vars] sets ENVIRONMENT = "${environment ?? "(not set)"}", not "${target}": ` +
        `set ENVIRONMENT = "${target}" there first.`,
    );
  }
}

/** A new version, uploaded but serving no traffic; refused when only `npm run deploy` can ship it. */
export function upload(run, options) {
  const state = requireDeployed(run);
  refuseDuringCanary(state);
  checkMigrationTag(recordedMigrationTag(state.stable.version));
  const pending = pendingD1Migrations(run);
  if (pending.length > 0) {
    throw new Refusal(
      `D1 migrations are pending remotely (${pending.join(", ")}) and \`wrangler versions upload\` ` +
        `does not apply them: run \`npm run deploy\` (or \`wrangler d1 migrations apply DB --remote --env ${run.target}\`) first.`,
    );
  }
  const head = headOrGiven(options);
  const message = stampMessage(options.message ?? head.subject, newestMigrationTag());
  buildWidget(run, options);
  run.change(["versions", "upload", "--message", message, "--tag", options.tag ?? head.sha]);
  run.log("Next: `npm run release:canary -- 5` sends 5% of traffic to it.");
}

function checkMigrationTag(recorded) {
  const tags = migrationTags();
  const wanted = tags.at(-1) ?? "none";
  if (recorded === wanted) return;
  if (recorded === null) {
    throw new Refusal(
      "The deployed version's message records no Durable Object migration tag ([do-migrations=...]), " +
        `so nothing shows it matches wrangler.toml's ${wanted}: run \`npm run deploy\`.`,
    );
  }
  if (recorded !== "none" && !tags.includes(recorded)) {
    throw new Refusal(
      `The deployed version records Durable Object migration ${recorded}, which wrangler.toml does not have: ` +
        "this checkout is behind production; update it first.",
    );
  }
  throw new Refusal(
    `wrangler.toml's newest Durable Object migration is ${wanted} but the deployed version records ${recorded}: ` +
      "a Durable Object class change cannot go through `wrangler versions upload`, run `npm run deploy`.",
  );
}

export function parsePercentage(text) {
  const pct = /^\d+$/.test(text ?? "") ? Number(text) : Number.NaN;
  if (Number.isInteger(pct) && pct >= 1 && pct <= 99) return pct;
  throw new Refusal(
    `The canary percentage must be a whole number from 1 to 99 (got ${JSON.stringify(text ?? "")}): ` +
      "for example `npm run release:canary -- 5`.",
  );
}

/** `<new>@<pct> <stable>@<100-pct>`: starts a canary or moves an existing one (1 -> 5 -> 25). */
export function canary(run, pctText) {
  const pct = parsePercentage(pctText);
  const state = requireDeployed(run);
  const newest = listVersions(run).at(-1);
  const { stable } = state;
  if (!newest || newest.id === stable.id || createdOn(newest) <= createdOn(stable.version)) {
    throw new Refusal(
      `No version was uploaded after the stable one (${label(stable)}): run \`npm run release:upload\` first.`,
    );
  }
  if (state.canary && state.canary.id !== newest.id) {
    throw new Refusal(
      `The deployment is split with ${label(state.canary)}, which is not the newest upload ${shortId(newest.id)}: ` +
        "finish that canary with `npm run release:promote` or undo it with `npm run release:rollback` first.",
    );
  }
  const name = tagOf(newest) || shortId(newest.id);
  run.change([
    "versions",
    "deploy",
    `${newest.id}@${pct}`,
    `${stable.id}@${100 - pct}`,
    "--yes",
    "--message",
    `canary ${name} at ${pct}%`,
  ]);
}

/** The canary side of the split to 100%. */
export function promote(run) {
  const state = requireDeployed(run);
  if (!state.canary) {
    throw new Refusal(
      `There is no canary to promote: ${label(state.stable)} serves 100%; ` +
        "start one with `npm run release:canary -- 5`.",
    );
  }
  const name = tagOf(state.canary.version) || shortId(state.canary.id);
  run.change(["versions", "deploy", `${state.canary.id}@100`, "--yes", "--message", `promote ${name}`]);
}

/** A split goes back to its stable side; otherwise `wrangler rollback` (to --to, or the previous version). */
export function rollback(run, options) {
  const state = requireDeployed(run);
  if (options.to) {
    run.change(["rollback", options.to, "--message", options.message ?? `rollback to ${options.to}`, "-y"]);
  } else if (state.canary) {
    const message = options.message ?? `rollback: canary ${label(state.canary)} withdrawn`;
    run.change(["versions", "deploy", `${state.stable.id}@100`, "--yes", "--message", message]);
  } else {
    run.change(["rollback", "--message", options.message ?? "rollback to the previous version", "-y"]);
  }
}

/** Read-only: the deployment, newer uploads, migration tags and pending D1 migrations. */
export function status(run) {
  const state = deploymentState(run);
  if (!state) {
    run.log(NOTHING_DEPLOYED.replace(": the first", ". The first"));
    return;
  }
  const versions = listVersions(run);
  const pending = pendingD1Migrations(run);
  run.log(
    formatStatus({
      state,
      waiting: versions.filter(
        (version) =>
          !state.sides.some((side) => side.id === version.id) &&
          createdOn(version) > createdOn(state.canary?.version ?? state.stable.version),
      ),
      wantedTag: newestMigrationTag(),
      recordedTag: recordedMigrationTag(state.stable.version),
      pending,
      messageOf,
      tagOf,
    }),
  );
}
