import { atLeast, type LogLevel } from "./levels";
import type { LogRecord } from "./log-record";

/** A request rarely logs more than a handful of lines; past this many the rest are only counted. */
export const MAX_LINES_PER_REQUEST = 200;

export interface DrainedLines {
  records: LogRecord[];
  /** Lines beyond MAX_LINES_PER_REQUEST, of any level, that were not kept. */
  dropped: number;
}

/**
 * The log lines of one request (or one call into a Durable Object), held in the isolate until the
 * response is sent (the call ends) and then handed over in one batch. Every level is kept: the
 * minimum level is applied when draining, with the freshest level known then. Once drained the
 * buffer is closed; lines logged later by work the request left running (its `waitUntil` tasks)
 * go to the console only.
 */
export class LogBuffer {
  private readonly records: LogRecord[] = [];
  private dropped = 0;
  private closed = false;

  add(record: LogRecord): void {
    if (this.closed) return;
    if (this.records.length >= MAX_LINES_PER_REQUEST) this.dropped++;
    else this.records.push(record);
  }

  get empty(): boolean {
    return this.records.length === 0 && this.dropped === 0;
  }

  drain(minimum: LogLevel): DrainedLines {
    this.closed = true;
    const records = this.records.filter((r) => atLeast(r.level, minimum));
    this.records.length = 0;
    return { records, dropped: this.dropped };
  }
}
