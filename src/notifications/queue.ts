import { settings } from "../config";
import { logEvent } from "../observability/log";
import { channelSecrets, configuredChannels } from "./channels";
import { type ConsumerDependencies, deliverBatch, recordDeadBatch } from "./consumer";

/**
 * The Worker's `queue` handler: the notifications queue and its dead-letter queue both land here
 * (wrangler.toml, `[[queues.consumers]]`), told apart by name. The only place in this folder that
 * reads `env`.
 */

/** Every environment names its dead-letter queue `<queue>-dlq` (wrangler.toml). */
export const isDeadLetterQueue = (queue: string): boolean => queue.endsWith("-dlq");

export async function runQueue(batch: MessageBatch, env: Env): Promise<void> {
  let deps: ConsumerDependencies;
  try {
    const { config, secrets } = settings(env);
    deps = {
      db: env.DB,
      setup: configuredChannels(config, secrets.notifications, env.EMAIL),
      deskOrigin: config.PUBLIC_ORIGIN ?? null,
      channelTimeoutMs: config.NOTIFY_CHANNEL_TIMEOUT_MS,
      storageDeadlineMs: config.STORAGE_DEADLINE_MS,
      retry: { baseSeconds: config.NOTIFY_RETRY_BASE_SECONDS, maxSeconds: config.NOTIFY_RETRY_MAX_SECONDS },
      secrets: channelSecrets(secrets.notifications),
    };
  } catch (error) {
    // A bad deploy: the batch fails as a whole and the queue retries it (then dead-letters it).
    logEvent("error", "notification_config_invalid", { queue: batch.queue, message: String(error) });
    throw error;
  }
  if (isDeadLetterQueue(batch.queue)) await recordDeadBatch(batch, deps);
  else await deliverBatch(batch, deps);
}
