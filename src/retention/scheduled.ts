import { settings } from "../config";
import { logEvent } from "../observability/log";
import { deleteExpiredDeskState } from "../storage/staff";
import { runPurge } from "./purge";

/** The daily retention purge; must match `[triggers] crons` in wrangler.toml. 03:00 UTC. */
export const PURGE_CRON = "0 3 * * *";

/**
 * The Cron Triggers' entry point: every cron in wrangler.toml calls it, and `controller.cron` says
 * which job to run. The purge judges ages against the scheduled time, so a retried invocation of
 * the same trigger draws the same lines.
 */
export async function runScheduled(
  controller: ScheduledController,
  env: Env,
  _ctx: ExecutionContext,
): Promise<void> {
  switch (controller.cron) {
    case PURGE_CRON: {
      const now = controller.scheduledTime > 0 ? controller.scheduledTime : Date.now();
      const { config } = settings(env);
      try {
        await runPurge({ bucket: env.BUCKET, db: env.DB }, config, { now, trigger: "cron" });
        const desk = await deleteExpiredDeskState(env.DB, now, config.SIGN_IN_WINDOW_MINUTES * 60_000);
        logEvent("info", "desk_state_purged", desk);
      } catch (error) {
        logEvent("error", "purge_failed", { cron: controller.cron, message: String(error) });
        throw error; // the invocation shows as failed in the dashboard
      }
      return;
    }
    default:
      logEvent("error", "cron_unknown", { cron: controller.cron, known: [PURGE_CRON] });
  }
}
