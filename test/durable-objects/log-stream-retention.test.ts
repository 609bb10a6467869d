import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { LogStream } from "../../durable-objects/log-stream";

const DAY_MS = 24 * 60 * 60_000;
const MINUTE_MS = 60_000;

it("the retention alarm deletes lines older than LOG_RETENTION_DAYS (7), keeps younger ones, and reschedules", async () => {
  const stub = env.LOG_STREAM.getByName("retention-test");
  const now = Date.now();
  const ages: [string, number][] = [
    ["thirty-days", 30 * DAY_MS],
    ["eight-days", 8 * DAY_MS],
    ["just-over-seven-days", 7 * DAY_MS + MINUTE_MS],
    ["just-under-seven-days", 7 * DAY_MS - 10 * MINUTE_MS],
    ["one-day", DAY_MS],
    ["now", 0],
  ];
  await runInDurableObject(stub, async (_instance: LogStream, state) => {
    for (const [event, age] of ages) {
      state.storage.sql.exec(
        "INSERT INTO lines (at, level, session_id, event, route, line) VALUES (?, 1, NULL, ?, NULL, ?)",
        now - age,
        event,
        JSON.stringify({ level: "info", event }),
      );
    }
    await state.storage.setAlarm(now + DAY_MS);
  });

  expect(await runDurableObjectAlarm(stub)).toBe(true);

  const left = (await stub.readLines({ limit: 100 })).map(
    (l) => (JSON.parse(l.line) as { event: string }).event,
  );
  expect(left).toEqual(["just-under-seven-days", "one-day", "now"]);
  const next = await runInDurableObject(stub, (_instance: LogStream, state) => state.storage.getAlarm());
  expect(next).toBeGreaterThan(now);

  // Running again deletes nothing more.
  expect(await runDurableObjectAlarm(stub)).toBe(true);
  expect(await stub.readLines({ limit: 100 })).toHaveLength(3);
});
