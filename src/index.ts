import { app } from "./app";
import { runQueue } from "./notifications/queue";
import { runScheduled } from "./retention/scheduled";

export { ChatSession } from "../durable-objects/chat-session";
export { CircuitBreaker } from "../durable-objects/circuit-breaker";
export { LogStream } from "../durable-objects/log-stream";
export { Metrics } from "../durable-objects/metrics";

/**
 * The Worker: the HTTP app (src/app.ts), the Cron Triggers, the notification queues' consumer
 * and the Durable Object classes.
 */
export default {
  fetch: app.fetch,
  // Every Cron Trigger in wrangler.toml lands here; jobs are chosen by `controller.cron`.
  scheduled: (controller, env, ctx) => runScheduled(controller, env, ctx),
  // The notifications queue and its dead-letter queue (src/notifications/queue.ts).
  queue: (batch, env) => runQueue(batch, env),
} satisfies ExportedHandler<Env>;
