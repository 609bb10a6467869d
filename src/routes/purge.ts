import { Hono } from "hono";
import { z } from "zod";
import { settings } from "../config";
import { adminAuth } from "../middleware/admin-auth";
import { validateQuery } from "../middleware/validate";
import { runPurge } from "../retention/purge";
import type { AppEnv } from "../types";

const purgeQuery = z.object({
  dryRun: z.enum(["1", "true", "0", "false"]).optional(),
});

/**
 * `POST /api/admin/purge`: runs the retention purge now (the same run as the daily cron, resuming
 * its pass); `?dryRun=1` reports what it would delete and deletes nothing. Answers the run's
 * summary; call again while `complete` is false. The clock is always the real one.
 */
export const purgeRoutes = new Hono<AppEnv>().post(
  "/admin/purge",
  adminAuth(),
  validateQuery(purgeQuery),
  async (c) => {
    const { dryRun } = c.req.valid("query");
    const summary = await runPurge({ bucket: c.env.BUCKET, db: c.env.DB }, settings(c.env).config, {
      now: Date.now(),
      dryRun: dryRun === "1" || dryRun === "true",
      trigger: "admin",
    });
    return c.json(summary);
  },
);
