/**
 * How long a message waits before the queue tries its failed channels again: exponential in the
 * attempts made, capped. Pure: the consumer passes the message's `attempts` and the settings.
 */

/** Cloudflare Queues accepts retry delays up to 12 hours. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;

/**
 * `baseSeconds` after the first failed attempt, doubling with each further one, never more than
 * `maxSeconds` (nor the queue's own limit). `attempts` counts the attempt that just failed (1 for a
 * first delivery); anything else (0, negative, NaN) counts as 1.
 */
export function retryDelaySeconds(attempts: number, baseSeconds: number, maxSeconds: number): number {
  const made = Number.isFinite(attempts) && attempts >= 1 ? Math.floor(attempts) : 1;
  const delay = baseSeconds * 2 ** Math.min(made - 1, 30);
  return Math.max(0, Math.floor(Math.min(delay, maxSeconds, MAX_QUEUE_DELAY_SECONDS)));
}
