import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { parseConfig } from "../../../src/config";
import { DAY, deletedIn, listKeys, purge, type Seed, savedPlaces, seed, uploadKeyOn } from "./support";

/** Every young upload seeded in this file (storage is shared by its tests). */
const allKept: Seed[] = [];

/** 300 uploads from 40 days ago and 300 from today, under the default 30 days. */
async function seedHalfExpired(): Promise<void> {
  const expired = Array.from({ length: 300 }, () => ({ key: uploadKeyOn(Date.now() - 40 * DAY) }));
  const kept = Array.from({ length: 300 }, () => ({ key: uploadKeyOn(Date.now()) }));
  allKept.push(...kept);
  await seed([...expired, ...kept]);
}

/** Exactly the young uploads are left. */
async function expectOnlyKept(): Promise<void> {
  const left = (await listKeys("uploads/")).sort();
  expect(left).toEqual(allKept.map((s) => s.key).sort());
}

it("a run that died before saving its place is retried from the start and deletes nothing extra", async () => {
  await seedHalfExpired();
  const cut = await purge(Date.now(), { config: parseConfig({ PURGE_MAX_DELETES_PER_RUN: "120" }) });
  expect(cut.targets.uploads.deleted).toBe(120);
  // As if the run had been killed before its last write: no place saved.
  await env.DB.prepare("DELETE FROM purge_state").run();
  expect(await savedPlaces()).toEqual([]);

  const retried = await purge(Date.now());
  expect(retried.targets.uploads.deleted).toBe(180);
  expect(retried.complete).toBe(true);
  await expectOnlyKept();
});

it("two runs at once (cron and admin) delete exactly the expired objects between them", async () => {
  await seedHalfExpired();
  const [a, b] = await Promise.all([purge(Date.now()), purge(Date.now())]);
  // A key both runs deleted counts in both (R2 deletes are idempotent); never more than that.
  expect(deletedIn(a) + deletedIn(b)).toBeGreaterThanOrEqual(300);
  await expectOnlyKept();
  expect(deletedIn(await purge(Date.now()))).toBe(0);
});
