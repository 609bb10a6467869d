import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { emptyHistogram, observe } from "../../../src/observability/metrics/histogram";

const NOW = Date.UTC(2026, 10, 20, 12, 30, 20);
const MINUTE = Math.floor(NOW / 60_000);

/** The tables as the first release created them, before ratings were counted. */
const OLD_SCHEMA = `
  DROP TABLE minute_counts;
  DROP TABLE version_totals;
  CREATE TABLE minute_counts (
    minute INTEGER NOT NULL, version TEXT NOT NULL, requests INTEGER NOT NULL, errors_5xx INTEGER NOT NULL,
    openai_calls INTEGER NOT NULL, openai_failures INTEGER NOT NULL, latency TEXT NOT NULL,
    PRIMARY KEY (minute, version)
  ) WITHOUT ROWID;
  CREATE TABLE version_totals (
    version TEXT PRIMARY KEY, first_minute INTEGER NOT NULL, last_minute INTEGER NOT NULL,
    requests INTEGER NOT NULL, errors_5xx INTEGER NOT NULL, openai_calls INTEGER NOT NULL,
    openai_failures INTEGER NOT NULL, latency TEXT NOT NULL
  );
`;

it("keeps an older object's counts and adds the rating columns, then counts ratings", async () => {
  const stub = env.METRICS.getByName(`compat-${crypto.randomUUID()}`);
  const latency = emptyHistogram();
  observe(latency, 12, 7);
  await runInDurableObject(stub, (_instance, state) => {
    state.storage.sql.exec(OLD_SCHEMA);
    state.storage.sql.exec(
      "INSERT INTO minute_counts VALUES (?, 'old', 7, 1, 0, 0, ?)",
      MINUTE,
      JSON.stringify(latency),
    );
    state.storage.sql.exec(
      "INSERT INTO version_totals VALUES ('old', ?, ?, 7, 1, 0, 0, ?)",
      MINUTE,
      MINUTE,
      JSON.stringify(latency),
    );
  });
  await evictDurableObject(stub); // the next call constructs the object on the old tables

  const before = await stub.report(NOW);
  expect(before.window.sinceStart).toMatchObject({ requests: 7, errors5xx: 1 });
  expect(before.ratings).toEqual({ up: 0, down: 0, last5m: { up: 0, down: 0 } });

  // A new isolate's cell with ratings, and an older isolate's cell without the fields.
  const counts = { requests: 1, errors5xx: 0, openaiCalls: 0, openaiFailures: 0, latency: emptyHistogram() };
  await stub.record(
    [
      {
        id: "new:1",
        createdAt: NOW,
        circuit: null,
        cells: [{ minute: MINUTE, version: "new", ...counts, ratingsUp: 2, ratingsDown: 1 }],
      },
      { id: "old:1", createdAt: NOW, circuit: null, cells: [{ minute: MINUTE, version: "old", ...counts }] },
    ],
    NOW,
  );
  const after = await stub.report(NOW);
  expect(after.window.sinceStart).toMatchObject({ requests: 9, errors5xx: 1 });
  expect(after.ratings).toEqual({ up: 2, down: 1, last5m: { up: 2, down: 1 } });
});
