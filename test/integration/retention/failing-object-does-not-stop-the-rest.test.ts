import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { PurgeBucket } from "../../../src/retention/r2-sweep";
import { DAY, exists, listKeys, purge, seed, uploadKeyOn } from "./support";

/**
 * The real bucket, except that deleting one key fails (as a flaky or locked object would), or that
 * listing fails. Everything else goes to Miniflare's R2.
 */
function bucketFailingOn(options: { key?: string; list?: boolean }): PurgeBucket {
  return {
    list: (opts) => {
      if (options.list) return Promise.reject(new Error("simulated listing failure"));
      return env.BUCKET.list(opts);
    },
    delete: (keys) => {
      const all = Array.isArray(keys) ? keys : [keys];
      if (options.key && all.includes(options.key)) {
        return Promise.reject(new Error("simulated delete failure"));
      }
      return env.BUCKET.delete(keys);
    },
  };
}

const expiredUploads = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ key: uploadKeyOn(Date.now() - (40 + i) * DAY) }));

it("one object that cannot be deleted is counted and kept; every other expired object is deleted", async () => {
  const objects = expiredUploads(6);
  await seed(objects);
  const bad = objects[2]?.key ?? "";

  const summary = await purge(Date.now(), { stores: { bucket: bucketFailingOn({ key: bad }), db: env.DB } });

  expect(summary.targets.uploads).toMatchObject({ expired: 6, deleted: 5, errors: 1, status: "done" });
  expect(await listKeys("uploads/")).toEqual([bad]);
  // The pass finished; the failed object is tried again by the next pass, and goes then.
  expect(summary.complete).toBe(true);
  const retry = await purge(Date.now());
  expect(retry.targets.uploads).toMatchObject({ deleted: 1, errors: 0 });
  expect(await exists(bad)).toBe(false);
});

it("without the budget to retry key by key, the page is left whole for the next run", async () => {
  const objects = expiredUploads(4);
  await seed(objects);
  const stores = { bucket: bucketFailingOn({ key: objects[0]?.key ?? "" }), db: env.DB };

  // 2 for the pass state, 3 for the D1 counts (sessions, tickets, notification deliveries), 3 for
  // the page: nothing left for 4 single deletes.
  const summary = await purge(Date.now(), { stores, maxOperations: 8 });

  expect(summary.targets.uploads).toMatchObject({ deleted: 0, errors: 1, status: "interrupted" });
  expect(summary.complete).toBe(false);
  expect(await listKeys("uploads/")).toHaveLength(4);
  const next = await purge(Date.now());
  expect(next.targets.uploads.deleted).toBe(4);
  expect(next.complete).toBe(true);
});

it("a prefix whose listing fails does not stop the other targets, and the next run finishes the pass", async () => {
  const objects = expiredUploads(3);
  await seed(objects);
  const stores = { bucket: bucketFailingOn({ list: true }), db: env.DB };

  const summary = await purge(Date.now(), { stores });

  expect(summary.targets.uploads).toMatchObject({ status: "failed", errors: 1, deleted: 0 });
  expect(summary.targets.transcripts.status).toBe("failed");
  expect(summary.targets.sessionRows.status).toBe("done");
  expect(summary.complete).toBe(false);
  const next = await purge(Date.now());
  expect(next.targets.uploads.deleted).toBe(3);
  expect(next.complete).toBe(true);
});
