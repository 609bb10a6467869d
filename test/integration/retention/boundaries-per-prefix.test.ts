import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { parseConfig } from "../../../src/config";
import { newSessionId } from "../../helpers/api";
import { manualTicket, ticketRowById } from "../tickets/support";
import {
  DAY,
  exists,
  HOUR,
  insertSessionRow,
  MINUTE,
  purge,
  rowExists,
  seed,
  transcriptKeyOf,
  uploadKeyOn,
} from "./support";

const SECOND = 1_000;

/** R2's `uploaded` time of a key just stored: the upload's age (see objectTime in the policy). */
async function uploadedAt(key: string): Promise<number> {
  const head = await env.BUCKET.head(key);
  if (!head) throw new Error(`${key} is missing`);
  return head.uploaded.getTime();
}

it("uploads: just younger than 30 days kept, just older deleted; whole days decided by the key's date", async () => {
  const key = uploadKeyOn(Date.now());
  // Stored just now, but dated a day that ended before the line: the key's day decides.
  const dayBefore = uploadKeyOn(Date.now() - 32 * DAY);
  // Dated after the line: kept without looking at the object.
  const dayAfter = uploadKeyOn(Date.now() + DAY);
  await seed([{ key }, { key: dayBefore }, { key: dayAfter }]);
  const uploaded = await uploadedAt(key);

  const before = await purge(uploaded + 30 * DAY - SECOND);
  expect(await exists(key)).toBe(true);
  expect(await exists(dayBefore)).toBe(false);
  expect(before.targets.uploads).toMatchObject({ deleted: 1, errors: 0, status: "done" });

  const after = await purge(uploaded + 30 * DAY + SECOND);
  expect(await exists(key)).toBe(false);
  expect(await exists(dayAfter)).toBe(true);
  expect(after.targets.uploads).toMatchObject({ deleted: 1, errors: 0, status: "done" });
  expect(after.complete).toBe(true);
});

it("uploads: a custom UPLOAD_RETENTION_DAYS is honoured", async () => {
  const config = parseConfig({ UPLOAD_RETENTION_DAYS: "7" });
  const key = uploadKeyOn(Date.now());
  await seed([{ key }]);
  const uploaded = await uploadedAt(key);

  await purge(uploaded + 10 * DAY); // the default 30 days keeps it
  expect(await exists(key)).toBe(true);

  await purge(uploaded + 7 * DAY - SECOND, { config });
  expect(await exists(key)).toBe(true);

  const summary = await purge(uploaded + 7 * DAY + SECOND, { config });
  expect(summary.cutoffs.uploads).toBe(new Date(uploaded + SECOND).toISOString());
  expect(await exists(key)).toBe(false);
});

it("transcripts: just younger than 48 h (by R2's time) kept, just older deleted", async () => {
  const key = transcriptKeyOf(newSessionId("orphan"));
  await seed([{ key }]);
  const uploaded = await uploadedAt(key);

  await purge(uploaded + 48 * HOUR - SECOND);
  expect(await exists(key)).toBe(true);

  const summary = await purge(uploaded + 48 * HOUR + SECOND);
  expect(await exists(key)).toBe(false);
  expect(summary.targets.transcripts.deleted).toBeGreaterThanOrEqual(1);
});

it("D1 sessions rows: last activity just under 48 h ago kept, just over deleted", async () => {
  const now = Date.now();
  const [younger, older] = [newSessionId("row"), newSessionId("row")];
  await insertSessionRow(younger, now - 48 * HOUR + SECOND);
  await insertSessionRow(older, now - 48 * HOUR - SECOND);

  const summary = await purge(now);

  expect(await rowExists("sessions", older)).toBe(false);
  expect(await rowExists("sessions", younger)).toBe(true);
  expect(summary.targets.sessionRows.deleted).toBeGreaterThanOrEqual(1);
  expect(summary.targets.sessionRows.sample).toContain(older);
});

it("tickets: JSON, TXT and D1 row kept just under 90 days, all three deleted just over", async () => {
  const ticket = await manualTicket({
    sessionId: newSessionId("ticket"),
    name: "Ana",
    device: "notebook",
    problem: "no enciende",
  });
  const created = Date.parse(ticket.createdAt);
  const keys = [`tickets/${ticket.id}.json`, `tickets/${ticket.id}.txt`];
  expect((await ticketRowById(ticket.id))?.created_at).toBe(created);

  const before = await purge(created + 90 * DAY - SECOND);
  expect(before.targets.ticketRows.deleted).toBe(0);
  expect(await rowExists("tickets", ticket.id)).toBe(true);
  for (const key of keys) expect(await exists(key), key).toBe(true);

  const after = await purge(created + 90 * DAY + SECOND);
  expect(await rowExists("tickets", ticket.id)).toBe(false);
  for (const key of keys) expect(await exists(key), key).toBe(false);
  expect(after.targets.ticketRows).toMatchObject({ deleted: 1, errors: 0 });
  expect(after.targets.tickets).toMatchObject({ deleted: 2, errors: 0 });
  expect(after.complete).toBe(true);
});

it("tickets: an orphan object (no D1 row) goes by its createdAt, and an anonymised one keeps its age", async () => {
  const now = Date.now();
  const cutoff = now - 90 * DAY;
  const day = new Date(cutoff).toISOString().slice(0, 10).replaceAll("-", "");
  const older = { key: `tickets/STI-${day}-AAAAAA.json`, createdAt: cutoff - SECOND };
  const younger = { key: `tickets/STI-${day}-BBBBBB.json`, createdAt: cutoff + SECOND };
  await seed([older, younger]);

  await purge(now);
  expect(await exists(older.key)).toBe(false);
  expect(await exists(younger.key)).toBe(true);
  // Rewritten just now (as an erasure rewrites a ticket): still judged by its creation time.
  await seed([{ key: younger.key, createdAt: cutoff + SECOND }]);
  await purge(now + 2 * SECOND + MINUTE);
  expect(await exists(younger.key)).toBe(false);
});
