import { expect, it } from "vitest";
import { parseConfig } from "../../../src/config";
import { newSessionId } from "../../helpers/api";
import {
  DAY,
  dayStart,
  deletedIn,
  listKeys,
  purge,
  type Seed,
  savedPlaces,
  seed,
  ticketIdOn,
  transcriptKeyOf,
  uploadKeyOn,
} from "./support";

/**
 * 3,200 objects: 1,500 uploads dated before the uploads' line (two listing pages) and 500 dated
 * after it, 1,000 tickets on the tickets' line's own day (listed 100 a page with their metadata,
 * the expired and the kept interleaved), 200 fresh transcripts. Exactly 2,000 are past retention.
 */
it("crosses pages, resumes a run cut off midway, deletes exactly the expired objects, then nothing", async () => {
  const now = Date.now();
  const uploadsLine = dayStart(now - 30 * DAY);
  const ticketsLine = now - 90 * DAY;
  const expired: Seed[] = [];
  const kept: Seed[] = [];
  for (let i = 0; i < 1_500; i++) expired.push({ key: uploadKeyOn(uploadsLine - (1 + (i % 3)) * DAY) });
  for (let i = 0; i < 500; i++) kept.push({ key: uploadKeyOn(uploadsLine + (1 + (i % 5)) * DAY) });
  for (let i = 0; i < 1_000; i++) {
    const createdAt = ticketsLine + (i % 2 === 0 ? -1 : 1) * (1 + i) * 1_000;
    (i % 2 === 0 ? expired : kept).push({ key: `tickets/${ticketIdOn(ticketsLine)}.json`, createdAt });
  }
  for (let i = 0; i < 200; i++) kept.push({ key: transcriptKeyOf(newSessionId("fresh")) });
  await seed([...expired, ...kept]);
  const everything = async () =>
    new Set([
      ...(await listKeys("uploads/")),
      ...(await listKeys("tickets/")),
      ...(await listKeys("transcripts/")),
    ]);
  expect((await everything()).size).toBe(3_200);

  // A dry run sees the whole pass and deletes nothing.
  const preview = await purge(now, { dryRun: true });
  expect(preview.targets.uploads).toMatchObject({ scanned: 1_500, expired: 1_500, deleted: 0 });
  expect(preview.targets.tickets).toMatchObject({ scanned: 1_000, expired: 500, kept: 500, deleted: 0 });
  expect(preview.targets.transcripts).toMatchObject({ scanned: 200, expired: 0, kept: 200 });
  expect(preview.complete).toBe(true);
  expect((await everything()).size).toBe(3_200);

  // Cut off by the delete budget in the second page of uploads.
  const first = await purge(now, { config: parseConfig({ PURGE_MAX_DELETES_PER_RUN: "1200" }) });
  expect(first.complete).toBe(false);
  expect(first.targets.uploads).toMatchObject({ deleted: 1_200, status: "interrupted" });
  expect(first.targets.tickets.status).toBe("pending");
  expect((await everything()).size).toBe(2_000);
  expect((await savedPlaces()).find((p) => p.target === "uploads")?.start_after).toMatch(/^uploads\//);

  // Cut off by the operations budget: at most one more page.
  const second = await purge(now, { maxOperations: 9 });
  expect(second.complete).toBe(false);

  const third = await purge(now);
  expect(third.complete).toBe(true);
  expect(deletedIn(first) + deletedIn(second) + deletedIn(third)).toBe(2_000);
  expect(await savedPlaces()).toEqual([]);

  const left = await everything();
  expect(left.size).toBe(kept.length);
  for (const { key } of kept) expect(left.has(key), key).toBe(true);
  for (const { key } of expired) expect(left.has(key), key).toBe(false);

  const again = await purge(now);
  expect(again.complete).toBe(true);
  expect(deletedIn(again)).toBe(0);
  expect(again.targets.tickets).toMatchObject({ scanned: 500, kept: 500, expired: 0 });
}, 30_000);
