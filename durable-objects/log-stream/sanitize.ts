import { isLogLevel } from "../../src/observability/levels";
import type { LogRecord } from "../../src/observability/log-record";

const MAX_LINE_CHARS = 16 * 1024;
const MAX_FIELD_CHARS = 256;

const field = (value: unknown): string | null =>
  typeof value === "string" ? value.slice(0, MAX_FIELD_CHARS) : null;

/** Batches come from every deployed version of the Worker: keep what is well-formed, drop the rest. */
export function sanitize(input: LogRecord): LogRecord | null {
  if (!input || typeof input !== "object" || !isLogLevel(input.level) || typeof input.line !== "string") {
    return null;
  }
  const at = Number.isFinite(input.at) ? input.at : Date.now();
  const event = field(input.event) ?? "unknown";
  const line =
    input.line.length <= MAX_LINE_CHARS
      ? input.line
      : JSON.stringify({ level: input.level, time: new Date(at).toISOString(), event, truncated: true });
  return {
    at,
    level: input.level,
    event,
    route: field(input.route),
    sessionId: field(input.sessionId),
    line,
  };
}
