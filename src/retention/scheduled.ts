import { logEvent } from "../lib/log";

/** The Cron Triggers' entry point (issue 6, in progress: only logs the cron today). */
export async function runScheduled(
  controller: ScheduledController,
  _env: Env,
  _ctx: ExecutionContext,
): Promise<void> {
  logEvent("info", "cron", { cron: controller.cron, jobs: [] });
}
