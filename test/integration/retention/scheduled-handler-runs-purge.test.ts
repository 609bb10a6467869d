import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import worker from "../../../src/index";
import { PURGE_CRON } from "../../../src/retention/scheduled";
import { newSessionId } from "../../helpers/api";
import { DAY, exists, HOUR, insertSessionRow, rowExists, seed, uploadKeyOn } from "./support";

/** The Worker's own `scheduled` export, as the runtime calls it for a Cron Trigger. */
async function trigger(cron: string, scheduledTime = Date.now()): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron, scheduledTime }), env, ctx);
  await waitOnExecutionContext(ctx);
}

it("the daily cron (the one in wrangler.toml) runs the purge", async () => {
  const old = uploadKeyOn(Date.now() - 40 * DAY);
  const fresh = uploadKeyOn(Date.now());
  const [staleSession, liveSession] = [newSessionId("cron"), newSessionId("cron")];
  await seed([{ key: old }, { key: fresh }]);
  await insertSessionRow(staleSession, Date.now() - 49 * HOUR);
  await insertSessionRow(liveSession, Date.now() - HOUR);

  await trigger(PURGE_CRON);

  expect(await exists(old)).toBe(false);
  expect(await exists(fresh)).toBe(true);
  expect(await rowExists("sessions", staleSession)).toBe(false);
  expect(await rowExists("sessions", liveSession)).toBe(true);
});

it("judges ages against the trigger's scheduled time", async () => {
  const key = uploadKeyOn(Date.now());
  await seed([{ key }]);
  await trigger(PURGE_CRON, Date.now() + 29 * DAY);
  expect(await exists(key)).toBe(true);
  await trigger(PURGE_CRON, Date.now() + 31 * DAY);
  expect(await exists(key)).toBe(false);
});

it("an unknown cron runs nothing", async () => {
  const old = uploadKeyOn(Date.now() - 40 * DAY);
  await seed([{ key: old }]);
  await trigger("*/5 * * * *");
  expect(await exists(old)).toBe(true);
});
