import { atLeast, type LogLevel, type LogRecord, logEvent } from "./log";
import type { LogBuffer } from "./log-buffer";
import { levelGeneration, minimumLevel, rememberLevel } from "./log-level";

/** The two LogStream RPC methods a request needs (the stub of `env.LOG_STREAM.getByName(...)`). */
export interface LogStreamTarget {
  append(records: LogRecord[]): Promise<{ level: LogLevel }>;
  getLevel(): Promise<LogLevel>;
}

/**
 * Sends one request's lines to the LogStream object in one call, after the response: applies the
 * minimum level (cached, see log-level.ts), then remembers the level the object answers with.
 * Never throws: if the object fails, the lines are lost for the stream only (the console has them).
 */
export async function sendRequestLines(buffer: LogBuffer, target: LogStreamTarget): Promise<void> {
  const minimum = await minimumLevel(() => target.getLevel());
  const { records, dropped } = buffer.drain(minimum);
  if (dropped > 0 && atLeast("warn", minimum)) records.push(droppedLine(dropped));
  if (records.length === 0) return;
  const readAt = levelGeneration();
  try {
    const { level } = await target.append(records);
    rememberLevel(level, readAt);
  } catch (error) {
    // The buffer is drained (closed), so this line goes to the console only: no feedback loop.
    logEvent("warn", "log_stream_send_failed", { lines: records.length, message: String(error) });
  }
}

function droppedLine(dropped: number): LogRecord {
  const at = Date.now();
  const event = "log_lines_dropped";
  const line = JSON.stringify({ level: "warn", time: new Date(at).toISOString(), event, dropped });
  return { at, level: "warn", event, route: null, sessionId: null, line };
}
