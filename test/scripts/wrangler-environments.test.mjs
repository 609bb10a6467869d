// wrangler.toml as wrangler itself reads it (its own config reader, no network): what each
// environment would deploy. The top level is local development (`npm start`, the tests).
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { unstable_readConfig } from "wrangler";

const ROOT = join(import.meta.dirname, "..", "..");
const CONFIG = join(ROOT, "wrangler.toml");
const read = (env) => unstable_readConfig({ config: CONFIG, ...(env ? { env } : {}) });

test("Workers Logs and traces drop query strings (signatures, ?token=) from request URLs, everywhere", () => {
  for (const env of [undefined]) {
    const { observability } = read(env);
    assert.equal(observability?.enabled, true, `${env ?? "top level"}: observability on`);
    assert.equal(observability?.redact_query_string, true, `${env ?? "top level"}: query strings redacted`);
  }
});
