import { Hono } from "hono";
import { z } from "zod";
import { settings } from "../config";
import { adminAuth } from "../middleware/admin-auth";
import { validateQuery } from "../middleware/validate";
import { runPurge } from "../retention/purge";
import { available } from "../storage/available";
import type { AppEnv } from "../types";

const purgeQuery = z.object({
  dryRun: z.enum(["1", "true", "0", "false"]).optional(),
});

/**
 * `POST /api/admin/purge`: runs the retention purge now (the same run as the daily cron, resuming
 * its pass); `?dryRun=1` reports what it would delete and deletes nothing. Answers the run's
 * summary; call again while `complete` is false. The clock is always the real one.
 */
/** An admin waits at most this long for a purge run (a budgeted run takes seconds). */
const PURGE_ROUTE_DEADLINE_MS = 25_000;

export const purgeRoutes = new Hono<AppEnv>().post(
  "/admin/purge",
  adminAuth(),
  validateQuery(purgeQuery),
  async (c) => {
    const { dryRun } = c.req.valid("query");
    const { config } = settings(c.env);
    // A target whose store fails is reported in the summary (complete: false); D1 failing where
    // the run keeps its place, or a call that never answers, is a 503 (PURGE_ROUTE_DEADLINE_MS).
    const summary = await available(
      "R2 and D1",
      runPurge({ bucket: c.env.BUCKET, db: c.env.DB }, config, {
        now: Date.now(),
        dryRun: dryRun === "1" || dryRun === "true",
        trigger: "admin",
      }),
      PURGE_ROUTE_DEADLINE_MS,
    );
    return c.json(summary);
  },
);
