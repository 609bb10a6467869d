import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import worker from "../../../src/index";
import { PURGE_CRON } from "../../../src/retention/scheduled";
import { newSessionId, postJson } from "../../helpers/api";
import { addStaff, signIn } from "../../helpers/desk";
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

it("the daily cron also deletes expired desk sessions and failed sign-ins older than the window", async () => {
  const staff = await addStaff("technician");
  const desk = await signIn(staff.email);
  await postJson("/api/desk/sign-in", { email: staff.email, password: "wrong password" });
  const count = async (sql: string) => (await env.DB.prepare(sql).bind(staff.id).first<{ n: number }>())?.n;
  const sessions = "SELECT count(*) AS n FROM staff_sessions WHERE staff_id = ?";
  const failures =
    "SELECT count(*) AS n FROM sign_in_failures WHERE subject = (SELECT email FROM staff WHERE id = ?)";
  await trigger(PURGE_CRON);
  expect(await count(sessions)).toBe(1);
  expect(await count(failures)).toBe(1);
  // 13 hours on: the 12-hour session has expired, the 15-minute window has passed.
  await trigger(PURGE_CRON, Date.now() + 13 * HOUR);
  expect(await count(sessions)).toBe(0);
  expect(await count(failures)).toBe(0);
  expect((await desk.call("/api/desk/me")).status).toBe(401);
});
