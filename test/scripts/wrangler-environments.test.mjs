// wrangler.toml as wrangler itself reads it (its own config reader, no network): what a deploy of
// each environment would ship. The top level is local development (`npm start`, the tests); the
// release scripts only ever deploy `--env production` or `--env staging` (release-scripts.test.mjs).
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { unstable_readConfig } from "wrangler";

const ROOT = join(import.meta.dirname, "..", "..");
const CONFIG = join(ROOT, "wrangler.toml");
const DEPLOYED = ["production", "staging"];
const read = (env) => unstable_readConfig({ config: CONFIG, ...(env ? { env } : {}) });
const top = read();

/** Every binding a config declares, by kind, as `NAME` or `NAME -> what it points at` for classes. */
function bindings(config) {
  return {
    durable_objects: config.durable_objects.bindings.map((b) => `${b.name} -> ${b.class_name}`).sort(),
    kv: config.kv_namespaces.map((b) => b.binding).sort(),
    r2: config.r2_buckets.map((b) => b.binding).sort(),
    d1: config.d1_databases.map((b) => `${b.binding} (${b.migrations_dir})`).sort(),
    ratelimits: (config.ratelimits ?? []).map((b) => b.name).sort(),
    version_metadata: config.version_metadata?.binding ?? null,
    queue_producers: (config.queues?.producers ?? []).map((p) => p.binding).sort(),
    // Consumers by role (the queue names differ per environment): retries and where failures go.
    queue_consumers: (config.queues?.consumers ?? [])
      .map(
        (c) =>
          `${c.queue.endsWith("-dlq") ? "dlq" : "main"} retries=${c.max_retries} dlq=${c.dead_letter_queue ? "yes" : "no"}`,
      )
      .sort(),
    send_email: (config.send_email ?? []).map((b) => b.name).sort(),
  };
}

/** Each environment's notification queues: the producer's queue is consumed, and so is its dead-letter queue. */
function notificationQueues(config) {
  const producer = config.queues?.producers?.find((p) => p.binding === "NOTIFICATIONS")?.queue;
  const main = config.queues?.consumers?.find((c) => c.queue === producer);
  return { producer, main, dlq: config.queues?.consumers?.find((c) => c.queue === main?.dead_letter_queue) };
}

test("Workers Logs and traces drop query strings (signatures, ?token=) from request URLs, everywhere", () => {
  for (const env of [undefined, ...DEPLOYED]) {
    const { observability } = read(env);
    assert.equal(observability?.enabled, true, `${env ?? "top level"}: observability on`);
    assert.equal(observability?.redact_query_string, true, `${env ?? "top level"}: query strings redacted`);
  }
});

test("the top level stays the local development configuration (npm start)", () => {
  assert.equal(top.vars.ENVIRONMENT, "development");
  assert.match(String(top.vars.WIDGET_ORIGINS), /127\.0\.0\.1:8787/);
});

for (const env of DEPLOYED) {
  test(`[env.${env}] ships ENVIRONMENT=${env}, no development settings, and every binding of the top level`, () => {
    const config = read(env);
    assert.equal(config.vars.ENVIRONMENT, env);
    // Vars are not inherited: each one is set here, none silently falls back to a default.
    assert.deepEqual(Object.keys(config.vars).sort(), Object.keys(top.vars).sort());
    assert.doesNotMatch(String(config.vars.WIDGET_ORIGINS), /localhost|127\.0\.0\.1|http:/);
    // Bindings are not inherited either (wrangler would warn and deploy without them).
    assert.deepEqual(bindings(config), bindings(top));
    assert.deepEqual(config.secrets?.required, ["LOG_TOKEN", "SIGNING_SECRET"]);
    // Inherited, and what the code and the release scripts rely on.
    assert.deepEqual(config.triggers.crons, top.triggers.crons);
    assert.deepEqual(
      config.migrations.map((m) => m.tag),
      top.migrations.map((m) => m.tag),
    );
    assert.equal(config.assets?.directory, top.assets?.directory);
    // Its own Worker: a deploy without --env (the top level, development) never reaches it.
    assert.notEqual(config.name, top.name);
  });
}

test("staging and production use different Workers, buckets and databases", () => {
  const [production, staging] = DEPLOYED.map(read);
  assert.notEqual(production.name, staging.name);
  assert.notEqual(production.r2_buckets[0].bucket_name, staging.r2_buckets[0].bucket_name);
  assert.notEqual(production.d1_databases[0].database_name, staging.d1_databases[0].database_name);
  assert.notEqual(notificationQueues(production).producer, notificationQueues(staging).producer);
});

test("every environment consumes its notifications queue, with retries, and its dead-letter queue `<queue>-dlq`", () => {
  for (const env of [undefined, ...DEPLOYED]) {
    const { producer, main, dlq } = notificationQueues(read(env));
    const where = env ?? "top level";
    assert.ok(producer, `${where}: a NOTIFICATIONS producer`);
    assert.ok(main && main.max_retries > 0, `${where}: its queue is consumed, with max_retries`);
    // src/notifications/queue.ts tells the dead-letter queue by this suffix.
    assert.equal(main.dead_letter_queue, `${producer}-dlq`, `${where}: dead-letter queue`);
    assert.ok(dlq, `${where}: the dead-letter queue is consumed too (its messages are recorded dead)`);
  }
});
