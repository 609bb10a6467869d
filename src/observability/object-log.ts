import type { FlushOptions } from "./isolate-sender";
import type { LogLevel } from "./levels";
import { LogBuffer } from "./log-buffer";
import { inObjectCall } from "./log-context";
import { setFallbackLevel } from "./log-level";
import { type LogStreamTarget, sendLines, sendQueued } from "./log-shipper";

/** What a Durable Object gives its log: narrow parts of its `ctx` and `env`, built in its constructor. */
export interface ObjectLogOptions {
  /** The object's `ctx.waitUntil`. */
  waitUntil(promise: Promise<unknown>): void;
  /** The LogStream object's handle; asked for only when lines have to be sent or the level read. */
  logStream: () => LogStreamTarget;
  /** `LOG_LEVEL`, for the console until the LogStream object's level is known in this isolate. */
  configuredLevel?: LogLevel;
}

/**
 * The log lines written inside a Durable Object, on their way to the LogStream object. A call into
 * the object (an RPC method, the turn a streamed reply runs, an alarm) runs in a scope of its own
 * (`run`, `settle`) whose buffer `logEvent` finds, as a request's is found in the Worker; when the
 * call ends its lines go, masked as printed and filtered by the same minimum level, into this
 * isolate's one queue and sender (log-shipper.ts), together with whatever other calls and requests
 * of the isolate queued: a call adds no RPC of its own per line, and one that logged nothing adds
 * none at all. At most MAX_LINES_PER_REQUEST lines per call and MAX_QUEUED_LINES per isolate are
 * held; the rest are counted and reported as `log_lines_dropped`.
 *
 *   const logs = new ObjectLog({ waitUntil: (p) => ctx.waitUntil(p),
 *     logStream: () => env.LOG_STREAM.getByName(LOG_STREAM_OBJECT_NAME) });
 *   chat(input) { return logs.run(() => this.turns.run(...)); }
 *   alarm() { return logs.settle(() => this.alarms.fire()); }
 */
export class ObjectLog {
  constructor(private readonly options: ObjectLogOptions) {
    if (options.configuredLevel) setFallbackLevel(options.configuredLevel);
  }

  /**
   * Runs one call's work (synchronous, or a promise: then until it settles) and sends its lines
   * once it has ended, through `waitUntil`: the caller never waits on the LogStream object.
   */
  run<T>(work: () => T): T {
    const buffer = new LogBuffer();
    let result: T;
    try {
      result = inObjectCall(buffer, work);
    } catch (error) {
      this.send(buffer);
      throw error;
    }
    if (!(result instanceof Promise)) {
      this.send(buffer);
      return result;
    }
    return result.finally(() => this.send(buffer)) as T;
  }

  /**
   * For a handler that nothing outlives, such as an alarm: runs the work, then sends its lines at
   * once, in one `append` (with whatever else was queued), and waits for that before returning
   * (or rethrowing: an alarm that fails is retried, and its lines are not lost); lines other calls
   * queue meanwhile are left to the sender after it, through `waitUntil`, so the handler never
   * waits on more than its own send. If another call of this isolate has an `append` in flight,
   * that sender takes the lines along right after it, as it does for requests. Logging never
   * makes it fail.
   */
  async settle<T>(work: () => Promise<T>): Promise<T> {
    const buffer = new LogBuffer();
    try {
      return await inObjectCall(buffer, work);
    } finally {
      await this.ship(buffer, { urgent: true, once: true });
      // What other calls queued while that send was in flight goes on, paced, after the handler.
      const rest = sendQueued(this.options.logStream);
      if (rest) this.options.waitUntil(rest);
    }
  }

  private send(buffer: LogBuffer): void {
    const sending = this.ship(buffer, {});
    if (sending) this.options.waitUntil(sending);
  }

  private ship(buffer: LogBuffer, flush: FlushOptions): Promise<void> | undefined {
    if (!buffer.empty) return sendLines(buffer, this.options.logStream, flush);
    buffer.drain("error"); // closed: lines of work the call left running go to the console only
    return undefined;
  }
}
