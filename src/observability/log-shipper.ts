import { type BatchQueue, type FlushOptions, IsolateSender } from "./isolate-sender";
import { atLeast, type LogLevel } from "./levels";
import { logEvent } from "./log";
import type { LogBuffer } from "./log-buffer";
import { cachedMinimumLevel, levelGeneration, minimumLevel, rememberLevel } from "./log-level";
import type { LogRecord } from "./log-record";

/** Every isolate sends to this one object (`env.LOG_STREAM.getByName(LOG_STREAM_OBJECT_NAME)`). */
export const LOG_STREAM_OBJECT_NAME = "global";

/** The two LogStream RPC methods a sender needs (what `env.LOG_STREAM.getByName(...)` returns). */
export interface LogStreamTarget {
  append(records: LogRecord[]): Promise<{ level: LogLevel }>;
  getLevel(): Promise<LogLevel>;
}

/** Sends from one isolate are at least this far apart: the live stream lags by up to this much. */
export const LOG_SEND_INTERVAL_MS = 250;
/** Lines waiting in one isolate beyond this many (the object is slow or down) are only counted. */
export const MAX_QUEUED_LINES = 5_000;

/**
 * The lines of every request this isolate served (and every Durable Object call it ran) that are
 * not sent yet. Requests add their lines after the response, calls when they end; one of them at a
 * time sends everything queued in one `append` call (see isolate-sender.ts), so under load one
 * call carries many requests' lines.
 * Lines are not resent after a failed call (they have no ids, a resend could duplicate them):
 * the console and Workers Logs have them, and the stream gets a `log_lines_dropped` line.
 */
class LogQueue implements BatchQueue<LogRecord[]> {
  private records: LogRecord[] = [];
  private dropped = 0;

  add(records: LogRecord[], dropped: number): void {
    this.records.push(...records);
    this.dropped += dropped;
    const excess = this.records.length - MAX_QUEUED_LINES;
    if (excess > 0) {
      this.records.splice(0, excess);
      this.dropped += excess;
    }
  }

  hasQueued(): boolean {
    return this.records.length > 0 || this.dropped > 0;
  }

  take(now: number): LogRecord[][] {
    const batch = this.records;
    this.records = [];
    if (this.dropped > 0) batch.push(droppedLine(this.dropped, now));
    this.dropped = 0;
    return batch.length > 0 ? [batch] : [];
  }

  putBack(batches: LogRecord[][]): void {
    this.dropped += batches.reduce((n, batch) => n + batch.filter((r) => r.event !== DROPPED).length, 0);
  }
}

const queue = new LogQueue();
const sender = new IsolateSender(
  queue,
  { minIntervalMs: LOG_SEND_INTERVAL_MS, maxSenderMs: 10_000, staleMs: 60_000 },
  {
    // The request's buffer is closed by now, so this line goes to the console only: no feedback loop.
    onError: (error) => logEvent("warn", "log_stream_send_failed", { message: String(error) }),
  },
);

/**
 * Hands one request's lines (or one Durable Object call's) to the isolate's queue after the
 * response and makes sure they get sent, applying the minimum level (see log-level.ts): at once
 * when this isolate has it cached, else in the sender once it has asked the object. Either way the
 * lines are queued right now, so they reach the object in the order they were handed over.
 * `connect` gives the LogStream object's handle; it is called only by a request that has to talk
 * to the object (to refresh the level or to become the isolate's sender), so most requests never
 * create one. `urgent` sends at once instead of after the interval (see FlushOptions).
 * Returns a promise for `waitUntil` when this request has work left (refresh or send), and
 * `undefined` when its lines are queued for another request that is already sending: then there
 * is nothing to wait for. Never rejects: if the object fails, the lines are lost for the stream
 * only (the console has them).
 */
export function sendLines(
  buffer: LogBuffer,
  connect: () => LogStreamTarget,
  options: FlushOptions = {},
): Promise<void> | undefined {
  const { records, dropped } = buffer.drain(cachedMinimumLevel() ?? "debug");
  queue.add(records, dropped);
  return sendQueued(connect, options);
}

/**
 * Makes sure what this isolate has queued gets sent (as `sendLines`, with no lines of its own):
 * for a caller that sent with `once` and must not leave what others queued meanwhile unsent.
 */
export function sendQueued(
  connect: () => LogStreamTarget,
  options: FlushOptions = {},
): Promise<void> | undefined {
  if (!queue.hasQueued()) return undefined;
  let target: LogStreamTarget | undefined;
  const logStream = () => {
    target ??= connect();
    return target;
  };
  return sender.flush(async ([batch]) => {
    if (!batch) return;
    keepAtLeast(batch, await minimumLevel(() => logStream().getLevel()));
    if (batch.length === 0) return;
    const readAt = levelGeneration();
    const { level } = await logStream().append(batch);
    rememberLevel(level, readAt);
  }, options);
}

/** In place, so that after a failed send only lines that would have been stored count as lost. */
function keepAtLeast(batch: LogRecord[], minimum: LogLevel): void {
  let kept = 0;
  for (const record of batch) if (atLeast(record.level, minimum)) batch[kept++] = record;
  batch.length = kept;
}

const DROPPED = "log_lines_dropped";

function droppedLine(dropped: number, at: number): LogRecord {
  const event = DROPPED;
  const line = JSON.stringify({ level: "warn", time: new Date(at).toISOString(), event, dropped });
  return { at, level: "warn", event, route: null, sessionId: null, line };
}
