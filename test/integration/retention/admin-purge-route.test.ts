import { expect, it } from "vitest";
import type { PurgeSummary } from "../../../src/retention/policy/summary";
import { call, expectError } from "../../helpers/api";
import { ADMIN, exists, listKeys, seed, uploadKeyOn } from "./support";

const post = (query = "", headers: Record<string, string> = ADMIN) =>
  call(`/api/admin/purge${query}`, { method: "POST", headers });

async function summaryOf(res: Response): Promise<PurgeSummary> {
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as PurgeSummary;
}

it("needs the admin token (401 without it or with a wrong one), and deletes nothing then", async () => {
  const key = uploadKeyOn(Date.parse("2020-01-01T00:00:00Z"));
  await seed([{ key }]);
  await expectError(await post("", {}), 401, "unauthorized");
  await expectError(await post("?dryRun=1", {}), 401, "unauthorized");
  await expectError(await post("", { Authorization: "Bearer wrong" }), 401, "unauthorized");
  expect(await exists(key)).toBe(true);
});

it("?dryRun=1 reports what would be deleted, with a sample of keys, and deletes nothing", async () => {
  const old = ["2020-01-01", "2020-01-02", "2020-01-03"].map((d) =>
    uploadKeyOn(Date.parse(`${d}T10:00:00Z`)),
  );
  const fresh = uploadKeyOn(Date.now());
  await seed([...old, fresh].map((key) => ({ key })));

  const expired = (await listKeys("uploads/2020-")).sort(); // with the earlier test's
  expect(expired.length).toBeGreaterThanOrEqual(3);

  const summary = await summaryOf(await post("?dryRun=1"));

  expect(summary.dryRun).toBe(true);
  expect(summary.complete).toBe(true);
  expect(summary.targets.uploads).toMatchObject({ expired: expired.length, deleted: 0, errors: 0 });
  expect(summary.targets.uploads.sample.sort()).toEqual(expired);
  expect(Date.parse(summary.now)).toBeGreaterThan(Date.now() - 60_000);
  for (const key of [...old, fresh]) expect(await exists(key), key).toBe(true);
});

it("without dryRun it runs the purge now and answers the same summary", async () => {
  const summary = await summaryOf(await post());
  expect(summary.dryRun).toBe(false);
  expect(summary.complete).toBe(true);
  expect(summary.targets.uploads.deleted).toBeGreaterThanOrEqual(3);
  const left = await listKeys("uploads/");
  expect(left.every((key) => !key.startsWith("uploads/2020-"))).toBe(true);
  expect(left.length).toBeGreaterThan(0);
  // Run again: nothing more to delete.
  expect((await summaryOf(await post())).targets.uploads.deleted).toBe(0);
});

it("rejects a bad dryRun value and other methods", async () => {
  await expectError(await post("?dryRun=maybe"), 400, "validation_failed");
  await expectError(await call("/api/admin/purge", { headers: ADMIN }), 405, "method_not_allowed");
});
