import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, expect, it, type MockInstance, vi } from "vitest";
import { METRICS_OBJECT_NAME } from "../../../src/observability/metrics/isolate";
import { call } from "../../helpers/api";
import { metricsReport, settledReport } from "./support";

let warn: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** A real failure of the Metrics object: its batch-id table disappears, so every record() throws. */
async function setBatchTable(name: "applied_batches" | "applied_batches_gone"): Promise<void> {
  const from = name === "applied_batches" ? "applied_batches_gone" : "applied_batches";
  await runInDurableObject(env.METRICS.getByName(METRICS_OBJECT_NAME), (_instance, state) => {
    state.storage.sql.exec(`ALTER TABLE ${from} RENAME TO ${name}`);
  });
}

it("keeps answering while the Metrics object fails, then delivers every held-back request once", async () => {
  await metricsReport(); // constructs the object and its tables
  await setBatchTable("applied_batches_gone");

  for (let i = 0; i < 10; i++) {
    const res = await call("/api/health");
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  }
  const during = await metricsReport();
  expect(during.window.sinceStart.requests).toBe(0);
  expect(warn.mock.calls.map((args) => String(args[0])).join("\n")).toMatch(/metrics_flush_failed/);

  await setBatchTable("applied_batches");
  const after = await settledReport(10);
  expect(after.window.sinceStart).toMatchObject({ requests: 10, errors5xx: 0 });
});
